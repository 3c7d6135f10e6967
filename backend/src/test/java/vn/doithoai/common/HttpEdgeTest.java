package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestTokens;

/**
 * CORS for the SPA's origin only, security headers; and the answers the server gives before a request reaches a
 * resource (a body, an address or headers too large, a failure inside Vert.x) are problem+json in the caller's language
 * like every other, which the client can read. Health and metrics: {@link ManagementInterfaceTest}.
 */
@QuarkusTest
class HttpEdgeTest {

    private static final int MB = 1024 * 1024;

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


    @Test
    void aTwelveMegabyteBodyIsA413ProblemTheClientReads() {
        byte[] twelveMegabytes = new byte[12 * MB];
        Arrays.fill(twelveMegabytes, (byte) 'a');
        problem(given().header("Accept-Language", "en").contentType(ContentType.JSON).body(twelveMegabytes)
                .when().post("/api/v1/plans/1/feedback").then(), 413, "payload-too-large")
                .body("title", is("Request body too large"))
                .body("detail", is("The body is larger than 11 MB, the most the server takes."));
        problem(given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.BINARY).body(twelveMegabytes)
                .when().post("/api/v1/feedback/1/attachments?fileName=anh.jpg").then(), 413, "payload-too-large")
                .body("title", is("Nội dung gửi lên quá lớn"));
    }

    @Test
    void aTwelveMegabyteBodySentInChunksIsA413ProblemToo() throws Exception {
        byte[] twelveMegabytes = new byte[12 * MB];
        Arrays.fill(twelveMegabytes, (byte) 'a');
        // Sent from a stream, the body goes in chunks: no Content-Length says in advance that it is too large.
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/org-units"))
                .header("Authorization", "Bearer " + TestTokens.quantri()).header("Content-Type", "application/json")
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twelveMegabytes))).build();
        HttpResponse<String> answer;
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            answer = client.send(request, HttpResponse.BodyHandlers.ofString());
        }
        assertEquals(413, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("\"type\":\"urn:problem-type:doithoai:payload-too-large\""), answer.body());
        // A body in chunks under the limit is read as usual.
        HttpRequest small = HttpRequest.newBuilder(request.uri()).header("Authorization", "Bearer " + TestTokens.quantri())
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{\"name\": \"x\"}".getBytes()))).build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> validated = client.send(small, HttpResponse.BodyHandlers.ofString());
            assertEquals(400, validated.statusCode());
            assertTrue(validated.body().contains("\"field\":\"code\""), validated.body());
        }
    }

    @Test
    void aCursorOfFiveThousandCharactersIsA414Problem() {
        String cursor = "a".repeat(5000);
        problem(given().auth().oauth2(TestTokens.vanphong()).queryParam("after", cursor).when().get("/api/v1/feedback").then(),
                414, "uri-too-long")
                .body("title", is("Địa chỉ quá dài"))
                .body("detail", is("Địa chỉ yêu cầu (kể cả tham số) dài quá 4096 ký tự."));
        problem(given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("after", cursor)
                .when().get("/api/v1/feedback").then(), 414, "uri-too-long")
                .body("detail", is("The request's address (with its parameters) is longer than 4096 characters."));
        // Under the limit, the cursor itself is judged (and refused: it is not one of ours).
        given().auth().oauth2(TestTokens.vanphong()).queryParam("after", "a".repeat(3000)).when().get("/api/v1/feedback")
                .then().statusCode(400).body("errors[0].field", is("after"));
    }

    @Test
    void anIdempotencyKeyOfTwentyThousandCharactersIsA431Problem() {
        String key = "k".repeat(20_000);
        problem(given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(Map.of("title", "x"))
                .when().post("/api/v1/plans/1/feedback").then(), 431, "headers-too-large")
                .body("title", is("Tiêu đề quá lớn"))
                .body("detail", is("Các tiêu đề của yêu cầu cộng lại vượt quá 16 KB."));
        problem(given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("title", "x")).when().post("/api/v1/plans/1/feedback").then(),
                431, "headers-too-large")
                .body("title", is("Headers too large"));
        // A long key under the limit reaches the API, which says what is wrong with it.
        given().auth().oauth2(TestTokens.vanphong()).header("Idempotency-Key", "k".repeat(5_000)).contentType(ContentType.JSON)
                .body(Map.of("title", "x")).when().post("/api/v1/plans/1/feedback")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aFailureInsideVertxIsA500ProblemWithoutInternals() {
        String body = problem(given().header("Accept-Language", "en").when().get("/test-only/vertx-boom").then(), 500, "internal")
                .body("detail", startsWith("Something unexpected went wrong. Incident: "))
                .extract().asString();
        assertFalse(body.contains("kaboom"), body);
    }

    /** The answer is the problem of that status and kind, with nothing of the server's insides. */
    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", is(status))
                .body("type", is("urn:problem-type:doithoai:" + type))
                .body(allOf(not(containsString("Exception")), not(containsString("\tat ")), not(containsString("io.vertx"))));
    }
}
