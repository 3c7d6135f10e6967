package vn.doithoai.plantemplate;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
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
import vn.doithoai.testsupport.TestTokens;

/**
 * Plan templates shared by the installation or a body's own: a body's template is seen and used by that body's office,
 * chair and administrator only (another body's is 404, and no plan of theirs is made from it); a body's administrator
 * keeps their body's templates and reads the shared ones.
 */
@QuarkusTest
class PlanTemplateBodyTest {

    private static final String TEMPLATES = "/api/v1/plan-templates";

    @Inject
    AuditLog audit;

    @Test
    void aBodysTemplateIsItsOwnAndInvisibleToAnotherBody() {
        String code = unique();
        create(TestTokens.quantri2(), code, null).statusCode(201)
                .body("body.code", is(TestTokens.BAC_GIANH)).body("body.name", is("Đảng ủy phường Bắc Gianh")).body("editable", is(true));
        assertEquals("quantri2", audit.trail(PlanTemplateService.AUDIT_TYPE, code).get(0).actor);

        // Bắc Gianh's office and chair see it beside the shared ones, and cannot change it.
        for (String token : List.of(TestTokens.vanphong2(), TestTokens.bithu2())) {
            given().auth().oauth2(token).get(TEMPLATES).then().statusCode(200)
                    .body("code", hasItems(code, "commune-2025", "town-2022"))
                    .body("find { it.code == '" + code + "' }.editable", is(false));
        }
        // The province's office oversees Bắc Gianh: reads it, changes nothing, makes no plan from it.
        given().auth().oauth2(TestTokens.vptinh()).get(TEMPLATES).then().statusCode(200).body("code", hasItem(code))
                .body("find { it.code == '" + code + "' }.editable", is(false));
        given().auth().oauth2(TestTokens.vptinh()).get(TEMPLATES + "/" + code).then().statusCode(200);
        given().auth().oauth2(TestTokens.vptinh()).contentType(ContentType.JSON).body(plan(code)).post("/api/v1/plans").then()
                .statusCode(400).body("errors[0].field", is("templateCode"));
        // Ba Đồn's office, chair and administrator do not see it.
        String baDonAdmin = TestTokens.tokenIn(TestTokens.BA_DON, "quantri-badon", "Quản Trị Ba Đồn", List.of("admin"), null, null);
        for (String token : List.of(TestTokens.vanphong(), TestTokens.bithu(), baDonAdmin)) {
            given().auth().oauth2(token).get(TEMPLATES).then().statusCode(200).body("code", not(hasItem(code)))
                    .body("code", hasItem("commune-2025"));
            given().auth().oauth2(token).get(TEMPLATES + "/" + code).then().statusCode(404);
        }
        // Its administrator may not change it either: another body's is 404 for writes too.
        given().auth().oauth2(baDonAdmin).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(draft(code, null))
                .put(TEMPLATES + "/" + code).then().statusCode(404);
        given().auth().oauth2(baDonAdmin).header("If-Match", "\"0\"").delete(TEMPLATES + "/" + code).then().statusCode(404);
        // The installation's administrator sees and keeps every one.
        given().auth().oauth2(TestTokens.quantri()).get(TEMPLATES).then().statusCode(200).body("code", hasItem(code))
                .body("find { it.code == '" + code + "' }.editable", is(true));

        // A plan of Bắc Gianh is made from it; one of Ba Đồn is refused as if it did not exist.
        given().auth().oauth2(TestTokens.vanphong2()).contentType(ContentType.JSON).body(plan(code)).post("/api/v1/plans").then()
                .statusCode(201).body("templateCode", is(code)).body("agenda.title", hasItem("Khai mạc " + code));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("Accept-Language", "en").body(plan(code))
                .post("/api/v1/plans").then().statusCode(400).body("errors[0].field", is("templateCode"))
                .body("errors[0].message", is("There is no plan template \"" + code + "\"."));
    }

    @Test
    void aBodysAdministratorKeepsTheirBodysTemplatesAndReadsTheSharedOnes() {
        String code = unique();
        String etag = create(TestTokens.quantri2(), code, null).statusCode(201).extract().header("ETag");
        given().auth().oauth2(TestTokens.quantri2()).contentType(ContentType.JSON).header("If-Match", etag).body(draft(code, null))
                .put(TEMPLATES + "/" + code).then().statusCode(200);
        // Shared ones: read, never changed (403).
        String shared = given().auth().oauth2(TestTokens.quantri2()).get(TEMPLATES + "/commune-2025").then().statusCode(200)
                .body("body", nullValue()).body("editable", is(false)).extract().header("ETag");
        given().auth().oauth2(TestTokens.quantri2()).contentType(ContentType.JSON).header("If-Match", shared).body(draft("commune-2025", null))
                .put(TEMPLATES + "/commune-2025").then().statusCode(403)
                .body("detail", is("Mẫu kế hoạch này dùng chung cho cả hệ thống; chỉ quản trị viên hệ thống được thay đổi."));
        given().auth().oauth2(TestTokens.quantri2()).header("If-Match", shared).delete(TEMPLATES + "/commune-2025").then().statusCode(403);
        // Never for another body, nor shared.
        create(TestTokens.quantri2(), unique(), TestTokens.BA_DON).statusCode(403);
        // The installation's administrator makes shared ones, or a body's.
        create(TestTokens.quantri(), unique(), null).statusCode(201).body("body", nullValue());
        create(TestTokens.quantri(), unique(), TestTokens.BAC_GIANH).statusCode(201).body("body.code", is(TestTokens.BAC_GIANH));
        create(TestTokens.quantri(), unique(), "phuong-bac-gianh").statusCode(400).body("errors[0].field", is("bodyCode"));
        // Listed by level.
        given().auth().oauth2(TestTokens.quantri2()).queryParam("level", "TOWN").get(TEMPLATES).then().statusCode(200)
                .body("level", everyItem(is("TOWN"))).body("code", hasItem("town-2022")).body("code", not(hasItem(code)));
        // Deleted by its administrator.
        String current = given().auth().oauth2(TestTokens.quantri2()).get(TEMPLATES + "/" + code).then().statusCode(200).extract()
                .header("ETag");
        given().auth().oauth2(TestTokens.quantri2()).header("If-Match", current).delete(TEMPLATES + "/" + code).then().statusCode(204);
    }

    @Test
    void everyInvalidPartOfATemplateIsNamed() {
        Map<String, Object> content = new HashMap<>(content("x"));
        content.put("agenda", List.of(Map.of("title", " ", "responsible", "Văn phòng")));
        content.put("composition", List.of(Map.of("description", "Đại biểu")));
        content.put("tasks", List.of(Map.of("ownerKind", "DEPARTMENT", "description", "Báo cáo",
                "rule", Map.of("offset", 400, "unit", "WORKING_DAYS", "direction", "BEFORE"))));
        Map<String, Object> body = new HashMap<>(Map.of("code", unique(), "name", "Mẫu lỗi", "level", "COMMUNE", "content", content));
        given().auth().oauth2(TestTokens.quantri2()).contentType(ContentType.JSON).body(body).post(TEMPLATES).then().statusCode(400)
                .body("errors.field", hasItems("content.agenda[0].title", "content.composition[0].level", "content.tasks[0].rule.offset"));
    }

    private static String unique() {
        return "mau-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> content(String code) {
        return Map.of("legalBases", List.of("Luật Tổ chức chính quyền địa phương 2025"), "purposes", List.of("Lắng nghe Nhân dân"),
                "agenda", List.of(Map.of("title", "Khai mạc " + code, "responsible", "Văn phòng")),
                "composition", List.of(Map.of("level", "WARD", "description", "Đại biểu phường", "targetCount", 30)),
                "tasks", List.of(Map.of("ownerKind", "PEOPLES_COMMITTEE", "description", "Báo cáo tình hình",
                        "rule", Map.of("offset", 10, "unit", "CALENDAR_DAYS", "direction", "BEFORE"))),
                "invitationRule", Map.of("offset", 3, "unit", "WORKING_DAYS", "direction", "BEFORE"));
    }

    private static Map<String, Object> draft(String code, String body) {
        Map<String, Object> draft = new HashMap<>(Map.of("code", code, "name", "Mẫu " + code, "level", "COMMUNE", "content", content(code)));
        if (body != null) {
            draft.put("bodyCode", body);
        }
        return draft;
    }

    private static ValidatableResponse create(String token, String code, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(draft(code, body)).post(TEMPLATES).then();
    }

    private static Map<String, Object> plan(String template) {
        return Map.of("templateCode", template, "level", "COMMUNE", "title", "Đối thoại từ mẫu " + UUID.randomUUID());
    }
}
