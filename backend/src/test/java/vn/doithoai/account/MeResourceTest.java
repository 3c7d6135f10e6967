package vn.doithoai.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestTokens;

@QuarkusTest
class MeResourceTest {

    @Test
    void theOfficeSeesItsUnit() {
        given().auth().oauth2(TestTokens.vanphong())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", is("vanphong"))
                .body("name", is("Trần Văn Phòng"))
                .body("roles", contains("secretariat"))
                .body("orgUnit.code", is("vp-thi-uy"))
                .body("orgUnit.name", is("Văn phòng Thị ủy"))
                .body("ward", nullValue());
    }

    @Test
    void aCitizenSeesTheirWard() {
        given().auth().oauth2(TestTokens.congdan())
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("citizen"))
                .body("ward.code", is("phuong-ba-don"))
                .body("ward.name", is("Phường Ba Đồn"))
                .body("orgUnit", nullValue());
    }

    @Test
    void rolesTheProductDoesNotKnowAreLeftOut() {
        String token = TestTokens.token("someone", null, List.of("offline_access", "unit", "uma_authorization"),
                "unknown-unit", null);
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("unit"))
                .body("name", nullValue())
                .body("orgUnit.code", is("unknown-unit"));
    }

    @Test
    void anonymousIsNotSomebody() {
        given().when().get("/api/v1/me").then().statusCode(401);
    }
}
