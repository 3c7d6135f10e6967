package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.etag;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.feedback.FeedbackTestSupport.unitStaff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;

/** Coordinating units (đơn vị phối hợp) read the item; only the lead unit drafts. */
@QuarkusTest
class FeedbackCoordinatingUnitsTest {

    @Test
    void aCoordinatingUnitReadsTheItemButOnlyTheLeadUnitDrafts() {
        TestPlan plan = publishedPlan();
        long id = sendOk(null, plan.id(), item("Ngập úng khu dân cư tổ 5", "Mỗi khi mưa lớn, nước ngập sâu.")).id();
        classify(TestTokens.vanphong(), id, plan.area1(), "HIGH").statusCode(200);
        String qldt = unitStaff("phong-qldt");
        given().auth().oauth2(qldt).get("/api/v1/feedback/" + id).then().statusCode(404);

        assign(id, "phong-tnmt", List.of("phong-qldt", "cong-an")).statusCode(200)
                .body("unit.code", is("phong-tnmt")).body("coordinatingUnits.code", contains("phong-qldt", "cong-an"))
                .body("coordinatingUnits[0].name", is("Phòng Quản lý đô thị"));

        // The coordinating unit sees it, alone and in its lists (the same view), but does not see or write drafts.
        given().auth().oauth2(qldt).get("/api/v1/feedback/" + id).then().statusCode(200).body("coordinatingUnits.code",
                contains("phong-qldt", "cong-an"));
        var listed = given().auth().oauth2(qldt).queryParam("plan", plan.id()).get("/api/v1/feedback").then().statusCode(200)
                .body("items.id", contains((int) id)).extract().jsonPath().getMap("items[0]");
        Map<String, Object> one = new HashMap<>(given().auth().oauth2(qldt).get("/api/v1/feedback/" + id).then().extract().jsonPath()
                .getMap("$"));
        // Lists leave out what only the item shows: attachments and the links to earlier dialogues.
        one.put("attachments", null);
        one.put("raisedBefore", null);
        assertEquals(one, listed);
        given().auth().oauth2(qldt).queryParam("unit", "phong-qldt").get("/api/v1/plans/" + plan.id() + "/feedback").then()
                .statusCode(200).body("items", empty());
        draft(qldt, id, "Phòng QLĐT trả lời").statusCode(403);
        draft(TestTokens.phongtnmt(), id, "Phòng TNMT chủ trì trả lời").statusCode(200).body("status", is("ANSWER_DRAFTED"));
        given().auth().oauth2(qldt).get("/api/v1/feedback/" + id).then().statusCode(200).body("answer", is((Object) null));
        given().auth().oauth2(unitStaff("phong-y-te")).get("/api/v1/feedback/" + id).then().statusCode(404);
    }

    @Test
    void reassigningReplacesTheCoordinatingUnits() {
        TestPlan plan = publishedPlan();
        long id = sendOk(null, plan.id(), item("Cấp nước sinh hoạt", "Nước máy yếu vào giờ cao điểm.")).id();
        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        assign(id, "phong-tnmt", List.of("phong-qldt")).statusCode(200);
        assign(id, "phong-kinh-te", null).statusCode(200).body("unit.code", is("phong-kinh-te")).body("coordinatingUnits", empty());
        given().auth().oauth2(unitStaff("phong-qldt")).get("/api/v1/feedback/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.phongtnmt()).get("/api/v1/feedback/" + id).then().statusCode(404);
    }

    @Test
    void coordinatingUnitsMustBeDistinctBodiesOtherThanTheLead() {
        TestPlan plan = publishedPlan();
        long id = sendOk(null, plan.id(), item("Chiếu sáng", "Đèn đường hỏng.")).id();
        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        assign(id, "phong-tnmt", List.of("phong-tnmt")).statusCode(400).body("errors[0].field", is("coordinatingUnitCodes[0]"));
        assign(id, "phong-tnmt", List.of("phong-qldt", "phong-qldt")).statusCode(400).body("errors[0].field", is("coordinatingUnitCodes[1]"));
        assign(id, "phong-tnmt", List.of("phuong-ba-don")).statusCode(400).body("errors[0].field", is("coordinatingUnitCodes[0]"));
        assign(id, "phong-tnmt", List.of("khong-co")).statusCode(400).body("errors[0].field", is("coordinatingUnitCodes[0]"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().body("status", is("CLASSIFIED"))
                .body("coordinatingUnits", empty());
    }

    @Test
    void unitsAreTheDialoguesBodysOwnOrShared() {
        TestPlan plan = publishedPlan();
        long id = sendOk(null, plan.id(), item("Đường liên phường", "Đường xuống cấp.")).id();
        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        // Bắc Gianh's department answers for Bắc Gianh's dialogues, not for Ba Đồn's.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id)).header("Accept-Language", "en")
                .body(Map.of("unitCode", "phong-tnmt", "coordinatingUnitCodes", List.of("phong-kinh-te-phuong-bac-gianh"))).put("/api/v1/feedback/" + id + "/assignment")
                .then().statusCode(400).body("errors[0].field", is("coordinatingUnitCodes[0]"))
                .body("errors[0].message", is("\"Phòng Kinh tế, Hạ tầng và Đô thị phường Bắc Gianh\" belongs to Đảng ủy phường Bắc Gianh, a body of another "
                        + "area; only units of the bodies of the area holding this dialogue, or shared ones, may be named."));
        assign(id, "phong-kinh-te-phuong-bac-gianh", null).statusCode(400).body("errors[0].field", is("unitCode"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().body("status", is("CLASSIFIED"));
        // A unit shared by the installation (a department of the province) may be named by every body, and the ward's
        // People's Committee answers for its Party committee's dialogue.
        assign(id, "phong-tnmt", List.of("so-xay-dung", "ubnd-phuong-ba-don")).statusCode(200)
                .body("coordinatingUnits.code", containsInAnyOrder("so-xay-dung", "ubnd-phuong-ba-don"));
    }

    private static ValidatableResponse assign(long id, String unit, List<String> coordinating) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("coordinatingUnitCodes", coordinating);
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .put("/api/v1/feedback/" + id + "/assignment").then();
    }

    private static ValidatableResponse draft(String token, long id, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("text", text))
                .put("/api/v1/feedback/" + id + "/answer").then();
    }
}
