package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestTokens;

/** CORS for the SPA's origin only, security headers. Health and metrics: {@link ManagementInterfaceTest}. */
@QuarkusTest
class HttpEdgeTest {

    @Test
    void theSpaOriginMayCallTheApi() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options("/api/v1/org-units/ba-don")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));
        given().auth().oauth2(TestTokens.vanphong()).header("Origin", "http://localhost:5173")
                .when().get("/api/v1/org-units/ba-don")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void anotherOriginIsNotAllowed() {
        given().header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/org-units")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void answersCarrySecurityHeaders() {
        given().auth().oauth2(TestTokens.vanphong())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Cache-Control", "no-store");
        // Error answers too.
        given().when().get("/api/v1/me").then().statusCode(401).header("X-Content-Type-Options", "nosniff");
    }
}
