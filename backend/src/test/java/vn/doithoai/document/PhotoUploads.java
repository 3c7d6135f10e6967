package vn.doithoai.document;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestRulings;
import vn.doithoai.testsupport.TestTokens;

/**
 * The two doors through which photos reach the decoder, opened as their users open them: an anonymous citizen who
 * has just sent an item and holds its tracking code, and a unit attaching photos to its progress report.
 */
final class PhotoUploads {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private PhotoUploads() {
    }

    /** An item sent anonymously: its id and tracking code. */
    record AnonymousItem(long id, String code) {
    }

    /** A progress report of the lead unit (phong-tnmt) on an issued ruling. */
    record Report(long plan, long ruling, long id) {

        String attachments() {
            return "/api/v1/plans/" + plan + "/rulings/" + ruling + "/progress/" + id + "/attachments";
        }
    }

    static long publishedPlan() {
        long id = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại ảnh hiện trường", "74", "Môi trường",
                List.of("Vệ sinh môi trường")).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    /** Sent with no account, from an address no other test sends from (the per-client limit stays this test's own). */
    static AnonymousItem anonymousItem(long plan) {
        int n = ADDRESSES.getAndIncrement();
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("title", "Bãi rác tự phát " + UUID.randomUUID());
        body.put("content", "Rác đổ ra lề đường, kèm ảnh hiện trường");
        body.put("wardCode", "phuong-ba-don");
        var json = given().contentType(ContentType.JSON).header("X-Forwarded-For", "10.93." + (n / 250) + "." + (n % 250 + 1))
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/plans/" + plan + "/feedback")
                .then().statusCode(201).extract().jsonPath();
        return new AnonymousItem(json.getLong("id"), json.getString("trackingCode"));
    }

    static Report report() {
        LocalDate today = TestClock.today();
        long plan = TestRulings.plan(today.minusDays(1), "Vệ sinh môi trường");
        TestRulings.hold(plan);
        long item = ((Number) TestRulings.item(plan, "Mương thoát nước " + UUID.randomUUID(), "Mương bị lấp", "phuong-ba-don")
                .get("id")).longValue();
        long ruling = TestRulings.ruling(plan, TestRulings.resolve(List.of(item), "Nạo vét mương " + UUID.randomUUID(), "phong-tnmt",
                today.plusDays(30)));
        TestRulings.issue(plan, ruling);
        long report = given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("percent", 20, "note", "Ảnh hiện trường trước khi nạo vét"))
                .post("/api/v1/plans/" + plan + "/rulings/" + ruling + "/progress").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        return new Report(plan, ruling, report);
    }

    /** As a browser sends a file: its bytes, the type it guesses from the name (which the server does not believe). */
    static Response toItem(AnonymousItem item, String fileName, byte[] content, String language) {
        RequestSpecification request = given().contentType("image/jpeg").header("X-Tracking-Code", item.code())
                .queryParam("fileName", fileName).body(content);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.post("/api/v1/feedback/" + item.id() + "/attachments");
    }

    static Response toReport(Report report, String fileName, byte[] content, String language) {
        RequestSpecification request = given().auth().oauth2(TestTokens.phongtnmt()).contentType("application/octet-stream")
                .queryParam("fileName", fileName).body(content);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.post(report.attachments());
    }
}
