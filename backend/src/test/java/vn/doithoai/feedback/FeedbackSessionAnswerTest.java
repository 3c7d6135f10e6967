package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/** After the session the office records that the approved answer was given there (ANSWERED_AT_SESSION). */
@QuarkusTest
class FeedbackSessionAnswerTest {

    @Inject
    AuditLog audit;

    @Test
    void theOfficeRecordsTheAnswerGivenAtTheSessionAndTheSenderSeesIt() {
        TestPlan plan = publishedPlan();
        Sent sent = sendOk(TestTokens.congdan(), plan.id(), TestConsents.with(item("Đèn đường tổ 7 hỏng", "Đèn đường tổ 7 hỏng đã lâu.")));
        long id = approved(plan, sent.id());

        answered(TestTokens.vanphong(), id, Map.of("note", "Đồng chí Chủ tịch UBND trả lời trực tiếp tại hội nghị.")).statusCode(200)
                .body("status", is("ANSWERED_AT_SESSION")).body("answeredAtSession.note", is("Đồng chí Chủ tịch UBND trả lời trực tiếp tại hội nghị."))
                .body("answeredAtSession.recordedBy", is("vanphong")).body("answeredAtSession.at", notNullValue())
                .body("answer.text", is("Sẽ thay đèn trong tháng này."));
        given().auth().oauth2(TestTokens.congdan()).get("/api/v1/feedback/" + id).then().statusCode(200)
                .body("status", is("ANSWERED_AT_SESSION")).body("answeredAtSession.recordedBy", nullValue())
                .body("answer.text", is("Sẽ thay đèn trong tháng này."));
        given().get("/api/v1/feedback/track/" + sent.code()).then().statusCode(200).body("status", is("ANSWERED_AT_SESSION"))
                .body("answer", is("Sẽ thay đèn trong tháng này."));
        assertEquals("answered-at-session", audit.trail(FeedbackService.AUDIT_TYPE, Long.toString(id)).getLast().action);

        // Once only: it is no longer an approved answer waiting to be given.
        answered(TestTokens.vanphong(), id, Map.of()).statusCode(409);
    }

    @Test
    void withoutANoteAndWithoutABody() {
        TestPlan plan = publishedPlan();
        long id = approved(plan, sendOk(null, plan.id(), item("Rác thải chợ", "Rác tồn đọng ở chợ.")).id());
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answered-at-session")
                .then().statusCode(200).body("status", is("ANSWERED_AT_SESSION")).body("answeredAtSession.note", nullValue());
    }

    @Test
    void onlyTheOfficeRecordsItAndOnlyFromAnApprovedAnswer() {
        TestPlan plan = publishedPlan();
        Sent sent = sendOk(TestTokens.congdan(), plan.id(), TestConsents.with(item("Mương thoát nước", "Mương thoát nước bị lấp.")));
        long id = sent.id();
        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), id, "phong-tnmt").statusCode(200);
        // Not yet approved: a conflict, nothing changed.
        answered(TestTokens.vanphong(), id, Map.of()).statusCode(409).contentType("application/problem+json");
        approveAnswer(id);
        for (String token : List.of(TestTokens.phongtnmt(), TestTokens.phuongbadon(), TestTokens.congdan(), TestTokens.bithu())) {
            answered(token, id, Map.of()).statusCode(403);
        }
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of())
                .post("/api/v1/feedback/" + id + "/answered-at-session").then().statusCode(401);
        // If-Match is required and must be current; the note has a limit.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/feedback/" + id + "/answered-at-session").then().statusCode(428);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of())
                .post("/api/v1/feedback/" + id + "/answered-at-session").then().statusCode(412);
        answered(TestTokens.vanphong(), id, Map.of("note", "x".repeat(4001))).statusCode(400).body("errors[0].field", is("note"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().body("status", is("ANSWER_APPROVED"))
                .body("answeredAtSession", nullValue());
    }

    private static long approved(TestPlan plan, long id) {
        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), id, "phong-tnmt").statusCode(200);
        approveAnswer(id);
        return id;
    }

    private static void approveAnswer(long id) {
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("text", "Sẽ thay đèn trong tháng này.")).put("/api/v1/feedback/" + id + "/answer").then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/submit")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/approval")
                .then().statusCode(200).body("status", is("ANSWER_APPROVED"));
    }

    private static ValidatableResponse answered(String token, long id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post("/api/v1/feedback/" + id + "/answered-at-session").then();
    }
}
