package vn.doithoai.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.DemoPlans;
import vn.doithoai.testsupport.TestTokens;

/** session-v1: plan 61's session as recorded on 25/11/2022. */
@QuarkusTest
class SessionDemoDataTest {

    @Test
    void plan61HasItsSessionRecorded() {
        long plan = DemoPlans.plan61();
        given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + plan + "/session").then().statusCode(200)
                .body("started", is(true)).body("endedAt", notNullValue()).body("agenda.state", everyItem(is("DONE")))
                .body("speakers", hasSize(6)).body("speakers.status", everyItem(is("DONE")))
                .body("speakers.source", hasItem("FLOOR")).body("speakers.source", hasItem("REGISTERED"))
                .body("speakers[0].participationId", notNullValue()).body("speakers[0].items", hasSize(1))
                .body("counts.newItems", is(4)).body("answers", hasSize(6))
                .body("answers.answeredBy", hasItem("Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND thị xã"))
                .body("answers.unit.code", hasItem("phong-tnmt"));
    }
}
