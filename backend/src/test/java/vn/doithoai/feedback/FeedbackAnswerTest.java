package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.etag;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestTokens;

/** The answer's way: the unit drafts, the office reviews and submits, the chair approves; then the sender reads it. */
@QuarkusTest
class FeedbackAnswerTest {

    @Inject
    AuditLog audit;

    @Test
    void theAnswerGoesFromUnitThroughOfficeToChairAndThenToTheSender() {
        TestPlan plan = publishedPlan();
        Map<String, Object> body = item("Đèn đường hỏng", "Đèn đường tổ 3 hỏng đã lâu");
        body.put("submitterName", "Nguyễn Thị Riêng");
        body.put("consent", TestConsents.given());
        body.put("submitterPhone", "0912345678");
        body.put("wardCode", "phuong-ba-don");
        Sent sent = sendOk(TestTokens.congdan(), plan.id(), body);
        long id = assigned(plan, sent.id(), "phong-tnmt");

        draft(TestTokens.phongtnmt(), id, "Dự thảo lần 1").statusCode(200).body("status", is("ANSWER_DRAFTED"))
                .body("answer.text", is("Dự thảo lần 1")).body("answer.draftedBy", is("phongtnmt"))
                .body("answer.draftedAt", notNullValue());
        // A draft is the unit's, the office's and the chair's only.
        view(TestTokens.congdan(), id).body("status", is("ANSWER_DRAFTED")).body("answer", nullValue());
        view(TestTokens.phuongbadon(), id).body("answer", nullValue());
        view(TestTokens.bithu(), id).body("answer.text", is("Dự thảo lần 1"));
        track(sent.code()).body("answer", nullValue()).body("answeredAt", nullValue());

        sendBack(TestTokens.vanphong(), id, "Cần nêu rõ thời hạn sửa chữa").statusCode(200).body("status", is("ASSIGNED"))
                .body("answer.text", is("Dự thảo lần 1")).body("answer.returnReason", is("Cần nêu rõ thời hạn sửa chữa"));
        view(TestTokens.phongtnmt(), id).body("answer.returnReason", is("Cần nêu rõ thời hạn sửa chữa"))
                .body("answer.returnedBy", is("vanphong"));

        draft(TestTokens.phongtnmt(), id, "Dự thảo lần 2: sửa xong trước 30/6").statusCode(200).body("status", is("ANSWER_DRAFTED"));
        draft(TestTokens.vanphong(), id, "Đèn đường tổ 3 sẽ được sửa xong trước ngày 30/6.").statusCode(200)
                .body("status", is("ANSWER_DRAFTED")).body("answer.draftedBy", is("phongtnmt")).body("answer.editedBy", is("vanphong"));
        submit(TestTokens.vanphong(), id).statusCode(200).body("status", is("ANSWER_SUBMITTED"))
                .body("answer.submittedBy", is("vanphong")).body("answer.submittedAt", notNullValue())
                .body("answer.returnReason", nullValue());
        track(sent.code()).body("status", is("ANSWER_SUBMITTED")).body("answer", nullValue());

        approve(TestTokens.bithu(), id).statusCode(200).body("status", is("ANSWER_APPROVED"))
                .body("answer.approvedBy", is("bithu")).body("answer.approvedAt", notNullValue());

        String tracking = track(sent.code()).body("status", is("ANSWER_APPROVED"))
                .body("answer", is("Đèn đường tổ 3 sẽ được sửa xong trước ngày 30/6.")).body("answeredAt", notNullValue())
                .extract().asString();
        for (String personal : List.of("Nguyễn Thị Riêng", "0912345678", "congdan", "phongtnmt", "vanphong", "bithu", "tổ 3 hỏng")) {
            assertFalse(tracking.contains(personal), personal + " in " + tracking);
        }
        // The sender reads the approved answer in their own view, without the office's workings.
        view(TestTokens.congdan(), id).body("answer.text", is("Đèn đường tổ 3 sẽ được sửa xong trước ngày 30/6."))
                .body("answer.approvedAt", notNullValue()).body("answer.draftedBy", nullValue())
                .body("answer.approvedBy", nullValue());

        assertEquals(List.of("submitted", "classified", "assigned", "answer-drafted", "answer-returned-to-unit", "answer-drafted",
                "answer-edited", "answer-submitted", "answer-approved"),
                audit.trail(FeedbackService.AUDIT_TYPE, Long.toString(id)).stream().map(e -> e.action).toList());
    }

    @Test
    void theChairSendsTheAnswerBackToTheOffice() {
        TestPlan plan = publishedPlan();
        long id = assigned(plan, sendOk(null, plan.id(), item("Ngập úng", "Nội dung")).id(), "phong-tnmt");
        draft(TestTokens.phongtnmt(), id, "Dự thảo").statusCode(200);
        submit(TestTokens.vanphong(), id).statusCode(200);
        // Awaiting the chair: the unit can no longer change it, nor can the office send it back to the unit.
        draft(TestTokens.phongtnmt(), id, "Sửa muộn").statusCode(409);
        sendBack(TestTokens.vanphong(), id, "Rút lại").statusCode(409);

        sendBack(TestTokens.bithu(), id, "Bổ sung nguồn kinh phí").statusCode(200).body("status", is("ANSWER_DRAFTED"))
                .body("answer.returnReason", is("Bổ sung nguồn kinh phí")).body("answer.returnedBy", is("bithu"));
        draft(TestTokens.vanphong(), id, "Dự thảo, có nguồn kinh phí").statusCode(200);
        submit(TestTokens.vanphong(), id).statusCode(200);
        approve(TestTokens.bithu(), id).statusCode(200).body("answer.text", is("Dự thảo, có nguồn kinh phí"));
        sendBack(TestTokens.bithu(), id, "Quá muộn").statusCode(409);
    }

    @Test
    void onlyTheRightRolesTakeEachStep() {
        TestPlan plan = publishedPlan();
        long id = assigned(plan, sendOk(TestTokens.congdan(), plan.id(), TestConsents.with(item("Giao phòng TNMT", "Nội dung"))).id(), "phong-tnmt");
        draft(TestTokens.congdan(), id, "Tự trả lời").statusCode(403);
        draft(TestTokens.phuongbadon(), id, "Phường trả lời").statusCode(403);
        draft(TestTokens.bithu(), id, "Bí thư soạn").statusCode(403);
        // Another unit's item does not exist for them.
        draft(FeedbackTestSupport.unitStaff("phong-qldt"), id, "Không phải của tôi").statusCode(404);
        view(TestTokens.phongtnmt(), id).body("status", is("ASSIGNED"));

        draft(TestTokens.phongtnmt(), id, "Dự thảo").statusCode(200);
        submit(TestTokens.phongtnmt(), id).statusCode(403);
        submit(TestTokens.bithu(), id).statusCode(403);
        sendBack(TestTokens.phongtnmt(), id, "Không").statusCode(403);
        submit(TestTokens.vanphong(), id).statusCode(200);
        approve(TestTokens.phongtnmt(), id).statusCode(403);
        approve(TestTokens.vanphong(), id).statusCode(403);
        approve(TestTokens.congdan(), id).statusCode(403);
        view(TestTokens.vanphong(), id).body("status", is("ANSWER_SUBMITTED"));
    }

    @Test
    void wrongStatesAndStaleCopiesAreRefused() {
        TestPlan plan = publishedPlan();
        long received = sendOk(null, plan.id(), item("Mới tiếp nhận", "Nội dung")).id();
        draft(TestTokens.vanphong(), received, "Trả lời sớm").statusCode(409).body("detail", containsString("Không thể thực hiện"));
        given().header("Accept-Language", "en").auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .header("If-Match", etag(received)).body(Map.of("text", "Early")).put("/api/v1/feedback/" + received + "/answer")
                .then().statusCode(409).body("detail", containsString("cannot be changed"));

        long id = assigned(plan, sendOk(null, plan.id(), item("Chờ dự thảo", "Nội dung")).id(), "phong-tnmt");
        // The office reviews only a draft; the chair approves only what was submitted.
        submit(TestTokens.vanphong(), id).statusCode(409);
        draft(TestTokens.phongtnmt(), id, "Dự thảo").statusCode(200);
        approve(TestTokens.bithu(), id).statusCode(409).body("type", is("urn:problem-type:doithoai:conflict"))
                .body("detail", containsString("chưa được trình duyệt"));
        draft(TestTokens.phongtnmt(), id, " ").statusCode(400).body("errors[0].field", is("text"));
        sendBack(TestTokens.vanphong(), id, "").statusCode(400).body("errors[0].field", is("reason"));

        String url = "/api/v1/feedback/" + id;
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("text", "Bản cũ")).put(url + "/answer").then().statusCode(412);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .post(url + "/answer/submit").then().statusCode(412);
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).body(Map.of("text", "Không có If-Match"))
                .put(url + "/answer").then().statusCode(428);
        view(TestTokens.vanphong(), id).body("answer.text", is("Dự thảo")).body("status", is("ANSWER_DRAFTED"))
                .body("answer.text", not(is("Bản cũ")));
    }

    private static long assigned(TestPlan plan, long id, String unit) {
        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), id, unit).statusCode(200);
        return id;
    }

    private static ValidatableResponse view(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/feedback/" + id).then().statusCode(200);
    }

    private static ValidatableResponse track(String code) {
        return given().get("/api/v1/feedback/track/" + code).then().statusCode(200);
    }

    private static ValidatableResponse draft(String token, long id, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("text", text))
                .put("/api/v1/feedback/" + id + "/answer").then();
    }

    private static ValidatableResponse sendBack(String token, long id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("reason", reason))
                .post("/api/v1/feedback/" + id + "/answer/return").then();
    }

    private static ValidatableResponse submit(String token, long id) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/submit").then();
    }

    private static ValidatableResponse approve(String token, long id) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/approval").then();
    }
}
