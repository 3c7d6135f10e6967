package vn.doithoai.staff;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import vn.doithoai.common.audit.AuditEntry;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.DevRealmKeycloak;
import vn.doithoai.testsupport.SmtpSink;

/**
 * Staff administration against the real Keycloak with the dev realm: the backend verifies Keycloak's own tokens (the
 * demo users log in with the password grant of doithoai-cli) and changes accounts through Keycloak's Admin API as
 * doithoai-admin; what it did is read back from Keycloak itself, and the invitations from the mail Keycloak sent.
 *
 * <p>Tagged "keycloak": left out of the backend stage, run by {@code scripts/test.sh keycloak} (one Keycloak start for
 * the whole class). By hand: {@code ./mvnw test -Dtest=StaffAdministrationInKeycloakTest -Dkeycloak.exclude=none
 * -Dgroups=keycloak}.
 */
@Tag("keycloak")
@QuarkusTest
@QuarkusTestResource(value = DevRealmKeycloak.class, restrictToAnnotatedClass = true)
class StaffAdministrationInKeycloakTest {

    private static final String BA_DON = "dang-uy-phuong-ba-don";
    private static final String BAC_GIANH = "dang-uy-phuong-bac-gianh";
    private static final String PASSWORD = "mat-khau-moi-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Inject
    AuditLog audit;

    // ------------------------------------------------------------------ the realm's demo users and claims

    @Test
    void theDemoUsersCarryTheirBodyAndTheInstallationsAdministratorNone() throws Exception {
        assertEquals(BAC_GIANH, claims(login("quantri2")).path("body").asText());
        assertEquals(BAC_GIANH, claims(login("vanphong2")).path("body").asText());
        assertEquals("tinh-uy-quang-tri", claims(login("vptinh")).path("body").asText());
        assertEquals(BA_DON, claims(login("vanphong")).path("body").asText());
        assertTrue(claims(login("quantri")).path("body").isMissingNode(), "the installation's administrator has no body");
        assertTrue(claims(login("congdan")).path("body").isMissingNode(), "citizens have no body");
        JsonNode partner = claims(clientToken("doithoai-integration", "doithoai-integration-dev-secret"));
        assertEquals(BA_DON, partner.path("body").asText(), "the partner system acts for the Ba Đồn body");
    }

    // ------------------------------------------------------------------ founding a body

    @Test
    void theInstallationsAdministratorFoundsABodyAndItsFirstAdministratorGetsAnInvitation() throws Exception {
        String code = "dang-uy-thu-" + random();
        String email = "bithu-" + random() + "@doithoai.test";
        Response created = as(login("quantri")).body(newBody(code, email)).post("/api/v1/bodies");
        created.then().statusCode(201).header("Location", containsString("/api/v1/bodies/" + code))
                .body("body.code", is(code)).body("body.locality.code", is("xa-nam-gianh"))
                .body("administrator.roles", contains("admin")).body("administrator.invited", is(true))
                .body("administrator.fullName", is("Trương Thị Ngọc Lan"));
        String id = created.jsonPath().getString("administrator.id");

        JsonNode user = adminApi("GET", "/users/" + id);
        assertEquals(code, user.path("attributes").path("body").path(0).asText(), user.toString());
        assertEquals("Trương Thị Ngọc", user.path("firstName").asText(), "family and middle names first");
        assertEquals("Lan", user.path("lastName").asText());
        assertTrue(user.path("requiredActions").toString().contains("UPDATE_PASSWORD"), user.toString());
        assertEquals(List.of("admin"), bodyRoles(id));

        SmtpSink.Mail mail = DevRealmKeycloak.mail().awaitMailTo(email, SmtpSink.MAIL_WAIT).orElseThrow(
                () -> new AssertionError("Keycloak sent no invitation to " + email));
        assertTrue(mail.link(DevRealmKeycloak.base() + "/realms/doithoai/login-actions/action-token").isPresent(), mail.decoded());

        as(login("quantri")).get("/api/v1/org-units/" + code).then().statusCode(200);
        as(login("quantri")).get("/api/v1/bodies").then().statusCode(200).body("code", hasItem(code));
        assertEquals(List.of("invited"), actions(id));
        assertEquals("quantri", audit.trail(StaffService.AUDIT_TYPE, id).getFirst().actor);
        assertEquals(List.of("created"), audit.trail("OrgUnit", code).stream().map(e -> e.action).toList());
    }

    @Test
    void whenKeycloakRefusesTheAdministratorNoBodyIsLeft() throws Exception {
        String code = "dang-uy-bi-tu-choi-" + random();
        // The address of an existing account: Keycloak refuses a second one (409), after the body was written.
        as(login("quantri")).body(newBody(code, "vanphong@doithoai.example")).post("/api/v1/bodies").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("đã được dùng"));
        as(login("quantri")).get("/api/v1/org-units/" + code).then().statusCode(404);
        assertTrue(audit.trail("OrgUnit", code).isEmpty(), "nothing audited for a body that is not there");
    }

    @Test
    void aBodysAdministratorFoundsNoBody() throws Exception {
        String code = "dang-uy-khong-duoc-" + random();
        as(login("quantri2")).body(newBody(code, "x-" + random() + "@doithoai.test")).post("/api/v1/bodies").then().statusCode(403);
        as(login("vanphong")).body(newBody(code, "y-" + random() + "@doithoai.test")).post("/api/v1/bodies").then().statusCode(403);
        as(login("quantri")).get("/api/v1/org-units/" + code).then().statusCode(404);
    }

    // ------------------------------------------------------------------ a body's administrator and their people

    @Test
    void aBodysAdministratorInvitesChangesRolesDisablesAndEnablesEveryStepAudited() throws Exception {
        String admin = login("quantri2");
        String email = "vanphong-moi-" + random() + "@doithoai.test";
        Response invited = as(admin).body(Map.of("fullName", "Phan Văn Đức", "email", email, "roles", List.of("secretariat")))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff");
        invited.then().statusCode(201).body("roles", contains("secretariat")).body("invited", is(true))
                .body("pendingActions", contains("UPDATE_PASSWORD"));
        String id = invited.jsonPath().getString("id");
        assertEquals(List.of("secretariat"), bodyRoles(id));
        assertEquals(BAC_GIANH, adminApi("GET", "/users/" + id).path("attributes").path("body").path(0).asText());
        assertTrue(DevRealmKeycloak.mail().awaitMailTo(email, SmtpSink.MAIL_WAIT).isPresent(), "the invitation e-mail");

        as(admin).queryParam("size", "100").get("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(200)
                .body("items.username", hasItem(email)).body("items.username", hasItem("quantri2"))
                .body("items.username", not(hasItem("vanphong")));

        String etag = as(admin).get("/api/v1/bodies/" + BAC_GIANH + "/staff/" + id).then().statusCode(200).extract().header("ETag");
        Map<String, Object> toUnit = Map.of("roles", List.of("unit"), "orgUnitCode", "phong-kinh-te-phuong-bac-gianh");
        as(admin).header("If-Match", etag).body(toUnit).put("/api/v1/bodies/" + BAC_GIANH + "/staff/" + id + "/roles").then()
                .statusCode(200).body("roles", contains("unit")).body("orgUnit.code", is("phong-kinh-te-phuong-bac-gianh"));
        assertEquals(List.of("unit"), bodyRoles(id));
        assertEquals("phong-kinh-te-phuong-bac-gianh", adminApi("GET", "/users/" + id).path("attributes").path("org_unit").path(0).asText());
        // The same If-Match again: the person changed since it was read.
        as(admin).header("If-Match", etag).body(Map.of("roles", List.of("chair"))).put("/api/v1/bodies/" + BAC_GIANH + "/staff/" + id + "/roles")
                .then().statusCode(412);
        assertEquals(List.of("unit"), bodyRoles(id));

        as(admin).post("/api/v1/bodies/" + BAC_GIANH + "/staff/" + id + "/disable").then().statusCode(200).body("enabled", is(false));
        assertFalse(adminApi("GET", "/users/" + id).path("enabled").asBoolean());
        as(admin).post("/api/v1/bodies/" + BAC_GIANH + "/staff/" + id + "/enable").then().statusCode(200).body("enabled", is(true));
        assertTrue(adminApi("GET", "/users/" + id).path("enabled").asBoolean());

        assertEquals(List.of("invited", "roles-changed", "disabled", "enabled"), actions(id));
        List<AuditEntry> trail = audit.trail(StaffService.AUDIT_TYPE, id);
        assertTrue(trail.stream().allMatch(e -> e.actor.equals("quantri2")), "every step by quantri2");
        assertTrue(trail.get(1).changes.contains("\"secretariat\"") && trail.get(1).changes.contains("\"unit\""), trail.get(1).changes);
    }

    @Test
    void aBodysAdministratorCannotSeeNorTouchAnotherBodysPeople() throws Exception {
        String admin = login("quantri2");
        String vanphong = userId("vanphong");
        as(admin).get("/api/v1/bodies/" + BA_DON + "/staff").then().statusCode(404);
        as(admin).get("/api/v1/bodies/" + BA_DON).then().statusCode(404);
        as(admin).body(Map.of("fullName", "Lê Văn Tám", "email", "tam-" + random() + "@doithoai.test", "roles", List.of("secretariat")))
                .post("/api/v1/bodies/" + BA_DON + "/staff").then().statusCode(404);
        // Body 1's person named under body 2's path, or under their own body's: not found either way.
        as(admin).get("/api/v1/bodies/" + BAC_GIANH + "/staff/" + vanphong).then().statusCode(404);
        as(admin).post("/api/v1/bodies/" + BAC_GIANH + "/staff/" + vanphong + "/disable").then().statusCode(404);
        as(admin).post("/api/v1/bodies/" + BA_DON + "/staff/" + vanphong + "/disable").then().statusCode(404);
        as(admin).header("If-Match", "\"1\"").body(Map.of("roles", List.of("admin")))
                .put("/api/v1/bodies/" + BAC_GIANH + "/staff/" + vanphong + "/roles").then().statusCode(404);
        assertTrue(adminApi("GET", "/users/" + vanphong).path("enabled").asBoolean());
        assertEquals(List.of("secretariat"), bodyRoles(vanphong));
        // Other staff administer nobody.
        as(login("vanphong2")).get("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(403);
        // The installation's administrator sees body 1's people, and no partner system's account among them.
        as(login("quantri")).queryParam("size", "100").get("/api/v1/bodies/" + BA_DON + "/staff").then().statusCode(200)
                .body("items.username", hasItem("vanphong")).body("items.username", not(hasItem("service-account-doithoai-integration")))
                .body("items.username", not(hasItem("quantri2")));
    }

    @Test
    void onlyTheBodysRolesAreGivenAndAnAdministratorKeepsTheirOwn() throws Exception {
        String admin = login("quantri2");
        String email = "nguoi-" + random() + "@doithoai.test";
        as(admin).body(Map.of("fullName", "Võ Thị Hạnh", "email", email, "roles", List.of("citizen", "secretariat")))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(400).body("errors[0].field", is("roles[0]"));
        assertTrue(adminApi("GET", "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8)).isEmpty(),
                "no account for a refused invitation");

        String id = as(admin).body(Map.of("fullName", "Võ Thị Hạnh", "email", email, "roles", List.of("chair")))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(201).extract().path("id");
        String etag = as(admin).get("/api/v1/bodies/" + BAC_GIANH + "/staff/" + id).then().extract().header("ETag");
        as(admin).header("If-Match", etag).body(Map.of("roles", List.of("integration")))
                .put("/api/v1/bodies/" + BAC_GIANH + "/staff/" + id + "/roles").then().statusCode(400);
        assertEquals(List.of("chair"), bodyRoles(id));

        // The same e-mail again, and an address of another body's person: 409, whose it is unsaid.
        as(admin).body(Map.of("fullName", "Võ Thị Hạnh", "email", email, "roles", List.of("chair")))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(409);
        as(admin).body(Map.of("fullName", "Ai Đó", "email", "vanphong@doithoai.example", "roles", List.of("chair")))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(409)
                .body("detail", not(containsString("Ba Đồn"))).body("detail", not(containsString("vanphong")));

        String self = userId("quantri2");
        String own = as(admin).get("/api/v1/bodies/" + BAC_GIANH + "/staff/" + self).then().statusCode(200).extract().header("ETag");
        as(admin).header("If-Match", own).body(Map.of("roles", List.of("secretariat")))
                .put("/api/v1/bodies/" + BAC_GIANH + "/staff/" + self + "/roles").then().statusCode(409);
        as(admin).post("/api/v1/bodies/" + BAC_GIANH + "/staff/" + self + "/disable").then().statusCode(409);
        assertEquals(List.of("admin"), bodyRoles(self));
        assertTrue(adminApi("GET", "/users/" + self).path("enabled").asBoolean());
    }

    /** The invited person sets a password through the e-mail's link and then has the rights given, and no others. */
    @Test
    void theInvitedPersonSetsAPasswordAndLogsInWithOnlyTheRightsGiven() throws Exception {
        String email = "moi-" + random() + "@doithoai.test";
        as(login("quantri2")).body(Map.of("fullName", "Hoàng Minh Châu", "email", email, "roles", List.of("secretariat")))
                .post("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(201);
        SmtpSink.Mail mail = DevRealmKeycloak.mail().awaitMailTo(email, SmtpSink.MAIL_WAIT).orElseThrow();
        String link = mail.link(DevRealmKeycloak.base() + "/realms/doithoai/login-actions/action-token").orElseThrow();

        new Browser().choosePassword(link, PASSWORD);

        String token = login(email, PASSWORD);
        JsonNode claims = claims(token);
        assertEquals(BAC_GIANH, claims.path("body").asText());
        List<String> roles = new ArrayList<>();
        claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
        assertTrue(roles.contains("secretariat") && !roles.contains("admin") && !roles.contains("chair"), roles.toString());

        as(token).get("/api/v1/bodies/" + BAC_GIANH + "/staff").then().statusCode(403);
        long plan61 = as(login("vanphong")).queryParam("q", "61-KH/ThU").get("/api/v1/plans").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        as(token).get("/api/v1/plans/" + plan61).then().statusCode(404);
        List<String> bodies = as(token).queryParam("size", "100").get("/api/v1/plans").then().statusCode(200).extract().jsonPath()
                .getList("items.body.code", String.class);
        assertTrue(bodies.stream().allMatch(BAC_GIANH::equals), "only body 2's plans: " + bodies);
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> newBody(String code, String email) {
        return Map.of("code", code, "name", "Đảng ủy thử " + code, "kind", "PARTY_COMMITTEE", "localityCode", "xa-nam-gianh",
                "administrator", Map.of("fullName", "Trương Thị Ngọc Lan", "email", email));
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Accept-Language", "vi")
                .header("X-Forwarded-For", "10.77.0." + (1 + Math.floorMod(token.hashCode(), 250)));
    }

    private List<String> actions(String id) {
        return audit.trail(StaffService.AUDIT_TYPE, id).stream().map(e -> e.action).toList();
    }

    private String login(String username) throws Exception {
        return login(username, "demo");
    }

    /** The password grant of the dev realm's doithoai-cli: a real access token of Keycloak's. */
    private String login(String username, String password) throws Exception {
        HttpResponse<String> r = post(tokenUrl(), Map.of("grant_type", "password", "client_id", "doithoai-cli",
                "username", username, "password", password));
        assertEquals(200, r.statusCode(), username + ": " + r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private String clientToken(String clientId, String secret) throws Exception {
        HttpResponse<String> r = post(tokenUrl(), Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        assertEquals(200, r.statusCode(), clientId + ": " + r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    /** Keycloak's Admin API, read as the backend's own client: what the backend did, seen from Keycloak. */
    private JsonNode adminApi(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(DevRealmKeycloak.base() + "/admin/realms/doithoai" + path))
                .header("Authorization", "Bearer " + clientToken("doithoai-admin", DevRealmKeycloak.ADMIN_CLIENT_SECRET))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), method + " " + path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    private List<String> bodyRoles(String id) throws Exception {
        List<String> roles = new ArrayList<>();
        adminApi("GET", "/users/" + id + "/role-mappings/realm").forEach(r -> roles.add(r.path("name").asText()));
        roles.retainAll(List.of("admin", "secretariat", "chair", "unit", "ward", "citizen", "integration"));
        return roles;
    }

    private String userId(String username) throws Exception {
        JsonNode found = adminApi("GET", "/users?exact=true&username=" + username);
        assertEquals(1, found.size(), username);
        return found.path(0).path("id").asText();
    }

    private static String tokenUrl() {
        return DevRealmKeycloak.base() + "/realms/doithoai/protocol/openid-connect/token";
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static JsonNode claims(String jwt) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static String random() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A browser as far as Keycloak's pages need one: cookies, links and forms, no JavaScript. */
    private final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        /** Follows the invitation's link through Keycloak's pages until the new password is set. */
        void choosePassword(String link, String password) throws Exception {
            HttpResponse<String> page = open(link);
            for (int step = 0; step < 8; step++) {
                String body = page.body();
                if (body.contains("name=\"password-new\"")) {
                    Matcher form = Pattern.compile("(?s)<form[^>]*action=\"([^\"]+)\"").matcher(body);
                    assertTrue(form.find(), body);
                    HttpResponse<String> done = submit(form.group(1).replace("&amp;", "&"),
                            Map.of("password-new", password, "password-confirm", password));
                    assertFalse(done.body().contains("name=\"password-new\""), "the new password was refused:\n" + done.body());
                    return;
                }
                String next = page.headers().firstValue("Location").orElse(null);
                if (next == null) {
                    // The page's own way on ("Tiếp tục"), not the header's language links, which lead there too.
                    Matcher proceed = Pattern.compile("(?s)id=\"kc-info-message\".*?href=\"([^\"]*login-actions/[^\"]*)\"").matcher(body);
                    assertTrue(proceed.find(), "no way on from Keycloak's page:\n" + body);
                    next = proceed.group(1).replace("&amp;", "&");
                }
                page = open(URI.create(link).resolve(next).toString());
            }
            throw new AssertionError("Keycloak never asked for the new password");
        }

        private HttpResponse<String> open(String url) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        private HttpResponse<String> submit(String url, Map<String, String> fields) throws Exception {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
            while (r.statusCode() / 100 == 3 && r.headers().firstValue("Location").isPresent()) {
                r = open(URI.create(url).resolve(r.headers().firstValue("Location").get()).toString());
            }
            return r;
        }

        private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
            }
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            assertNotNull(r);
            return r;
        }
    }
}
