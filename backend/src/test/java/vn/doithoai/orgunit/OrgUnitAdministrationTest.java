package vn.doithoai.orgunit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/**
 * Who keeps the org tree: the installation's administrator every unit; a body's administrator (quantri2, of the Party
 * committee of Phường Bắc Gianh) their body's units within its area. Retiring a unit (a merger) keeps it as history with
 * its successor; the public localities are the present-day ones.
 */
@QuarkusTest
class OrgUnitAdministrationTest {

    private static final String UNITS = "/api/v1/org-units";
    private static final String AREA = "phuong-bac-gianh";

    @Inject
    AuditLog audit;

    @Test
    void aBodysAdministratorAddsUnitsWithinTheirAreaAndTheyAreTheirBodys() {
        String code = unique("tdp");
        given().auth().oauth2(TestTokens.quantri2()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Tổ dân phố mới", "kind", "RESIDENTIAL_GROUP", "parentCode", AREA))
                .post(UNITS).then().statusCode(201)
                .body("ownerBody.code", is(TestTokens.BAC_GIANH))
                .body("ownerBody.name", is("Đảng ủy phường Bắc Gianh"))
                .body("body", is(false)).body("retiredOn", nullValue())
                .body("allowedActions", hasItems("EDIT", "RETIRE", "DELETE", "ADD_CHILD")).body("allowedActions", not(hasItem("SET_OWNER")));
        assertEquals("{\"name\":{\"from\":null,\"to\":\"Tổ dân phố mới\"},\"kind\":{\"from\":null,\"to\":\"RESIDENTIAL_GROUP\"},"
                + "\"parentCode\":{\"from\":null,\"to\":\"phuong-bac-gianh\"},\"sortOrder\":{\"from\":null,\"to\":0},"
                + "\"ownerBody\":{\"from\":null,\"to\":\"dang-uy-phuong-bac-gianh\"}}",
                audit.trail(OrgUnitService.AUDIT_TYPE, code).get(0).changes);
        assertEquals("quantri2", audit.trail(OrgUnitService.AUDIT_TYPE, code).get(0).actor);

        // Outside their area: the field says where they may add units.
        given().auth().oauth2(TestTokens.quantri2()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("code", unique("thon"), "name", "Tổ dân phố lạc", "kind", "RESIDENTIAL_GROUP", "parentCode", "phuong-ba-don"))
                .post(UNITS).then().statusCode(400).body("errors[0].field", is("parentCode"))
                .body("errors[0].message", is("The unit must lie within your body's area (Phường Bắc Gianh)."));
        // For another body: refused.
        given().auth().oauth2(TestTokens.quantri2()).contentType(ContentType.JSON)
                .body(Map.of("code", unique("tdp"), "name", "Tổ dân phố", "kind", "RESIDENTIAL_GROUP", "parentCode", AREA,
                        "ownerBodyCode", TestTokens.BA_DON))
                .post(UNITS).then().statusCode(403);
    }

    @Test
    void aBodysAdministratorChangesMovesAndRetiresTheirBodysUnitsOnly() {
        String dept = unique("phong");
        create(TestTokens.quantri2(), dept, "Phòng Văn hóa - Xã hội", "DEPARTMENT", "ubnd-phuong-bac-gianh", null);
        // Renamed and re-ordered: audited.
        put(TestTokens.quantri2(), dept, Map.of("name", "Phòng Văn hóa - Xã hội phường Bắc Gianh", "kind", "DEPARTMENT",
                "parentCode", "ubnd-phuong-bac-gianh", "sortOrder", 5)).statusCode(200).body("sortOrder", is(5));
        // Moved out of their area: refused, nothing changed.
        put(TestTokens.quantri2(), dept, Map.of("name", "Phòng Văn hóa - Xã hội", "kind", "DEPARTMENT", "parentCode", "ubnd-phuong-ba-don"))
                .statusCode(400).body("errors[0].field", is("parentCode"));
        get(TestTokens.quantri2(), dept).body("parentCode", is("ubnd-phuong-bac-gianh"));

        // A shared unit (the ward itself) is theirs to read, not to change: 403.
        put(TestTokens.quantri2(), AREA, Map.of("name", "Phường Bắc Gianh mới", "kind", "WARD", "parentCode", "quang-tri")).statusCode(403)
                .body("detail", is("Đơn vị này dùng chung cho cả hệ thống; chỉ quản trị viên hệ thống được thay đổi."));
        // Another body's unit does not exist for their writes: 404, whatever the write.
        put(TestTokens.quantri2(), "phong-tnmt", Map.of("name", "Phòng TNMT", "kind", "DEPARTMENT", "parentCode", "ubnd")).statusCode(404);
        retire(TestTokens.quantri2(), "phong-tnmt", Map.of("retiredOn", TestClock.today().toString())).statusCode(404);
        given().auth().oauth2(TestTokens.quantri2()).header("If-Match", etag("phong-tnmt")).delete(UNITS + "/phong-tnmt").then().statusCode(404);
        given().auth().oauth2(TestTokens.quantri2()).header("If-Match", etag("phong-tnmt")).delete(UNITS + "/phong-tnmt/retirement").then()
                .statusCode(404);
        // Their body itself is the installation's to shape.
        put(TestTokens.quantri2(), TestTokens.BAC_GIANH, Map.of("name", "Đảng ủy phường", "kind", "PARTY_COMMITTEE", "parentCode", AREA))
                .statusCode(403);
        // Nor do they give units away.
        given().auth().oauth2(TestTokens.quantri2()).contentType(ContentType.JSON).header("If-Match", etag(dept))
                .body(Map.of("ownerBodyCode", TestTokens.BA_DON)).put(UNITS + "/" + dept + "/owner").then().statusCode(403);
        // The reading of the tree stays everyone's, and says what each may do.
        given().auth().oauth2(TestTokens.vanphong2()).get(UNITS + "/" + dept).then().statusCode(200).body("allowedActions", empty());
        get(TestTokens.quantri2(), "phong-tnmt").body("allowedActions", empty());
        get(TestTokens.quantri2(), AREA).body("allowedActions", contains("ADD_CHILD"));

        // Retired into another department of their area, then taken back.
        String other = unique("phong");
        create(TestTokens.quantri2(), other, "Phòng Kinh tế", "DEPARTMENT", "ubnd-phuong-bac-gianh", null);
        retire(TestTokens.quantri2(), dept, Map.of("retiredOn", TestClock.today().toString(), "successorCode", "phong-tnmt")).statusCode(400)
                .body("errors[0].field", is("successorCode"));
        retire(TestTokens.quantri2(), dept, Map.of("retiredOn", TestClock.today().toString(), "successorCode", other)).statusCode(200)
                .body("retiredOn", is(TestClock.today().toString())).body("successor.code", is(other))
                .body("allowedActions", hasItem("REINSTATE"));
        given().auth().oauth2(TestTokens.quantri2()).header("If-Match", etag(dept)).delete(UNITS + "/" + dept + "/retirement").then()
                .statusCode(200).body("retiredOn", nullValue()).body("successor", nullValue());
        assertEquals(List.of("created", "updated", "retired", "reinstated"),
                audit.trail(OrgUnitService.AUDIT_TYPE, dept).stream().map(e -> e.action).toList());
    }

    @Test
    void aMergedWardIsHistoryWithItsVillagesAndCitizensPickOnlyPresentDayOnes() {
        String ward = unique("phuong");
        String village = unique("tdp");
        create(TestTokens.quantri(), ward, "Phường Sáp Nhập", "WARD", "quang-tri", null);
        create(TestTokens.quantri(), village, "Tổ dân phố Cũ", "RESIDENTIAL_GROUP", ward, null);
        given().get("/api/v1/public/localities").then().statusCode(200).body("code", hasItem(ward))
                .body("find { it.code == '" + ward + "' }.villages.code", contains(village));

        // A locality needs its successor, of a kind it may merge into, present-day, and the day is not in the future.
        retire(TestTokens.quantri(), ward, Map.of("retiredOn", TestClock.today().toString())).statusCode(400)
                .body("errors[0].field", is("successorCode"));
        retire(TestTokens.quantri(), ward, Map.of("retiredOn", TestClock.today().toString(), "successorCode", "phuong-bac-gianh-tdp-1"))
                .statusCode(400).body("errors[0].field", is("successorCode"))
                .body("errors[0].message", is("Đơn vị loại Phường không thể sáp nhập vào đơn vị loại Tổ dân phố."));
        retire(TestTokens.quantri(), ward, Map.of("retiredOn", TestClock.today().toString(), "successorCode", "phuong-quang-tho"))
                .statusCode(400).body("errors[0].field", is("successorCode"));
        retire(TestTokens.quantri(), ward, Map.of("retiredOn", TestClock.today().plusDays(1).toString(), "successorCode", "xa-nam-gianh"))
                .statusCode(400).body("errors[0].field", is("retiredOn"));
        retire(TestTokens.quantri(), ward, Map.of("retiredOn", "2025-07-01", "successorCode", "xa-nam-gianh")).statusCode(200)
                .body("retiredOn", is("2025-07-01")).body("successor.code", is("xa-nam-gianh")).body("successor.name", is("Xã Nam Gianh"));

        // History: still in the tree with its residential group, left out of what citizens pick.
        given().auth().oauth2(TestTokens.congdan()).get(UNITS + "/tree").then().statusCode(200)
                .body("find { it.code == 'quang-tri' }.children.find { it.code == '" + ward + "' }.retiredOn", is("2025-07-01"))
                .body("find { it.code == 'quang-tri' }.children.find { it.code == '" + ward + "' }.successor.code", is("xa-nam-gianh"))
                .body("find { it.code == 'quang-tri' }.children.find { it.code == '" + ward + "' }.children.code", contains(village));
        given().get("/api/v1/public/localities").then().statusCode(200)
                .body("code", not(hasItem(ward)))
                .body("code", not(hasItem("phuong-quang-tho")))
                .body("code", hasItems("phuong-ba-don", "phuong-bac-gianh", "xa-nam-gianh", "xa-nam-ba-don"))
                .body("villages.code.flatten()", not(hasItem(village)));
        assertEquals("{\"retiredOn\":{\"from\":null,\"to\":\"2025-07-01\"},\"successor\":{\"from\":null,\"to\":\"xa-nam-gianh\"}}",
                audit.trail(OrgUnitService.AUDIT_TYPE, ward).get(1).changes);

        // Taken back: a present-day ward again.
        given().auth().oauth2(TestTokens.quantri()).header("If-Match", etag(ward)).delete(UNITS + "/" + ward + "/retirement").then()
                .statusCode(200).body("retiredOn", nullValue());
        given().get("/api/v1/public/localities").then().statusCode(200).body("code", hasItem(ward));
    }

    @Test
    void theInstallationsAdministratorSaysWhichBodyKeepsAUnit() {
        String code = unique("thon");
        create(TestTokens.quantri(), code, "Thôn Chung", "VILLAGE", "xa-nam-gianh", null).body("ownerBody", nullValue())
                .body("allowedActions", hasItems("EDIT", "RETIRE", "DELETE", "ADD_CHILD", "SET_OWNER"));
        // Shared: a body's administrator reads it and changes nothing.
        put(TestTokens.quantri2(), code, Map.of("name", "Thôn Chung", "kind", "VILLAGE", "parentCode", "xa-nam-gianh")).statusCode(403);
        // Given to a body that is none, or to a retired one: the field says why.
        setOwner(code, "xa-nam-gianh").statusCode(400).body("errors[0].field", is("ownerBodyCode"));
        setOwner(code, "thi-uy").statusCode(400).body("errors[0].field", is("ownerBodyCode"));
        setOwner(code, TestTokens.BAC_GIANH).statusCode(200).body("ownerBody.code", is(TestTokens.BAC_GIANH));
        // Now Bắc Gianh's: its administrator keeps it (a village outside their area may be renamed, not moved in or out).
        put(TestTokens.quantri2(), code, Map.of("name", "Thôn Chung Mới", "kind", "VILLAGE", "parentCode", "xa-nam-gianh")).statusCode(200);
        setOwner(code, null).statusCode(200).body("ownerBody", nullValue());
        assertEquals(List.of("created", "owner-changed", "updated", "owner-changed"),
                audit.trail(OrgUnitService.AUDIT_TYPE, code).stream().map(e -> e.action).toList());
    }

    @Test
    void aBodyIsCarriedOnByABodyAndStaysOne() {
        String etag = etag("thi-uy");
        // Thị ủy is history carried on by the Party committee of Phường Ba Đồn; a department cannot carry a body on.
        retire(TestTokens.quantri(), "thi-uy", Map.of("retiredOn", "2025-07-01", "successorCode", "dang-uy-phuong-bac-gianh-khong-co"))
                .statusCode(400);
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("retiredOn", "2025-07-01", "successorCode", "vp-dang-uy-phuong-bac-gianh")).put(UNITS + "/thi-uy/retirement")
                .then().statusCode(400).body("errors[0].field", is("successorCode"));
        // A body stays a committee.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("name", "Thị ủy Ba Đồn", "kind", "FATHERLAND_FRONT", "parentCode", "ba-don")).put(UNITS + "/thi-uy")
                .then().statusCode(400).body("errors[0].field", is("kind"));
        get(TestTokens.quantri(), "thi-uy").body("body", is(true)).body("retiredOn", is("2025-07-01"))
                .body("successor.code", is("dang-uy-phuong-ba-don")).body("ownerBody.code", is("dang-uy-phuong-ba-don"));
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse create(String token, String code, String name, String kind, String parent, String owner) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "kind", kind, "parentCode", parent));
        if (owner != null) {
            body.put("ownerBodyCode", owner);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(UNITS).then().statusCode(201);
    }

    private static ValidatableResponse get(String token, String code) {
        return given().auth().oauth2(token).get(UNITS + "/" + code).then().statusCode(200);
    }

    private static String etag(String code) {
        return given().auth().oauth2(TestTokens.quantri()).get(UNITS + "/" + code).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse put(String token, String code, Map<String, Object> changes) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(code)).body(changes)
                .put(UNITS + "/" + code).then();
    }

    private static ValidatableResponse retire(String token, String code, Map<String, Object> retirement) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(code)).body(retirement)
                .put(UNITS + "/" + code + "/retirement").then();
    }

    private static ValidatableResponse setOwner(String code, String owner) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerBodyCode", owner);
        return given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag(code)).body(body)
                .put(UNITS + "/" + code + "/owner").then();
    }
}
