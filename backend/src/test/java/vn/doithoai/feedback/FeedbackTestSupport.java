package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** Plans and feedback items made through the API, as citizens, ward officers and the office would. */
final class FeedbackTestSupport {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = TestClock.today();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private FeedbackTestSupport() {
    }

    /** A published plan with two focus areas; its id and the areas' ids. */
    record TestPlan(long id, long area1, long area2) {
    }

    static TestPlan publishedPlan() {
        return plan(true);
    }

    static TestPlan plan(boolean publish) {
        var created = TestPlans.create(TODAY.plusDays(30), "Đối thoại ý kiến", "71", "Môi trường và đất đai",
                List.of("Vệ sinh môi trường", "Quản lý đất đai"));
        long id = created.getLong("id");
        if (publish) {
            TestPlans.publish(id);
        }
        return new TestPlan(id, created.getLong("focusAreas[0].id"), created.getLong("focusAreas[1].id"));
    }

    /** A client address no other test sends from, so the per-client limit is each test's own. */
    static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    static Map<String, Object> item(String title, String content) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", "PETITION");
        r.put("title", title);
        r.put("content", content);
        return r;
    }

    /** Sent by an anonymous citizen (token null) or the token's holder, from the given address. */
    static ValidatableResponse send(String token, String address, long planId, String key, Map<String, Object> body) {
        RequestSpecification request = given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/plans/" + planId + "/feedback").then();
    }

    /** Sent and received: its id and tracking code. */
    record Sent(long id, String code) {
    }

    static Sent sendOk(String token, long planId, Map<String, Object> body) {
        var json = send(token, freshAddress(), planId, UUID.randomUUID().toString(), body).statusCode(201).extract().jsonPath();
        return new Sent(json.getLong("id"), json.getString("trackingCode"));
    }

    static String etag(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().statusCode(200).extract().header("ETag");
    }

    static ValidatableResponse classify(String token, long id, long area, String priority) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("focusAreaId", area, "priority", priority)).put("/api/v1/feedback/" + id + "/classification").then();
    }

    static ValidatableResponse assign(String token, long id, String unit) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("unitCode", unit)).put("/api/v1/feedback/" + id + "/assignment").then();
    }

    static ValidatableResponse reject(String token, long id, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("reason", reason)).post("/api/v1/feedback/" + id + "/rejection").then();
    }

    static String citizen(String username) {
        return TestTokens.token(username, "Công dân " + username, List.of("citizen"), null, "phuong-ba-don");
    }

    static String unitStaff(String unit) {
        return TestTokens.token("canbo-" + unit, "Cán bộ " + unit, List.of("unit"), unit, null);
    }

    static String wardOfficer(String ward) {
        return TestTokens.token("canbo-" + ward, "Cán bộ " + ward, List.of("ward"), null, ward);
    }
}
