package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;
import static vn.doithoai.followup.FollowUpTestSupport.outcome;
import static vn.doithoai.followup.FollowUpTestSupport.path;
import static vn.doithoai.followup.FollowUpTestSupport.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/** The percentage a lead unit reports says the same range as the form's hint: 0 to 99 while work goes on. */
@QuarkusTest
class FollowUpPercentTest {

    private static final LocalDate TODAY = TestClock.today();

    @Test
    void workInProgressIsZeroToNinetyNineInBothLanguages() {
        long plan = heldPlan(TODAY, 3);
        long ruling = issued(plan, "RESOLVE", List.of(item(plan, null, null, null)), "phong-tnmt", List.of(), TODAY.plusDays(20),
                "Tỉ lệ " + UUID.randomUUID());
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(progress(150, "Đang làm"))
                .post(path(plan, ruling)).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("percent"))
                .body("errors[0].message", is("Tỉ lệ hoàn thành khi đang thực hiện từ 0 đến 99%; khi xong, chọn \"Đã giải quyết xong\"."));
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", "\"1\"").header("Accept-Language", "en")
                .body(progress(-1, "Đang làm")).post(path(plan, ruling)).then().statusCode(400)
                .body("errors[0].message", is("Work in progress is from 0 to 99% done; once done, choose \"Resolved\"."));
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(outcome("CANNOT_RESOLVE", 101, null, "Thiếu vốn")).post(path(plan, ruling)).then().statusCode(400)
                .body("errors[0].message", is("Tỉ lệ hoàn thành từ 0 đến 100%."));
        // Nothing changed: the ruling still takes its first report.
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(progress(99, "Gần xong"))
                .post(path(plan, ruling)).then().statusCode(201);
    }
}
