package vn.doithoai.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/**
 * HTTP as a partner's generic tooling expects it, on the plans: If-Match: * writes whatever the current version is, a
 * query value that does not convert is a 400 naming the parameter, OPTIONS and 405 list exactly the methods the address
 * has, and a body value of the wrong JSON type is refused instead of converted.
 */
@QuarkusTest
class PlanHttpSemanticsTest {

    private static final String PLANS = "/api/v1/plans";
    private static final LocalDate TODAY = TestClock.today();

    private static long newPlan() {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(PlanResourceTest.draft(null, TODAY.plusDays(30))).post(PLANS).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void ifMatchStarWritesWhateverTheCurrentVersionIs() {
        long id = newPlan();
        Map<String, Object> changed = PlanResourceTest.draft(null, TODAY.plusDays(30));
        changed.put("title", "Đối thoại về nước sạch");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "*").body(changed)
                .put(PLANS + "/" + id).then().statusCode(200).body("title", is("Đối thoại về nước sạch"));
    }

    @Test
    void aQueryValueThatIsNoneOfTheEnumsIsA400NamingTheParameter() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("status", "NOT_A_STATUS").get(PLANS).then().statusCode(400)
                .contentType("application/problem+json").body("type", is("urn:problem-type:doithoai:validation"))
                .body("errors[0].field", is("status"));
    }

    @Test
    void optionsAnd405ListExactlyTheMethodsOfTheAddress() {
        long id = newPlan();
        given().auth().oauth2(TestTokens.vanphong()).options(PLANS + "/" + id).then().statusCode(204)
                .header("Allow", is("DELETE, GET, HEAD, OPTIONS, PUT"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body("{}").patch(PLANS + "/" + id).then()
                .statusCode(405).header("Allow", is("DELETE, GET, HEAD, PUT"));
    }

    @Test
    void aNumberWhereTheContractSaysTextIsRefused() {
        Map<String, Object> draft = PlanResourceTest.draft(null, TODAY.plusDays(30));
        draft.put("title", 123);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(draft).post(PLANS).then()
                .statusCode(400).body("type", is("urn:problem-type:doithoai:malformed-body"))
                .body("errors[0].field", is("title"));
    }
}
