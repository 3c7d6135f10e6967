package vn.doithoai.followup;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** Held plans with issued rulings, made through the API as the office and the chair would; reports as a unit sends them. */
final class FollowUpTestSupport {

    private FollowUpTestSupport() {
    }

    static String unit(String code) {
        return TestTokens.token("nv-" + code, "Cán bộ " + code, List.of("unit"), code, null);
    }

    /** Published and held, its session {@code daysAgo} days ago. */
    static long heldPlan(LocalDate today, int daysAgo) {
        long id = TestPlans.create(today.minusDays(daysAgo), "Đối thoại theo dõi", "73", "Môi trường", List.of("Vệ sinh môi trường"))
                .getLong("id");
        TestPlans.publish(id);
        TestPlans.act(TestTokens.vanphong(), id, "HOLD");
        return id;
    }

    /** An item entered by the office, with the sender's contact as given (nulls: none). */
    static long item(long plan, String name, String email, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("channel", "AT_SESSION");
        body.put("title", "Ý kiến " + UUID.randomUUID());
        body.put("content", "Đường ngập khi mưa lớn");
        body.put("wardCode", "phuong-ba-don");
        body.put("submitterName", name);
        body.put("consent", TestConsents.given());
        body.put("submitterEmail", email);
        body.put("submitterPhone", phone);
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** An issued ruling; its content is unique, so mails about it can be told apart. */
    static long issued(long plan, String type, List<Long> items, String lead, List<String> coordinating, LocalDate due, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("content", content);
        body.put("feedbackIds", items);
        if (type.equals("RESOLVE")) {
            body.put("unitCode", lead);
            body.put("coordinatingUnitCodes", coordinating);
            body.put("dueDate", due.toString());
        } else if (type.equals("ESCALATE")) {
            body.put("escalatedTo", "UBND tỉnh Quảng Bình");
            body.put("recommendation", "Đề nghị tỉnh bố trí vốn");
        }
        long id = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/rulings").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.bithu()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/api/v1/plans/" + plan + "/rulings/" + id + "/issue").then().statusCode(200);
        return id;
    }

    static String path(long plan, long ruling) {
        return "/api/v1/plans/" + plan + "/rulings/" + ruling + "/progress";
    }

    static ValidatableResponse report(String token, long plan, long ruling, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(path(plan, ruling)).then();
    }

    static String etag(String token, long plan, long ruling) {
        return given().auth().oauth2(token).get(path(plan, ruling)).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> progress(Integer percent, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("percent", percent);
        body.put("note", note);
        return body;
    }

    static Map<String, Object> outcome(String outcome, Integer percent, String note, String reason) {
        Map<String, Object> body = progress(percent, note);
        body.put("outcome", outcome);
        body.put("reason", reason);
        return body;
    }
}
