package vn.doithoai.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;

/** The demo data's plans, found the way the office would find them, whatever other tests have created. */
public final class DemoPlans {

    private DemoPlans() {
    }

    /** Plan 61-KH/ThU of 20/10/2022, the seed: found by its number and symbol, which no test plan uses. */
    public static long plan61() {
        List<Long> ids = given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "61-KH/ThU").get("/api/v1/plans").then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class);
        if (ids.size() != 1) {
            throw new AssertionError("the demo data holds exactly one plan 61-KH/ThU, found " + ids);
        }
        return ids.get(0);
    }
}
