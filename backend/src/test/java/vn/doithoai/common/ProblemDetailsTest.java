package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.testsupport.TestTokens;

/** Every failure answers RFC 9457 problem+json, localised, without internals. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void unknownPathIs404() {
        given().auth().oauth2(TestTokens.vanphong())
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", is("Không tìm thấy")).body("status", is(404))
                .body("instance", is("/api/v1/no-such-thing"));
        given().header("Accept-Language", "en").when().get("/nowhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", is("Not found"));
    }

    @Test
    void wrongMethodIs405() {
        given().auth().oauth2(TestTokens.quantri())
                .when().patch("/api/v1/org-units/tree")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", is("urn:problem-type:doithoai:method-not-allowed"))
                .header("Allow", is("GET, HEAD"));
        // An address with a parameter, several methods declared on it.
        given().auth().oauth2(TestTokens.quantri())
                .when().post("/api/v1/org-units/ba-don")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", is("DELETE, GET, HEAD, PUT"));
    }

    @Test
    void unacceptableFormatIs406() {
        given().auth().oauth2(TestTokens.vanphong()).accept("application/xml")
                .when().get("/api/v1/org-units/tree")
                .then().statusCode(406).contentType("application/problem+json");
    }

    @Test
    void unsupportedBodyTypeIs415() {
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.XML).body("<unit/>")
                .when().post("/api/v1/org-units")
                .then().statusCode(415).contentType("application/problem+json")
                .body("title", is("Kiểu nội dung không được hỗ trợ"));
    }

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).body("{\"code\": \"x\", ")
                .when().post("/api/v1/org-units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:problem-type:doithoai:malformed-body"))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("Exception")));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body("{\"code\": \"thon-x\", \"name\": \"Thôn X\", \"kind\": \"CASTLE\", \"parentCode\": \"xa-quang-hoa\"}")
                .when().post("/api/v1/org-units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("kind"))
                .body(not(containsString("vn.doithoai")));
    }

    @Test
    void anInvalidTokenIs401() {
        String signedForAnotherApi = TestTokens.builder("vanphong", "x", List.of("secretariat"), null, null)
                .audience("another-api").sign();
        String expired = TestTokens.builder("vanphong", "x", List.of("secretariat"), null, null)
                .issuedAt(1_600_000_000L).expiresAt(1_600_000_300L).sign();
        String foreignIssuer = TestTokens.builder("vanphong", "x", List.of("secretariat"), null, null)
                .issuer("https://evil.example.com").sign();
        for (String token : List.of(signedForAnotherApi, expired, foreignIssuer, "not-a-jwt")) {
            given().auth().oauth2(token).header("Accept-Language", "en")
                    .when().get("/api/v1/org-units/tree")
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"))
                    .body("detail", is("Your session is invalid or has expired. Please sign in again."));
        }
    }

    @Test
    void anUnexpectedFailureIs500WithAnIncidentIdAndNoInternals() {
        given().header("Accept-Language", "en")
                .when().get("/api/v1/test-only/boom")
                .then().statusCode(500).contentType("application/problem+json")
                .body("title", is("Internal error"))
                .body("detail", allOf(startsWith("Something unexpected went wrong. Incident: "), not(containsString("kaboom"))))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at vn.")));
    }

    @Test
    void vietnameseIsTheDefaultAndEnglishIsChosenByAcceptLanguage() {
        given().when().get("/api/v1/org-units").then().statusCode(401)
                .header("Content-Language", "vi").body("title", is("Chưa đăng nhập"));
        given().header("Accept-Language", "fr-FR, en;q=0.5").when().get("/api/v1/org-units").then().statusCode(401)
                .header("Content-Language", "en").body("title", is("Not signed in"));
        given().header("Accept-Language", "vi-VN").when().get("/api/v1/org-units").then().statusCode(401)
                .body("detail", notNullValue()).body("title", is("Chưa đăng nhập"));
    }
}
