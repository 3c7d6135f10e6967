package vn.doithoai.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestTokens;

@QuarkusTest
class OrgUnitResourceTest {

    private static final String UNITS = "/api/v1/org-units";

    @Inject
    AuditLog audit;

    @Test
    void anyoneMayListThePresentDayWardsAndCommunesWithTheirVillages() {
        given().when().get("/api/v1/public/localities").then().statusCode(200)
                .body("kind", everyItem(org.hamcrest.Matchers.oneOf("WARD", "COMMUNE")))
                // In their order; other tests may have added villages of their own.
                .body("find { it.code == 'phuong-ba-don' }.villages.code",
                        org.hamcrest.Matchers.containsInRelativeOrder("phuong-ba-don-tdp-1", "phuong-ba-don-tdp-2", "phuong-ba-don-tdp-3"))
                .body("find { it.code == 'phuong-bac-gianh' }.villages.name", hasItem("Tổ dân phố 1"))
                // The wards and communes merged in 2025 are history: nobody picks one any more.
                .body("code", not(hasItem("xa-quang-hoa")))
                .body("code", not(hasItem("thi-uy")));
    }

    @Test
    void anyAuthenticatedUserReadsTheTreeOfTheProvince() {
        for (String token : List.of(TestTokens.congdan(), TestTokens.phongtnmt(), TestTokens.vanphong())) {
            given().auth().oauth2(token)
                    .when().get(UNITS + "/tree")
                    .then().statusCode(200)
                    .body("code", hasItem("quang-tri"))
                    .body("find { it.code == 'quang-tri' }.children.code", hasItems("tinh-uy-quang-tri", "ubnd-tinh-quang-tri", "ba-don",
                            "phuong-ba-don", "phuong-bac-gianh", "xa-nam-gianh", "xa-nam-ba-don"))
                    // The town of 2022 under its province, with its bodies and its wards and communes of the time.
                    .body("find { it.code == 'quang-tri' }.children.find { it.code == 'ba-don' }.children.code",
                            hasItems("thi-uy", "ubnd", "mttq", "cong-an", "phuong-quang-tho", "xa-quang-hoa"))
                    .body("find { it.code == 'quang-tri' }.children.find { it.code == 'ba-don' }.children.find { it.code == 'thi-uy' }.children.code",
                            hasItem("vp-thi-uy"))
                    .body("find { it.code == 'quang-tri' }.children.find { it.code == 'ba-don' }.children.find { it.code == 'ubnd' }.children.name",
                            hasItem("Phòng Tài nguyên và Môi trường"))
                    .body("find { it.code == 'quang-tri' }.children.find { it.code == 'phuong-ba-don' }.children.kind",
                            hasItems("RESIDENTIAL_GROUP", "PEOPLES_COMMITTEE", "PARTY_COMMITTEE"));
        }
    }

    @Test
    void theSixteenWardsAndCommunesOfBaDonBecameFourIn2025() {
        // Phường Ba Đồn kept its name and its code; the town's other wards and its ten communes are history under it.
        given().auth().oauth2(TestTokens.vanphong())
                .queryParam("kind", "WARD").queryParam("parent", "ba-don").queryParam("size", 100)
                .when().get(UNITS)
                .then().statusCode(200)
                .body("items.name", containsInAnyOrder("Phường Quảng Long", "Phường Quảng Phong", "Phường Quảng Phúc",
                        "Phường Quảng Thọ", "Phường Quảng Thuận"));
        given().auth().oauth2(TestTokens.vanphong())
                .queryParam("kind", "COMMUNE").queryParam("parent", "ba-don").queryParam("size", 100)
                .when().get(UNITS)
                .then().statusCode(200)
                .body("totalItems", is(10));
        given().auth().oauth2(TestTokens.vanphong())
                .queryParam("parent", "quang-tri").queryParam("size", 100)
                .when().get(UNITS)
                .then().statusCode(200)
                .body("items.name", hasItems("Phường Ba Đồn", "Phường Bắc Gianh", "Xã Nam Gianh", "Xã Nam Ba Đồn"));
    }

    @Test
    void listIsPagedInAStableOrder() {
        var first = given().auth().oauth2(TestTokens.vanphong()).queryParam("parent", "ba-don").queryParam("size", 5)
                .when().get(UNITS).then().statusCode(200)
                .body("items", hasSize(5)).body("nextCursor", notNullValue())
                .extract().jsonPath();
        org.junit.jupiter.api.Assertions.assertTrue(first.getLong("totalItems") >= 10);
        var second = given().auth().oauth2(TestTokens.vanphong()).queryParam("parent", "ba-don").queryParam("size", 5)
                .queryParam("after", first.getString("nextCursor")).when().get(UNITS).then().statusCode(200).extract().jsonPath();
        List<String> firstCodes = first.getList("items.code");
        List<String> secondCodes = second.getList("items.code");
        assertEquals(5, secondCodes.size());
        secondCodes.forEach(code -> org.junit.jupiter.api.Assertions.assertFalse(firstCodes.contains(code), code));
    }

    @Test
    void textSearchIgnoresCaseAndDiacritics() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "quang hoa")
                .when().get(UNITS)
                .then().statusCode(200)
                .body("items.code", hasItem("xa-quang-hoa"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "TÀI NGUYÊN")
                .when().get(UNITS)
                .then().statusCode(200)
                .body("items.code", contains("phong-tnmt"));
    }

    @Test
    void badPagingParametersAreNamed() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("after", "abc").queryParam("size", 1000)
                .when().get(UNITS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("after", "size"));
    }

    @Test
    void oneUnitCarriesItsVersionAsETag() {
        given().auth().oauth2(TestTokens.congdan())
                .when().get(UNITS + "/phuong-ba-don")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", is("Phường Ba Đồn"))
                .body("kind", is("WARD"))
                .body("parentCode", is("quang-tri"));
        given().auth().oauth2(TestTokens.congdan())
                .when().get(UNITS + "/no-such-unit")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("Không tìm thấy đơn vị có mã \"no-such-unit\"."));
    }

    @Test
    void adminCreatesChangesAndDeletesAUnitAndEveryChangeIsAudited() {
        String code = "phuong-ba-don-tdp-9";
        var created = given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Tổ dân phố 9", "kind", "RESIDENTIAL_GROUP", "parentCode", "phuong-ba-don"))
                .when().post(UNITS)
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(UNITS + "/" + code))
                .body("code", is(code)).body("version", is(0))
                .extract();
        String etag = created.header("ETag");

        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Tổ dân phố số 9", "kind", "RESIDENTIAL_GROUP", "parentCode", "phuong-ba-don"))
                .when().put(UNITS + "/" + code)
                .then().statusCode(200)
                .body("name", is("Tổ dân phố số 9")).body("version", is(1))
                .header("ETag", not(etag));

        var trail = audit.trail(OrgUnitService.AUDIT_TYPE, code);
        assertEquals(List.of("created", "updated"), trail.stream().map(e -> e.action).toList());
        assertEquals("quantri", trail.get(1).actor);
        assertEquals("{\"name\":{\"from\":\"Tổ dân phố 9\",\"to\":\"Tổ dân phố số 9\"}}", trail.get(1).changes);

        String current = given().auth().oauth2(TestTokens.quantri()).get(UNITS + "/" + code).header("ETag");
        given().auth().oauth2(TestTokens.quantri()).header("If-Match", current)
                .when().delete(UNITS + "/" + code)
                .then().statusCode(204);
        given().auth().oauth2(TestTokens.quantri()).get(UNITS + "/" + code).then().statusCode(404);
        assertEquals("deleted", audit.trail(OrgUnitService.AUDIT_TYPE, code).get(2).action);
    }

    @Test
    void aStaleWriteIsRefusedAndChangesNothing() {
        String code = "xa-quang-minh-thon-7";
        String etag = given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Thôn 7", "kind", "VILLAGE", "parentCode", "xa-quang-minh"))
                .post(UNITS).then().statusCode(201).extract().header("ETag");
        // Two admins read the same version; the first one saves.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Thôn Bảy", "kind", "VILLAGE", "parentCode", "xa-quang-minh"))
                .put(UNITS + "/" + code).then().statusCode(200);
        // The second one's copy is stale.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .header("Accept-Language", "en")
                .body(Map.of("name", "Thôn 7A", "kind", "VILLAGE", "parentCode", "xa-quang-minh"))
                .when().put(UNITS + "/" + code)
                .then().statusCode(412).contentType("application/problem+json")
                .body("title", is("Changed by someone else"));
        given().auth().oauth2(TestTokens.quantri()).get(UNITS + "/" + code).then().body("name", is("Thôn Bảy"));
        assertEquals(2, audit.trail(OrgUnitService.AUDIT_TYPE, code).size());
    }

    @Test
    void aWriteWithoutIfMatchIsRefused() {
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("name", "Thị xã Ba Đồn", "kind", "TOWN"))
                .when().put(UNITS + "/ba-don")
                .then().statusCode(428).contentType("application/problem+json")
                .body("status", is(428));
        given().auth().oauth2(TestTokens.quantri()).header("If-Match", "seven")
                .when().delete(UNITS + "/ba-don")
                .then().statusCode(400).body("errors[0].field", is("If-Match"));
    }

    @Test
    void aTakenCodeIsAConflict() {
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", "phuong-ba-don", "name", "Trùng mã", "kind", "WARD", "parentCode", "ba-don"))
                .when().post(UNITS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", is("Mã đơn vị \"phuong-ba-don\" đã được dùng."));
    }

    @Test
    void everyInvalidFieldIsNamedInTheCallersLanguage() {
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", "Không Hợp Lệ", "name", " "))
                .when().post(UNITS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", is("Dữ liệu không hợp lệ"))
                .body("errors.field", containsInAnyOrder("code", "name", "kind"))
                .body("errors.find { it.field == 'name' }.message", is("Không được để trống."));
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("Accept-Language", "en-US,en;q=0.8")
                .body(Map.of("code", "Không Hợp Lệ", "name", " "))
                .when().post(UNITS)
                .then().statusCode(400)
                .body("title", is("Invalid data"))
                .body("errors.find { it.field == 'code' }.message", is("Only lowercase letters without diacritics, digits and hyphens, e.g. \"phuong-ba-don\"."))
                .body("errors.find { it.field == 'name' }.message", is("must not be blank"));
    }

    @Test
    void theTreeStaysATreeAndKindsStayWhereTheyBelong() {
        String etag = given().auth().oauth2(TestTokens.quantri()).get(UNITS + "/ubnd").header("ETag");
        // UBND under one of its own departments would close a loop.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Ủy ban nhân dân thị xã Ba Đồn", "kind", "PEOPLES_COMMITTEE", "parentCode", "phong-tnmt"))
                .when().put(UNITS + "/ubnd")
                .then().statusCode(400).body("errors[0].field", is("parentCode"));
        // A village cannot belong to a department.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", "thon-lac", "name", "Thôn lạc", "kind", "VILLAGE", "parentCode", "phong-tnmt"))
                .when().post(UNITS)
                .then().statusCode(400)
                .body("errors[0].field", is("parentCode"))
                .body("errors[0].message", is("Đơn vị loại Thôn không thể trực thuộc đơn vị loại Phòng, ban."));
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", "thon-lac", "name", "Thôn lạc", "kind", "VILLAGE", "parentCode", "khong-co"))
                .when().post(UNITS)
                .then().statusCode(400).body("errors[0].field", is("parentCode"));
        // A unit with sub-units is not deleted.
        String wardTag = given().auth().oauth2(TestTokens.quantri()).get(UNITS + "/phuong-ba-don").header("ETag");
        given().auth().oauth2(TestTokens.quantri()).header("If-Match", wardTag)
                .when().delete(UNITS + "/phuong-ba-don")
                .then().statusCode(409);
    }

    @Test
    void onlyTheAdminWrites() {
        for (String token : List.of(TestTokens.congdan(), TestTokens.vanphong(), TestTokens.bithu(),
                TestTokens.phongtnmt(), TestTokens.phuongbadon())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("code", "thon-moi", "name", "Thôn mới", "kind", "VILLAGE", "parentCode", "xa-quang-hoa"))
                    .when().post(UNITS)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("title", is("Không có quyền"));
        }
        given().auth().oauth2(TestTokens.quantri()).get(UNITS + "/thon-moi").then().statusCode(404);
    }

    @Test
    void nobodyReadsWithoutAToken() {
        given().when().get(UNITS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", is("urn:problem-type:doithoai:unauthorized"))
                .body("stack", nullValue());
    }
}
