package vn.doithoai.common.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestTokens;

/** A token verified once is answered from memory afterwards: only that exact token, and only until it expires. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens tokens;

    @Test
    void aVerifiedTokenWithOtherClaimsPastedInIsRefused() {
        String citizen = TestTokens.congdan();
        given().auth().oauth2(citizen).get("/api/v1/me").then().statusCode(200).body("username", is("congdan"));
        assertNotNull(tokens.find(citizen), "kept once verified");
        String[] parts = citizen.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String office = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"citizen\"", "\"secretariat\"").getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(parts[0] + "." + office + "." + parts[2]).get("/api/v1/me").then().statusCode(401);
        String badSignature = parts[0] + "." + parts[1] + "." + (parts[2].charAt(10) == 'A' ? parts[2].replaceFirst("^(.{10}).", "$1B")
                : parts[2].replaceFirst("^(.{10}).", "$1A"));
        given().auth().oauth2(badSignature).get("/api/v1/me").then().statusCode(401);
        assertNull(tokens.find(badSignature));
        given().auth().oauth2(citizen).get("/api/v1/me").then().statusCode(200).body("username", is("congdan"));
    }

    @Test
    void eachTokenStaysItsOwnCaller() {
        String office = TestTokens.vanphong();
        String ward = TestTokens.phuongbadon();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(office).get("/api/v1/me").then().statusCode(200).body("username", is("vanphong"));
            given().auth().oauth2(ward).get("/api/v1/me").then().statusCode(200).body("username", is("phuongbadon"));
        }
    }

    @Test
    void aVerifiedTokenStopsWorkingWhenItExpires() throws InterruptedException {
        String shortLived = TestTokens.builder("vanphong", "Trần Văn Phòng", List.of("secretariat"), "vp-thi-uy", null).expiresIn(3)
                .sign();
        given().auth().oauth2(shortLived).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(shortLived).get("/api/v1/me").then().statusCode(200);
        assertNotNull(tokens.find(shortLived));
        Thread.sleep(4_500);
        assertNull(tokens.find(shortLived), "gone when the token expires");
        given().auth().oauth2(shortLived).get("/api/v1/me").then().statusCode(401);
    }
}
