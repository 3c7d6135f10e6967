package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.feedback.FeedbackTestSupport.freshAddress;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.send;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/**
 * Partner systems (the province's feedback portal, ...) through their client-credentials tokens: they read their body's
 * plans, feedback and rulings as its office does, without the senders' personal data unless granted, only within the
 * scopes granted, and send feedback that a re-send with the same external reference never duplicates.
 */
@QuarkusTest
class PartnerAccessTest {

    private static final List<String> ALL = TestTokens.DEMO_PARTNER_SCOPES;

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    private static ValidatableResponse sendAsPartner(String token, long planId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + planId + "/feedback").then();
    }

    private static Map<String, Object> referenced(String title, String reference) {
        Map<String, Object> body = item(title, "Nội dung do Cổng PAKN của tỉnh chuyển sang.");
        body.put("externalReference", reference);
        body.put("wardCode", "phuong-ba-don");
        return body;
    }

    private static long countInPlan(long planId) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 100).get("/api/v1/plans/" + planId + "/feedback")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    @Test
    void theDemoPartnerReadsItsBodysPlansFeedbackAndRulingsWithoutTheSendersData() {
        TestPlan plan = publishedPlan();
        Map<String, Object> sent = item("Đèn đường hỏng", "Đèn đường tổ 4 hỏng đã hai tuần.");
        sent.put("submitterName", "Người Gửi Đối Tác");
        sent.put("submitterPhone", "0912345678");
        sent.put("consent", TestConsents.given());
        long id = send(null, freshAddress(), plan.id(), UUID.randomUUID().toString(), sent).statusCode(201).extract().jsonPath().getLong("id");

        String partner = TestTokens.integration();
        get(partner, "/api/v1/plans?size=100").statusCode(200).body("items.id", hasItem((int) plan.id()));
        get(partner, "/api/v1/plans/" + plan.id()).statusCode(200).body("id", is((int) plan.id()));
        get(partner, "/api/v1/plans/" + plan.id() + "/feedback").statusCode(200).body("items.id", hasItem((int) id))
                .body("items.find { it.id == " + id + " }.submitterName", nullValue())
                .body("items.find { it.id == " + id + " }.submitterVisible", is(false));
        get(partner, "/api/v1/feedback/" + id).statusCode(200).body("submitterName", nullValue()).body("submitterPhone", nullValue());
        get(partner, "/api/v1/feedback?plan=" + plan.id()).statusCode(200).body("items.id", hasItem((int) id));
        get(partner, "/api/v1/plans/" + plan.id() + "/rulings").statusCode(200);
        get(partner, "/api/v1/follow-up").statusCode(200);
        // The follow-up list's files, as the body's office exports them.
        get(partner, "/api/v1/follow-up/export.csv").statusCode(200).contentType(containsString("text/csv"));
        get(partner, "/api/v1/follow-up/export.xlsx").statusCode(200);

        // Granted personal data, it sees the sender as the office does.
        List<String> withPersonalData = new ArrayList<>(ALL);
        withPersonalData.add("personal-data:read");
        get(TestTokens.partner("cong-pakn-tinh", TestTokens.BA_DON, withPersonalData), "/api/v1/feedback/" + id).statusCode(200)
                .body("submitterName", is("Người Gửi Đối Tác")).body("submitterVisible", is(true));
    }

    @Test
    void aScopeNotGrantedIsRefused() {
        TestPlan plan = publishedPlan();
        String readsFeedbackOnly = TestTokens.partner("he-thong-van-ban", TestTokens.BA_DON, List.of("feedback:read"));
        get(readsFeedbackOnly, "/api/v1/plans/" + plan.id() + "/feedback").statusCode(200);
        get(readsFeedbackOnly, "/api/v1/plans").statusCode(403);
        get(readsFeedbackOnly, "/api/v1/plans/" + plan.id() + "/rulings").statusCode(403);
        get(readsFeedbackOnly, "/api/v1/statistics/feedback").statusCode(403);
        get(readsFeedbackOnly, "/api/v1/follow-up").statusCode(403);
        get(readsFeedbackOnly, "/api/v1/follow-up/export.csv").statusCode(403);
        sendAsPartner(readsFeedbackOnly, plan.id(), referenced("Không được gửi", "vb-1")).statusCode(403);
        String noScope = TestTokens.partner("he-thong-trong", TestTokens.BA_DON, List.of());
        get(noScope, "/api/v1/plans/" + plan.id() + "/feedback").statusCode(403);
        // A person's token holding a scope's name is not a partner: the scope counts only with role integration.
        String citizen = TestTokens.builder("congdan-scope", "Công Dân", List.of("citizen"), null, "phuong-ba-don")
                .claim("resource_access", Map.of("doithoai-api", Map.of("roles", List.of("feedback:read")))).sign();
        get(citizen, "/api/v1/plans/" + plan.id() + "/feedback").statusCode(200).body("items.size()", is(0));
        assertEquals(0, countInPlan(plan.id()));
    }

    @Test
    void anotherBodysPartnerFindsNothingOfThisBody() {
        TestPlan plan = publishedPlan();
        String bacGianh = TestTokens.partner("cong-bac-gianh", TestTokens.BAC_GIANH, ALL);
        get(bacGianh, "/api/v1/plans/" + plan.id()).statusCode(404);
        get(bacGianh, "/api/v1/plans/" + plan.id() + "/feedback").statusCode(404);
        sendAsPartner(bacGianh, plan.id(), referenced("Sai cơ quan", "bg-1")).statusCode(404);
        get(bacGianh, "/api/v1/plans?size=100").statusCode(200).body("items.id", org.hamcrest.Matchers.not(hasItem((int) plan.id())));
    }

    @Test
    void sendingTwiceWithOneExternalReferenceGivesOneItem() {
        TestPlan plan = publishedPlan();
        String partner = TestTokens.integration();
        String reference = "PAKN-" + UUID.randomUUID();
        long id = sendAsPartner(partner, plan.id(), referenced("Cống thoát nước tắc", reference)).statusCode(201)
                .header("Location", containsString("/api/v1/feedback/")).extract().jsonPath().getLong("id");
        get(TestTokens.vanphong(), "/api/v1/feedback/" + id).statusCode(200).body("channel", is("PARTNER"))
                .body("partner", is("doithoai-integration")).body("externalReference", is(reference))
                .body("ward.code", is("phuong-ba-don"));

        // The portal lost the answer and sends again: the same item, 200.
        sendAsPartner(partner, plan.id(), referenced("Cống thoát nước tắc", reference)).statusCode(200).body("id", is((int) id));
        // The citizen corrected the title on the portal: the same item, updated.
        sendAsPartner(partner, plan.id(), referenced("Cống thoát nước tổ 2 bị tắc", reference)).statusCode(200).body("id", is((int) id));
        get(partner, "/api/v1/feedback/" + id).statusCode(200).body("title", is("Cống thoát nước tổ 2 bị tắc"));
        assertEquals(1, countInPlan(plan.id()));

        // Another partner's same reference is its own item.
        sendAsPartner(TestTokens.partner("he-thong-van-ban", TestTokens.BA_DON, ALL), plan.id(), referenced("Cống thoát nước tắc", reference))
                .statusCode(201);
        assertEquals(2, countInPlan(plan.id()));
    }

    @Test
    void reSendsArrivingAtOnceStillMakeOneItem() throws Exception {
        TestPlan plan = publishedPlan();
        String partner = TestTokens.integration();
        String reference = "PAKN-" + UUID.randomUUID();
        int senders = 6;
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                Callable<Integer> send = () -> {
                    start.await();
                    return sendAsPartner(partner, plan.id(), referenced("Gửi cùng lúc", reference)).extract().statusCode();
                };
                answers.add(pool.submit(send));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(senders - 1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, countInPlan(plan.id()));
    }

    @Test
    void aPartnerMustNameItsItemAndOnlyPartnersDo() {
        TestPlan plan = publishedPlan();
        Map<String, Object> unnamed = item("Không mã", "Nội dung");
        sendAsPartner(TestTokens.integration(), plan.id(), unnamed).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("externalReference")).body("errors[0].message", containsString("mã tham chiếu"));
        given().auth().oauth2(TestTokens.integration()).header("Accept-Language", "en").contentType(ContentType.JSON).body(unnamed)
                .post("/api/v1/plans/" + plan.id() + "/feedback").then().statusCode(400)
                .body("errors[0].message", containsString("reference"));
        Map<String, Object> office = referenced("Văn phòng nhập", "vp-1");
        office.put("channel", "ORGANISATION_REPORT");
        send(TestTokens.vanphong(), freshAddress(), plan.id(), null, office).statusCode(400).body("errors[0].field", is("externalReference"));
        assertEquals(0, countInPlan(plan.id()));
    }
}
