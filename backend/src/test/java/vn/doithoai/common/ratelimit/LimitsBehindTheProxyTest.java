package vn.doithoai.common.ratelimit;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.Allowance;
import vn.doithoai.testsupport.Nginx;
import vn.doithoai.testsupport.Peers;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;

/**
 * The per-client limits as a citizen meets them in production: through the frontend's real nginx (its
 * frontend/nginx.conf), from a real peer address, whatever X-Forwarded-For the client makes up.
 */
@QuarkusTest
class LimitsBehindTheProxyTest {

    /** doithoai.tracking.lookups-per-client, doithoai.feedback.submissions-per-client (application.properties). */
    private static final int LOOKUPS = 30;
    private static final int SUBMISSIONS = 10;
    private static final String UNKNOWN_CODE = "DT-2099-ZZZZZ";

    private static Nginx nginx;

    // Once the backend's port is known (RestAssured has it before each test, not before all).
    @BeforeEach
    void startProxy() {
        if (nginx == null) {
            nginx = Nginx.inFrontOf(RestAssured.port);
        }
    }

    @AfterAll
    static void stopProxy() {
        if (nginx != null) {
            nginx.close();
            nginx = null;
        }
    }

    /** A request from {@code client}'s own address, to the proxy rather than to the backend. */
    private static RequestSpecification viaProxy(String client) {
        return Peers.from(client).baseUri("http://127.0.0.1").port(nginx.port());
    }

    /** A different made-up X-Forwarded-For on every request, as a script resetting its limit would send. */
    private static String spoofed(int i) {
        return "198.51.100." + (i % 250 + 1) + ", 203.0.113." + (i % 200 + 1);
    }

    private static ValidatableResponse track(String client, String forwardedFor) {
        return viaProxy(client).header("X-Forwarded-For", forwardedFor).get("/api/v1/feedback/track/" + UNKNOWN_CODE).then();
    }

    @Test
    void aMadeUpForwardedForDoesNotResetTheLookupLimit() {
        String client = Peers.freshLoopback();
        Allowance.exhaust(LOOKUPS, 404, i -> track(client, spoofed(i))).contentType(startsWith("application/problem+json"))
                .header("Retry-After", notNullValue()).body("status", is(429));
        // The rulings' lookup by code shares the count.
        viaProxy(client).header("X-Forwarded-For", "192.0.2.77").get("/api/v1/public/rulings/by-tracking-code/" + UNKNOWN_CODE)
                .then().statusCode(429);
        // Another citizen behind the same proxy still has their own allowance: nginx passes each one's address.
        track(Peers.freshLoopback(), spoofed(0)).statusCode(404);
    }

    @Test
    void aMadeUpForwardedForDoesNotResetTheSubmissionLimit() {
        long plan = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại qua proxy", "72", "Giao thông nông thôn",
                List.of("Đường làng")).getLong("id");
        TestPlans.publish(plan);
        String client = Peers.freshLoopback();
        Allowance.exhaust(SUBMISSIONS, 201, i -> viaProxy(client).header("X-Forwarded-For", spoofed(i)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kind", "PETITION", "title", "Đường ngập số " + i, "content", "Mưa là ngập, xin sửa cống"))
                .post("/api/v1/plans/" + plan + "/feedback").then());
    }

    @Test
    void wrongCodesOnAnAttachmentCountAsLookupsEvenThroughTheProxy() {
        long plan = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại tệp đính kèm", "73", "Nước sạch",
                List.of("Cấp nước")).getLong("id");
        TestPlans.publish(plan);
        String client = Peers.freshLoopback();
        var sent = viaProxy(client).header("X-Forwarded-For", spoofed(0)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("kind", "PETITION", "title", "Nước đục", "content", "Nước máy đục cả tuần"))
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath();
        long id = sent.getLong("id");
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        Allowance.exhaust(LOOKUPS, 404, i -> viaProxy(client).header("X-Forwarded-For", spoofed(i))
                .header("X-Tracking-Code", "DT-2099-" + wrongCode(i)).contentType("application/pdf").body(pdf)
                .queryParam("fileName", "don.pdf").post("/api/v1/feedback/" + id + "/attachments").then());
        // Past the limit even the right code waits.
        viaProxy(client).header("X-Forwarded-For", spoofed(99)).header("X-Tracking-Code", sent.getString("trackingCode"))
                .contentType("application/pdf").body(pdf).queryParam("fileName", "don.pdf")
                .post("/api/v1/feedback/" + id + "/attachments").then().statusCode(429)
                .contentType(startsWith("application/problem+json")).header("Retry-After", notNullValue());
    }

    private static String wrongCode(int i) {
        String alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
        return "" + alphabet.charAt(i % 31) + alphabet.charAt(i / 31 % 31) + "QQQ";
    }
}
