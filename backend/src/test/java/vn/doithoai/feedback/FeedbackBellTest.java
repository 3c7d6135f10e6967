package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.etag;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.inbox.Bell.freshUnit;
import static vn.doithoai.inbox.Bell.inbox;
import static vn.doithoai.inbox.Bell.kindsAbout;
import static vn.doithoai.inbox.Bell.officer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;

/** The bell of the people an item's answer passes through: told when it reaches their desk, and nobody else. */
@QuarkusTest
class FeedbackBellTest {

    private static final String FEEDBACK = "FEEDBACK";

    @Test
    void assignedReturnedAndApprovedReachTheUnitAndTheOfficeAndNobodyElse() {
        String unit = freshUnit();
        String officer = officer(unit, "cb-" + unit);
        String colleague = officer(unit, "cb2-" + unit);
        // The same unit's code in another body's token: another body's staff.
        String elsewhere = TestTokens.tokenIn(TestTokens.BAC_GIANH, "cb3-" + unit, "Cán bộ nơi khác", List.of("unit"), unit, null);
        TestPlan plan = publishedPlan();
        Sent sent = sendOk(TestTokens.vanphong(), plan.id(), withWard(item("Cống tắc " + UUID.randomUUID(), "Cống thoát nước tổ 2 bị tắc")));
        long id = sent.id();

        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        assertEquals(List.of(), kindsAbout(officer, FEEDBACK, id), "classifying reaches nobody's desk");
        assign(TestTokens.vanphong(), id, unit).statusCode(200);

        assertEquals(List.of("ASSIGNED"), kindsAbout(officer, FEEDBACK, id));
        JsonPath mine = inbox(officer);
        assertEquals(1, mine.getInt("unread"));
        assertEquals(1, mine.getInt("totalItems"));
        assertEquals(plan.id(), mine.getLong("items[0].planId"));
        assertEquals(false, mine.getBoolean("items[0].read"));
        assertEquals(true, mine.getString("items[0].title").startsWith("Cống tắc "));
        assertEquals(List.of("ASSIGNED"), kindsAbout(colleague, FEEDBACK, id));
        assertEquals(List.of(), kindsAbout(TestTokens.phongtnmt(), FEEDBACK, id), "another unit");
        assertEquals(List.of(), kindsAbout(TestTokens.vanphong(), FEEDBACK, id), "the office assigned it itself");
        assertEquals(0, inbox(elsewhere).getInt("totalItems"), "another body's staff");
        assertEquals(List.of(), kindsAbout(TestTokens.vanphong2(), FEEDBACK, id));
        assertEquals(List.of(), kindsAbout(TestTokens.donvi2(), FEEDBACK, id));

        draft(officer, id, "Dự thảo lần 1").statusCode(200);
        answer(TestTokens.vanphong(), id, "/answer/return", Map.of("reason", "Cần nêu rõ thời hạn")).statusCode(200);
        assertEquals(List.of("RETURNED", "ASSIGNED"), kindsAbout(officer, FEEDBACK, id));
        assertEquals(List.of(), kindsAbout(TestTokens.vanphong(), FEEDBACK, id));

        draft(officer, id, "Dự thảo lần 2, trong tháng 12").statusCode(200);
        answer(TestTokens.vanphong(), id, "/answer/submit", null).statusCode(200);
        answer(TestTokens.bithu(), id, "/answer/return", Map.of("reason", "Bổ sung kinh phí")).statusCode(200);
        assertEquals(List.of("RETURNED"), kindsAbout(TestTokens.vanphong(), FEEDBACK, id), "the chair returns it to the office");
        assertEquals(List.of("RETURNED", "ASSIGNED"), kindsAbout(officer, FEEDBACK, id));

        answer(TestTokens.vanphong(), id, "/answer/submit", null).statusCode(200);
        answer(TestTokens.bithu(), id, "/answer/approval", null).statusCode(200);
        assertEquals(List.of("APPROVED", "RETURNED", "ASSIGNED"), kindsAbout(officer, FEEDBACK, id));
        assertEquals(List.of("APPROVED", "RETURNED"), kindsAbout(TestTokens.vanphong(), FEEDBACK, id));
        assertEquals(List.of(), kindsAbout(TestTokens.bithu(), FEEDBACK, id), "the chair approved it themself");
        assertEquals(List.of(), kindsAbout(TestTokens.vptinh(), FEEDBACK, id), "an overseeing office is not this body's office");
        assertEquals(List.of(), kindsAbout(TestTokens.vanphong2(), FEEDBACK, id));
        assertEquals(0, inbox(elsewhere).getInt("totalItems"));
    }

    @Test
    void eachReaderReadsForThemselfAndOnlyTheirOwn() {
        String unit = freshUnit();
        String officer = officer(unit, "doc-" + unit);
        String colleague = officer(unit, "doc2-" + unit);
        TestPlan plan = publishedPlan();
        long first = assigned(plan, unit);
        long second = assigned(plan, unit);
        JsonPath before = inbox(officer);
        assertEquals(2, before.getInt("unread"));
        assertEquals(List.of(second, first), before.getList("items.subjectId", Long.class));
        long newest = before.getLong("items[0].id");

        read(officer, newest).statusCode(204);
        read(officer, newest).statusCode(204);
        JsonPath after = inbox(officer);
        assertEquals(1, after.getInt("unread"));
        assertEquals(List.of(true, false), after.getList("items.read", Boolean.class));
        assertEquals(2, inbox(colleague).getInt("unread"), "a colleague has not read it");

        // Paged as every list is.
        String next = given().auth().oauth2(officer).queryParam("size", 1).get("/api/v1/me/notifications").then().statusCode(200)
                .extract().jsonPath().getString("nextCursor");
        JsonPath page = given().auth().oauth2(officer).queryParam("size", 1).queryParam("after", next).get("/api/v1/me/notifications")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(first), page.getList("items.subjectId", Long.class));
        assertEquals(2, page.getInt("totalItems"));
        assertEquals(null, page.getString("nextCursor"), "the last page");
        given().auth().oauth2(officer).queryParam("size", 0).get("/api/v1/me/notifications").then().statusCode(400)
                .body("errors[0].field", is("size"));

        // Someone else's notification does not exist for the caller, and reading is refused without changing anything.
        read(TestTokens.phongtnmt(), newest).statusCode(404).contentType("application/problem+json");
        read(TestTokens.vanphong2(), newest).statusCode(404);
        read(TestTokens.vanphong(), newest).statusCode(404);
        assertEquals(2, inbox(colleague).getInt("unread"));

        given().auth().oauth2(officer).post("/api/v1/me/notifications/read-all").then().statusCode(204);
        assertEquals(0, inbox(officer).getInt("unread"));
        assertEquals(List.of(true, true), inbox(officer).getList("items.read", Boolean.class));
        assertEquals(2, inbox(colleague).getInt("unread"));
        // A citizen and a ward officer have no bell.
        given().auth().oauth2(TestTokens.congdan()).get("/api/v1/me/notifications").then().statusCode(403);
        given().auth().oauth2(TestTokens.phuongbadon()).get("/api/v1/me/notifications").then().statusCode(403);
        given().get("/api/v1/me/notifications").then().statusCode(401);
    }

    private static long assigned(TestPlan plan, String unit) {
        long id = sendOk(TestTokens.vanphong(), plan.id(), withWard(item("Đèn hỏng " + UUID.randomUUID(), "Đèn đường tổ 5 hỏng"))).id();
        classify(TestTokens.vanphong(), id, plan.area1(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), id, unit).statusCode(200);
        return id;
    }

    private static Map<String, Object> withWard(Map<String, Object> body) {
        body.put("wardCode", "phuong-ba-don");
        body.put("channel", "AT_SESSION");
        return body;
    }

    private static ValidatableResponse read(String token, long id) {
        return given().auth().oauth2(token).post("/api/v1/me/notifications/" + id + "/read").then();
    }

    private static ValidatableResponse draft(String token, long id, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("text", text))
                .put("/api/v1/feedback/" + id + "/answer").then();
    }

    private static ValidatableResponse answer(String token, long id, String step, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id));
        if (body != null) {
            request.body(body);
        }
        return request.post("/api/v1/feedback/" + id + step).then();
    }
}
