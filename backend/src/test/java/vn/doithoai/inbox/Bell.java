package vn.doithoai.inbox;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.testsupport.TestTokens;

/** The bell as a test reads it: a fresh unit of the Ba Đồn body, its officers, and what each of them finds. */
public final class Bell {

    private Bell() {
    }

    /** A department of the Ba Đồn body no other test uses, so its bell holds only what this test caused. */
    public static String freshUnit() {
        String code = "phong-chuong-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Phòng thử chuông " + code.substring(13), "kind", "DEPARTMENT", "parentCode",
                        "ubnd"))
                .post("/api/v1/org-units").then().log().ifValidationFails().statusCode(201);
        return code;
    }

    /** An officer of the unit, in the Ba Đồn body. */
    public static String officer(String unit, String username) {
        return TestTokens.token(username, "Cán bộ " + username, List.of("unit"), unit, null);
    }

    public static JsonPath inbox(String token) {
        return given().auth().oauth2(token).queryParam("size", 100).get("/api/v1/me/notifications").then().statusCode(200).extract()
                .jsonPath();
    }

    /** The kinds of the caller's notifications about one subject, newest first. */
    public static List<String> kindsAbout(String token, String subject, long subjectId) {
        return inbox(token).<Map<String, Object>>getList("items").stream()
                .filter(n -> subject.equals(n.get("subject")) && ((Number) n.get("subjectId")).longValue() == subjectId)
                .map(n -> (String) n.get("kind")).toList();
    }
}
