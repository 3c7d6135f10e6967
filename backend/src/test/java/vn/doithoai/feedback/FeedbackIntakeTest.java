package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.freshAddress;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.send;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.Allowance;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

@QuarkusTest
class FeedbackIntakeTest {

    private static int countInPlan(long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 100).get("/api/v1/plans/" + plan + "/feedback")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void anAnonymousCitizenGetsATrackingCodeAndARetriedRequestCreatesOneItem() {
        TestPlan plan = publishedPlan();
        String address = freshAddress();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = item("Đường kiệt ngập nước", "Mỗi khi mưa lớn đường kiệt tổ 3 ngập sâu.");
        String code = send(null, address, plan.id(), key, body).statusCode(201)
                .header("Location", containsString("/api/v1/feedback/track/DT-"))
                .header("Idempotent-Replayed", "false")
                .body("trackingCode", matchesPattern("DT-\\d{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}"))
                .body("status", is("RECEIVED")).extract().jsonPath().getString("trackingCode");

        // The phone lost the answer and sends again: same code, still one item.
        send(null, address, plan.id(), key, body).statusCode(201).header("Idempotent-Replayed", "true").body("trackingCode", is(code));
        assertEquals(1, countInPlan(plan.id()));

        // The same key for something else is a client bug, not a retry.
        send(null, address, plan.id(), key, item("Khác hẳn", "Nội dung khác")).statusCode(422)
                .body("type", is("urn:problem-type:doithoai:unprocessable"));
        assertEquals(1, countInPlan(plan.id()));
    }

    @Test
    void citizensMustSendAnIdempotencyKeyStaffMayNot() {
        TestPlan plan = publishedPlan();
        send(null, freshAddress(), plan.id(), null, item("Không có khóa", "Nội dung")).statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
        send(FeedbackTestSupport.citizen("congdan-khoa"), freshAddress(), plan.id(), null, item("Không có khóa", "Nội dung"))
                .statusCode(400).body("errors[0].field", is("Idempotency-Key"));
        Map<String, Object> entered = item("Văn phòng nhập", "Ý kiến nêu qua báo cáo của Mặt trận");
        entered.put("channel", "ORGANISATION_REPORT");
        send(TestTokens.vanphong(), freshAddress(), plan.id(), null, entered).statusCode(201);
        assertEquals(1, countInPlan(plan.id()));
    }

    @Test
    void aClientSendingTooMuchIsToldWhenToTryAgainAndRetriesDoNotCount() {
        TestPlan plan = publishedPlan();
        String address = freshAddress();
        String firstKey = UUID.randomUUID().toString();
        Map<String, Object> first = item("Ý kiến 0", "Nội dung 0");
        send(null, address, plan.id(), firstKey, first).statusCode(201);
        for (int i = 1; i < 9; i++) {
            send(null, address, plan.id(), UUID.randomUUID().toString(), item("Ý kiến " + i, "Nội dung " + i)).statusCode(201);
        }
        // Five retries of the first item on a bad network: replays, not new submissions.
        for (int i = 0; i < 5; i++) {
            send(null, address, plan.id(), firstKey, first).statusCode(201).header("Idempotent-Replayed", "true");
        }
        send(null, address, plan.id(), UUID.randomUUID().toString(), item("Ý kiến 9", "Nội dung 9")).statusCode(201);
        String retryAfter = Allowance.refusedWithin(10, 201, i -> send(null, address, plan.id(), UUID.randomUUID().toString(),
                item("Ý kiến " + (10 + i), "Nội dung " + (10 + i)))).contentType("application/problem+json")
                .body("type", is("urn:problem-type:doithoai:too-many-requests")).body("status", is(429))
                .header("Retry-After", notNullValue()).extract().header("Retry-After");
        // Ten a window of ten minutes: refused early in a window, the client waits for the window to end and then for a
        // tenth of the next (until the ten slide out far enough for one more), so at most 600 + 60 seconds.
        assertTrue(Integer.parseInt(retryAfter) > 0 && Integer.parseInt(retryAfter) <= 660, retryAfter);
        // A retry of an item already received still gets its answer, even over the limit.
        send(null, address, plan.id(), firstKey, first).statusCode(201).header("Idempotent-Replayed", "true");
        // Another client is not held back; staff entering collected items are not limited.
        send(null, freshAddress(), plan.id(), UUID.randomUUID().toString(), item("Người khác", "Nội dung")).statusCode(201);
        assertEquals(11, countInPlan(plan.id()));
    }

    @Test
    void citizensSendOnlyToPublishedPlans() {
        TestPlan draft = FeedbackTestSupport.plan(false);
        send(null, freshAddress(), draft.id(), UUID.randomUUID().toString(), item("Sớm quá", "Nội dung")).statusCode(404);
        Map<String, Object> entered = item("Sớm quá", "Nội dung");
        entered.put("channel", "WARD_COLLECTED");
        send(TestTokens.vanphong(), freshAddress(), draft.id(), null, entered).statusCode(409)
                .body("detail", containsString("không nhận ý kiến"));
        send(null, freshAddress(), 987654321L, UUID.randomUUID().toString(), item("Không có", "Nội dung")).statusCode(404);
    }

    @Test
    void validationNamesEachField() {
        TestPlan plan = publishedPlan();
        TestPlan other = publishedPlan();
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", " ");
        bad.put("submitterEmail", "khong-phai-email");
        send(null, freshAddress(), plan.id(), UUID.randomUUID().toString(), bad).statusCode(400)
                .body("errors.field", containsInAnyOrder("kind", "title", "content", "submitterEmail"));

        Map<String, Object> wrong = item("Tiêu đề", "Nội dung");
        wrong.put("channel", "AT_SESSION");
        wrong.put("wardCode", "phuong-khong-co");
        wrong.put("focusAreaId", other.area1());
        wrong.put("submitterPhone", "12345");
        wrong.put("participantId", 1);
        send(null, freshAddress(), plan.id(), UUID.randomUUID().toString(), wrong).statusCode(400)
                .body("errors.field", containsInAnyOrder("channel", "wardCode", "focusAreaId", "submitterPhone", "participantId"));
        assertEquals(0, countInPlan(plan.id()));
    }

    @Test
    void aWardOfficerEntersItemsOfTheirOwnWardOnlyOtherStaffDoNotEnter() {
        TestPlan plan = publishedPlan();
        String officer = TestTokens.phuongbadon();
        long id = send(officer, freshAddress(), plan.id(), null, item("Tổng hợp từ tổ dân phố", "Nội dung")).statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(officer).get("/api/v1/feedback/" + id).then().statusCode(200).body("channel", is("WARD_COLLECTED"))
                .body("ward.code", is("phuong-ba-don"));

        Map<String, Object> elsewhere = item("Phường khác", "Nội dung");
        elsewhere.put("wardCode", "phuong-quang-tho");
        send(officer, freshAddress(), plan.id(), null, elsewhere).statusCode(400).body("errors[0].field", is("wardCode"));
        Map<String, Object> online = item("Kênh khác", "Nội dung");
        online.put("channel", "CITIZEN_ONLINE");
        send(officer, freshAddress(), plan.id(), null, online).statusCode(400).body("errors[0].field", is("channel"));

        for (String token : List.of(TestTokens.bithu(), TestTokens.phongtnmt(), TestTokens.quantri())) {
            send(token, freshAddress(), plan.id(), UUID.randomUUID().toString(), item("Không được", "Nội dung")).statusCode(403);
        }
        // The office must say where an item came from.
        send(TestTokens.vanphong(), freshAddress(), plan.id(), null, item("Không kênh", "Nội dung")).statusCode(400)
                .body("errors[0].field", is("channel"));
    }

    @Test
    void trackingShowsWhereTheItemIsAndNoPersonalData() {
        TestPlan plan = publishedPlan();
        Map<String, Object> body = item("Rác thải ở chợ", "Nội dung riêng tư của Nguyễn Văn Bí Mật");
        body.put("submitterName", "Nguyễn Văn Bí Mật");
        body.put("submitterPhone", "0912 345 678");
        body.put("submitterEmail", "bimat@example.com");
        body.put("consent", TestConsents.given());
        body.put("wardCode", "phuong-quang-tho");
        body.put("focusAreaId", plan.area1());
        var sent = sendOk(null, plan.id(), body);

        String tracked = given().get("/api/v1/feedback/track/" + sent.code()).then().statusCode(200)
                .body("trackingCode", is(sent.code())).body("status", is("RECEIVED")).body("title", is("Rác thải ở chợ"))
                .body("kind", is("PETITION")).body("focusArea", is("Vệ sinh môi trường")).body("receivedAt", notNullValue())
                .body("planTitle", containsString("Đối thoại ý kiến")).extract().asString();
        for (String secret : List.of("Bí Mật", "0912345678", "bimat@example.com", "riêng tư", "quang-tho")) {
            assertTrue(!tracked.contains(secret), secret + " in " + tracked);
        }
        // Lower case as typed on a phone finds it too; an unknown code and a malformed one answer alike.
        given().get("/api/v1/feedback/track/" + sent.code().toLowerCase()).then().statusCode(200);
        String unknown = given().get("/api/v1/feedback/track/DT-2020-22222").then().statusCode(404).extract().path("detail");
        given().get("/api/v1/feedback/track/khong-phai-ma").then().statusCode(404).body("detail", is(unknown));
    }

    @Test
    void lookupsByCodeAreCountedPerClientAcrossTrackingAndRulings() {
        // 30 a minute per client, whichever public endpoint takes the code: probing codes in bulk gets 429.
        Allowance.exhaust(30, 404, i -> (i % 3 == 2
                ? given().header("X-Forwarded-For", "10.67.0.1").get("/api/v1/public/rulings/by-tracking-code/DT-2099-ZZZZZ")
                : given().header("X-Forwarded-For", "10.67.0.1").header("Accept-Language", "en")
                        .get("/api/v1/feedback/track/DT-2099-ZZZ" + (char) ('A' + i / 26) + (char) ('A' + i % 26))).then())
                .contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", is("urn:problem-type:doithoai:too-many-requests"));
        given().header("X-Forwarded-For", "10.67.0.1").get("/api/v1/public/rulings/by-tracking-code/DT-2099-ZZZZZ").then().statusCode(429);
        given().header("X-Forwarded-For", "10.67.0.2").get("/api/v1/feedback/track/DT-2099-ZZZZZ").then().statusCode(404);
    }

    @Test
    void aLoggedInCitizenSeesTheirOwnItemWithTheirData() {
        TestPlan plan = publishedPlan();
        String citizen = FeedbackTestSupport.citizen("congdan-" + UUID.randomUUID().toString().substring(0, 8));
        Map<String, Object> body = item("Đèn đường hỏng", "Đèn đường kiệt 5 hỏng đã lâu");
        body.put("submitterName", "Trần Thị Mai");
        body.put("consent", TestConsents.given());
        var sent = sendOk(citizen, plan.id(), body);
        given().auth().oauth2(citizen).get("/api/v1/feedback").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].trackingCode", is(sent.code())).body("items[0].submitterName", is("Trần Thị Mai"))
                .body("items[0].channel", is("CITIZEN_ONLINE"));
    }
}
