package vn.doithoai.privacy.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** The change audit of any record, read in the app by those who read its body. */
@QuarkusTest
class AuditTrailResourceTest {

    @Test
    void aPlansTrailIsReadByItsBodyAndNoOtherBody() {
        long plan = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại lịch sử thay đổi", "73", "Môi trường",
                List.of("Rác thải")).getLong("id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/audit-trail/Plan/" + plan).then().statusCode(200)
                .body("[0].action", is("created")).body("[0].actor", is("vanphong")).body("[0].at", notNullValue());
        given().auth().oauth2(TestTokens.quantri()).get("/api/v1/audit-trail/Plan/" + plan).then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong2()).get("/api/v1/audit-trail/Plan/" + plan).then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/audit-trail/Nothing/" + plan).then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/audit-trail/Staff/someone").then().statusCode(404);
        given().auth().oauth2(TestTokens.congdan()).get("/api/v1/audit-trail/Plan/" + plan).then().statusCode(403);
    }
}
