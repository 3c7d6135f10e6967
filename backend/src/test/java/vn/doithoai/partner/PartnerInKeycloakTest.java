package vn.doithoai.partner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.DevRealmKeycloak;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;

/**
 * Partner systems against the real Keycloak with the dev realm: the demo partner doithoai-integration gets a token with
 * the client-credentials grant and reads and sends for Ba Đồn, whose registered partners it is among; a body's administrator registers a partner from the app
 * (the backend creates the Keycloak client as doithoai-admin), whose own token then carries its body and scopes, and
 * rotates its secret, after which the old one is refused by Keycloak.
 *
 * <p>Tagged "keycloak": run by {@code scripts/test.sh keycloak}. By hand: {@code ./mvnw test -Dtest=PartnerInKeycloakTest
 * -Dkeycloak.exclude=none -Dgroups=keycloak}.
 */
@Tag("keycloak")
@QuarkusTest
@QuarkusTestResource(value = DevRealmKeycloak.class, restrictToAnnotatedClass = true)
class PartnerInKeycloakTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BA_DON = "dang-uy-phuong-ba-don";
    private static final String BAC_GIANH = "dang-uy-phuong-bac-gianh";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theDemoPartnerReadsAndSendsForBaDonWithItsClientCredentialsToken() throws Exception {
        String partner = clientToken("doithoai-integration", "doithoai-integration-dev-secret");
        JsonNode claims = claims(partner);
        assertEquals(BA_DON, claims.path("body").asText(), claims.toString());
        assertEquals("doithoai-integration", claims.path("azp").asText());
        List<String> scopes = new ArrayList<>();
        claims.path("resource_access").path("doithoai-api").path("roles").forEach(r -> scopes.add(r.asText()));
        assertTrue(scopes.containsAll(List.of("plans:read", "feedback:read", "feedback:write", "rulings:read", "statistics:read"))
                && !scopes.contains("personal-data:read"), scopes.toString());

        String office = login("vanphong");
        long plan = TestPlans.create(office, "commune-2025", "COMMUNE", "phuong-ba-don", "KH-UBND", "Hội trường UBND phường",
                TestClock.today().plusDays(30), "Đối thoại với đối tác", "73", "Tích hợp", List.of("Hạ tầng")).getLong("id");
        TestPlans.publish(plan, office, login("bithu"));

        as(partner).get("/api/v1/plans?size=100").then().statusCode(200).body("items.id", hasItem((int) plan));
        Map<String, Object> item = Map.of("kind", "PETITION", "title", "Đường tổ 5 xuống cấp", "content", "Chuyển từ Cổng PAKN.",
                "externalReference", "PAKN-" + UUID.randomUUID());
        long id = as(partner).body(item).post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
        as(partner).body(item).post("/api/v1/plans/" + plan + "/feedback").then().statusCode(200).body("id", is((int) id));
        as(partner).get("/api/v1/feedback/" + id).then().statusCode(200).body("channel", is("PARTNER"))
                .body("partner", is("doithoai-integration"));
        as(partner).get("/api/v1/plans/" + plan + "/rulings").then().statusCode(200);
        // It is one of Ba Đồn's registered partners (so the body's webhooks may name it), as one registered from the app.
        as(login("quantri")).get("/api/v1/bodies/" + BA_DON + "/partners").then().statusCode(200)
                .body("clientId", hasItem("doithoai-integration"));
    }

    @Test
    void aBodysAdministratorRegistersAPartnerAndRotatesItsSecret() throws Exception {
        String admin = login("quantri2");
        String clientId = "cong-thu-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode registered = JSON.readTree(as(admin).body(Map.of("clientId", clientId, "name", "Cổng thử", "scopes", List.of("plans:read")))
                .post("/api/v1/bodies/" + BAC_GIANH + "/partners").then().statusCode(201).extract().asString());
        String secret = registered.path("clientSecret").asText();
        assertEquals(List.of("plans:read"), List.of(registered.path("partner").path("scopes").path(0).asText()));

        String token = clientToken(clientId, secret);
        JsonNode claims = claims(token);
        assertEquals(BAC_GIANH, claims.path("body").asText(), claims.toString());
        assertTrue(claims.path("realm_access").path("roles").toString().contains("integration"), claims.toString());
        as(token).get("/api/v1/plans").then().statusCode(200);
        as(token).get("/api/v1/feedback").then().statusCode(403);

        as(admin).get("/api/v1/bodies/" + BAC_GIANH + "/partners").then().statusCode(200).body("clientId", hasItem(clientId));
        // Another body's administrator does not find it, nor its body's partners.
        as(login("quantri2")).get("/api/v1/bodies/" + BA_DON + "/partners").then().statusCode(404);

        String rotated = JSON.readTree(as(admin).post("/api/v1/bodies/" + BAC_GIANH + "/partners/" + clientId + "/secret").then()
                .statusCode(200).extract().asString()).path("clientSecret").asText();
        assertNotEquals(secret, rotated);
        assertEquals(401, post(tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
                .statusCode(), "the old secret no longer works");
        clientToken(clientId, rotated);

        as(admin).body(Map.of("scopes", List.of("plans:read", "feedback:read"))).put("/api/v1/bodies/" + BAC_GIANH + "/partners/" + clientId
                + "/scopes").then().statusCode(200).body("scopes", is(List.of("feedback:read", "plans:read")));
        as(clientToken(clientId, rotated)).get("/api/v1/feedback").then().statusCode(200);
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Accept-Language", "vi");
    }

    private String login(String username) throws Exception {
        HttpResponse<String> r = post(tokenUrl(), Map.of("grant_type", "password", "client_id", "doithoai-cli", "username", username,
                "password", "demo"));
        assertEquals(200, r.statusCode(), username + ": " + r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private String clientToken(String clientId, String secret) throws Exception {
        HttpResponse<String> r = post(tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertEquals(200, r.statusCode(), clientId + ": " + r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private static String tokenUrl() {
        return DevRealmKeycloak.base() + "/realms/doithoai/protocol/openid-connect/token";
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
