package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.reject;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.common.audit.AuditEntry;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;

@QuarkusTest
class FeedbackWorkflowTest {

    @Inject
    AuditLog audit;

    @Test
    void theOfficeClassifiesThenAssignsAndEveryStepIsAudited() {
        TestPlan plan = publishedPlan();
        long id = sendOk(null, plan.id(), item("Mương thoát nước bị tắc", "Nước tràn vào nhà dân")).id();

        classify(TestTokens.vanphong(), id, plan.area1(), "HIGH").statusCode(200).header("ETag", "\"1\"")
                .body("status", is("CLASSIFIED")).body("focusArea.title", is("Vệ sinh môi trường")).body("priority", is("HIGH"));
        // Reclassifying before assignment keeps it classified.
        classify(TestTokens.vanphong(), id, plan.area2(), "URGENT").statusCode(200).body("status", is("CLASSIFIED"))
                .body("focusArea.id", is((int) plan.area2()));
        assign(TestTokens.vanphong(), id, "phong-qldt").statusCode(200).body("status", is("ASSIGNED"))
                .body("unit.code", is("phong-qldt")).body("unit.name", is("Phòng Quản lý đô thị"));

        List<AuditEntry> trail = audit.trail(FeedbackService.AUDIT_TYPE, Long.toString(id));
        assertEquals(List.of("submitted", "classified", "classified", "assigned"), trail.stream().map(e -> e.action).toList());
        assertEquals("vanphong", trail.get(3).actor);
        assertEquals("anonymous", trail.get(0).actor);
    }

    @Test
    void wrongStatesAnswer409() {
        TestPlan plan = publishedPlan();
        long fresh = sendOk(null, plan.id(), item("Chưa phân loại", "Nội dung")).id();
        assign(TestTokens.vanphong(), fresh, "phong-tnmt").statusCode(409).body("detail", containsString("cần phân loại trước"));

        long assigned = sendOk(null, plan.id(), item("Đã giao", "Nội dung")).id();
        classify(TestTokens.vanphong(), assigned, plan.area1(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), assigned, "phong-tnmt").statusCode(200);
        reject(TestTokens.vanphong(), assigned, "Không thuộc phạm vi").statusCode(409)
                .body("type", is("urn:problem-type:doithoai:conflict"));

        long rejected = sendOk(null, plan.id(), item("Ngoài phạm vi", "Nội dung")).id();
        reject(TestTokens.vanphong(), rejected, "Thuộc thẩm quyền của Tòa án").statusCode(200).body("status", is("REJECTED"))
                .body("rejectReason", is("Thuộc thẩm quyền của Tòa án"));
        classify(TestTokens.vanphong(), rejected, plan.area1(), "LOW").statusCode(409);
        assign(TestTokens.vanphong(), rejected, "phong-tnmt").statusCode(409);
        given().header("Accept-Language", "en").auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .header("If-Match", FeedbackTestSupport.etag(rejected)).body(Map.of("reason", "Again"))
                .post("/api/v1/feedback/" + rejected + "/rejection").then().statusCode(409)
                .body("detail", containsString("rejected as out of scope"));
    }

    @Test
    void onlyTheOfficeMovesItems() {
        TestPlan plan = publishedPlan();
        long id = sendOk(TestTokens.phuongbadon(), plan.id(), item("Tổng hợp ở phường", "Nội dung")).id();
        for (String token : List.of(TestTokens.phuongbadon(), TestTokens.bithu(), TestTokens.phongtnmt(), TestTokens.congdan())) {
            classify(token, id, plan.area1(), "LOW").statusCode(403);
            reject(token, id, "Không").statusCode(403);
        }
        classify(TestTokens.vanphong(), id, plan.area1(), "LOW").statusCode(200);
        assign(TestTokens.phongtnmt(), id, "phong-tnmt").statusCode(403);
        assign(TestTokens.bithu(), id, "phong-tnmt").statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("unitCode", "phong-tnmt"))
                .put("/api/v1/feedback/" + id + "/assignment").then().statusCode(401);
    }

    @Test
    void badInputAndStaleCopiesAreRefused() {
        TestPlan plan = publishedPlan();
        TestPlan other = publishedPlan();
        long id = sendOk(null, plan.id(), item("Kiểm tra đầu vào", "Nội dung")).id();
        String url = "/api/v1/feedback/" + id;

        classify(TestTokens.vanphong(), id, other.area1(), "LOW").statusCode(400).body("errors[0].field", is("focusAreaId"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of()).put(url + "/classification").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("focusAreaId", "priority"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("focusAreaId", plan.area1(), "priority", "LOW"))
                .put(url + "/classification").then().statusCode(428);
        classify(TestTokens.vanphong(), id, plan.area1(), "LOW").statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("focusAreaId", plan.area1(), "priority", "HIGH")).put(url + "/classification").then().statusCode(412);

        assign(TestTokens.vanphong(), id, "phuong-ba-don").statusCode(400).body("errors[0].field", is("unitCode"));
        assign(TestTokens.vanphong(), id, "khong-co").statusCode(400).body("errors[0].field", is("unitCode"));
        reject(TestTokens.vanphong(), id, " ").statusCode(400).body("errors[0].field", is("reason"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/987654321").then().statusCode(404);
    }

    @Test
    void theSenderSeesARejectionAndItsReasonByCode() {
        TestPlan plan = publishedPlan();
        var sent = sendOk(null, plan.id(), item("Tăng lương giáo viên", "Đề nghị tăng lương"));
        reject(TestTokens.vanphong(), sent.id(), "Vượt thẩm quyền của thị xã").statusCode(200);
        given().get("/api/v1/feedback/track/" + sent.code()).then().statusCode(200).body("status", is("REJECTED"))
                .body("rejectReason", is("Vượt thẩm quyền của thị xã"));
    }
}
