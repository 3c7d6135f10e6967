package vn.doithoai.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestTokens;

/**
 * What staff administration decides before it asks Keycloak anything (who administers which body, which roles, units
 * and wards a body gives), and what it does when Keycloak cannot be reached: nothing is kept, and the answer says to
 * try again. No Keycloak runs here (the admin client points at a closed port); {@link StaffAdministrationInKeycloakTest}
 * runs the rest against the real one.
 */
@QuarkusTest
class StaffAdministrationTest {

    private static final String BA_DON = TestTokens.BA_DON;
    private static final String BAC_GIANH = TestTokens.BAC_GIANH;

    @Inject
    AuditLog audit;

    @Test
    void everyoneSignedInReadsTheBodiesActiveOnesFirstAndHistoryWithItsSuccessor() {
        var bodies = as(TestTokens.vanphong2()).get("/api/v1/bodies").then().statusCode(200)
                .body("code", hasItems(BA_DON, BAC_GIANH, TestTokens.PROVINCE, "thi-uy"))
                .body("find { it.code == 'dang-uy-phuong-bac-gianh' }.locality.code", is("phuong-bac-gianh"))
                .body("find { it.code == 'dang-uy-phuong-bac-gianh' }.retiredOn", nullValue())
                .body("find { it.code == 'thi-uy' }.retiredOn", is("2025-07-01"))
                .body("find { it.code == 'thi-uy' }.successor.code", is(BA_DON))
                .extract().jsonPath().getList("retiredOn", String.class);
        int firstRetired = bodies.indexOf("2025-07-01");
        assertTrue(firstRetired > 0 && bodies.subList(firstRetired, bodies.size()).stream().allMatch(d -> d != null),
                "active bodies first, then history: " + bodies);
        given().get("/api/v1/bodies").then().statusCode(401);
    }

    @Test
    void aBodysAdministratorReadsTheUnitsAndWardsOfTheirOwnBodyOnly() {
        as(TestTokens.quantri2()).get("/api/v1/bodies/" + BAC_GIANH).then().statusCode(200)
                .body("body.name", is("Đảng ủy phường Bắc Gianh"))
                .body("units.code", hasItems("vp-dang-uy-phuong-bac-gianh", "phong-kinh-te-phuong-bac-gianh", "dang-uy-phuong-bac-gianh",
                        "so-xay-dung"))
                .body("units.code", not(hasItem("phong-tnmt")))
                .body("units.code", not(hasItem("ubnd-phuong-bac-gianh")))
                .body("units.code", not(hasItem("phuong-bac-gianh")))
                .body("wards.code", hasItems("phuong-bac-gianh", "phuong-bac-gianh-tdp-1"))
                .body("wards.code", not(hasItem("phuong-ba-don")))
                .body("wards.code", not(hasItem("phuong-quang-tho")));
        as(TestTokens.quantri2()).get("/api/v1/bodies/" + BA_DON).then().statusCode(404);
        as(TestTokens.quantri2()).get("/api/v1/bodies/no-such-body").then().statusCode(404);
        as(TestTokens.quantri()).get("/api/v1/bodies/" + BA_DON).then().statusCode(200).body("units.code", hasItem("phong-tnmt"));
        as(TestTokens.vanphong2()).get("/api/v1/bodies/" + BAC_GIANH).then().statusCode(403);
        // An org unit that is no body is not one here either.
        as(TestTokens.quantri()).get("/api/v1/bodies/phong-tnmt").then().statusCode(404);
    }

    @Test
    void anotherBodyIsNotFoundBeforeKeycloakIsAsked() {
        String admin = TestTokens.quantri2();
        as(admin).get("/api/v1/bodies/" + BA_DON + "/staff").then().statusCode(404).body("detail", containsString(BA_DON));
        as(admin).body(invitation(List.of("secretariat"), null, null)).post("/api/v1/bodies/" + BA_DON + "/staff").then().statusCode(404);
        as(admin).post("/api/v1/bodies/" + BA_DON + "/staff/" + UUID.randomUUID() + "/disable").then().statusCode(404);
        as(TestTokens.vanphong2()).get("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(403);
        as(TestTokens.bithu2()).body(invitation(List.of("secretariat"), null, null)).post("/api/v1/bodies/" + BAC_GIANH + "/staff")
                .then().statusCode(403);
        as(TestTokens.congdan()).get("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(403);
    }

    @Test
    void onlyTheInstallationsAdministratorFoundsBodies() {
        as(TestTokens.quantri2()).body(newBody("dang-uy-" + tag(), "a-" + tag() + "@doithoai.test")).post("/api/v1/bodies").then()
                .statusCode(403).contentType("application/problem+json");
        as(TestTokens.vanphong()).body(newBody("dang-uy-" + tag(), "b-" + tag() + "@doithoai.test")).post("/api/v1/bodies").then()
                .statusCode(403);
    }

    @Test
    void anInvitationNamesEveryWrongFieldAtOnceAndKeycloakIsNotAsked() {
        // Roles outside the body's, a unit of another body, a ward outside the body's area: 400, each field named.
        as(TestTokens.quantri2()).header("Accept-Language", "en")
                .body(Map.of("fullName", "Phan Văn Đức", "email", "duc-" + tag() + "@doithoai.test",
                        "roles", List.of("citizen", "unit", "ward", "integration"), "orgUnitCode", "phong-tnmt", "wardCode", "phuong-ba-don"))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("roles[0]", "roles[3]", "orgUnitCode", "wardCode"))
                .body("errors.find { it.field == 'roles[0]' }.message", containsString("citizen"))
                .body("errors.find { it.field == 'orgUnitCode' }.message", containsString("phong-tnmt"));
        // Role unit without a unit, role ward without a ward.
        as(TestTokens.quantri2()).body(invitation(List.of("unit", "ward"), null, null)).post("/api/v1/bodies/" + BAC_GIANH + "/staff")
                .then().statusCode(400).body("errors.field", hasItems("orgUnitCode", "wardCode"))
                .body("errors.find { it.field == 'orgUnitCode' }.message", containsString("cần có đơn vị"));
        // Bean validation: a name with characters no name has, an e-mail that is none, no role.
        as(TestTokens.quantri2()).body(Map.of("fullName", "<script>", "email", "khong-phai-email", "roles", List.of()))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(400)
                .body("errors.field", hasItems("fullName", "email", "roles"));
    }

    @Test
    void aRoleChangeNeedsIfMatch() {
        as(TestTokens.quantri2()).body(Map.of("roles", List.of("chair")))
                .put("/api/v1/bodies/" + BAC_GIANH + "/staff/" + UUID.randomUUID() + "/roles").then().statusCode(428);
    }

    /** Keycloak down: the body is not founded, nothing is audited, and the administrator is told to try again. */
    @Test
    void withoutKeycloakNoBodyIsFoundedAndTheAnswerSaysToTryAgain() {
        String code = "dang-uy-" + tag();
        as(TestTokens.quantri()).body(newBody(code, "c-" + tag() + "@doithoai.test")).post("/api/v1/bodies").then()
                .statusCode(503).header("Retry-After", notNullValue()).contentType("application/problem+json")
                .body("detail", containsString("Keycloak"));
        as(TestTokens.quantri()).get("/api/v1/org-units/" + code).then().statusCode(404);
        assertEquals(List.of(), audit.trail("OrgUnit", code));
        as(TestTokens.quantri2()).get("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(503).header("Retry-After", "30");
    }

    @Test
    void foundingChecksTheKindAndTheLocality() {
        as(TestTokens.quantri()).body(Map.of("code", "phong-" + tag(), "name", "Phòng thử", "kind", "DEPARTMENT", "localityCode", "ba-don",
                "administrator", Map.of("fullName", "Lê Văn An", "email", "an-" + tag() + "@doithoai.test")))
                .post("/api/v1/bodies").then().statusCode(400).body("errors.field", hasItems("kind", "localityCode"));
        as(TestTokens.quantri()).body(newBody("dang-uy-phuong-bac-gianh", "d-" + tag() + "@doithoai.test")).post("/api/v1/bodies").then()
                .statusCode(409).body("detail", containsString("dang-uy-phuong-bac-gianh"));
    }

    @Test
    void namesAreSplitTheVietnameseWay() {
        assertEquals(List.of("Nguyễn Thị", "Hoa"), List.of(StaffService.splitName(" Nguyễn  Thị Hoa ")));
        assertEquals("Hoa", StaffService.splitName("Hoa")[1]);
        assertEquals(null, StaffService.splitName("Hoa")[0]);
    }

    private static Map<String, Object> invitation(List<String> roles, String orgUnit, String ward) {
        var body = new java.util.HashMap<String, Object>(Map.of("fullName", "Phan Văn Đức", "email", "duc-" + tag() + "@doithoai.test",
                "roles", roles));
        if (orgUnit != null) {
            body.put("orgUnitCode", orgUnit);
        }
        if (ward != null) {
            body.put("wardCode", ward);
        }
        return body;
    }

    private static Map<String, Object> newBody(String code, String email) {
        return Map.of("code", code, "name", "Đảng ủy thử", "kind", "PARTY_COMMITTEE", "localityCode", "xa-nam-ba-don",
                "administrator", Map.of("fullName", "Trần Văn Bảy", "email", email));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
