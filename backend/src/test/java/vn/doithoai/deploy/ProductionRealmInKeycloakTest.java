package vn.doithoai.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.doithoai.testsupport.KeycloakBrowser;
import vn.doithoai.testsupport.KeycloakBrowser.Page;
import vn.doithoai.testsupport.PrivateKeycloak;

/**
 * keycloak/production/realm-doithoai.json imported into the real Keycloak (the distribution scripts/keycloak.sh
 * fetches, the version docker-compose.yml runs), the way compose does it (--import-realm, the placeholders filled
 * from the environment), then used as people would: staff must set up and then give a one-time code, others log in
 * with their password, nobody gets the password grant or offline access, a refresh token works once, the password
 * policy and brute-force protection hold, and tokens carry what the backend reads (roles, aud, org_unit, ward).
 *
 * <p>Keycloak takes a minute or more to start, so this class is tagged "keycloak" and left out of the backend test
 * run; {@code scripts/test.sh keycloak} (a stage of {@code make test}) fetches Keycloak and runs it. By hand:
 * {@code ./mvnw test -Dtest=ProductionRealmInKeycloakTest -Dkeycloak.exclude=none -Dgroups=keycloak}. Keycloak runs
 * from a private copy of the distribution's home (its own realm folder, H2 database and build), on free ports of
 * the loopback, so it never touches the Keycloak of {@code make run}.
 */
@Tag("keycloak")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionRealmInKeycloakTest {

    private static final String PUBLIC_URL = "https://doithoai.test";
    private static final String REALM = "doithoai";
    private static final String PASSWORD = "mot-cau-mat-khau-dai-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String integrationSecret = randomText(24);
    private final String adminPassword = randomText(16);
    private final String smtpPassword = randomText(16);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private PrivateKeycloak keycloak;
    private String base;
    private int userCount;

    // ------------------------------------------------------------------ the real Keycloak

    @BeforeAll
    void startKeycloakWithTheProductionRealm() throws Exception {
        // -Dkeycloak.realm-file: another realm export to hold to the same rules (keycloak/realm-doithoai.json, the demo
        // realm that docker compose used to import by default, fails them).
        Path realmFile = PrivateKeycloak.repositoryRoot()
                .resolve(System.getProperty("keycloak.realm-file", "keycloak/production/realm-doithoai.json"));
        // What docker-compose.yml passes to Keycloak for the realm file's placeholders, and an admin password of this run.
        keycloak = PrivateKeycloak.start("production-realm", REALM, Files.readString(realmFile, StandardCharsets.UTF_8),
                Map.of("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword, "DOITHOAI_PUBLIC_URL", PUBLIC_URL,
                        "DOITHOAI_INTEGRATION_SECRET", integrationSecret, "DOITHOAI_SMTP_HOST", "mail.doithoai.test",
                        "DOITHOAI_SMTP_PORT", "587", "DOITHOAI_SMTP_STARTTLS", "true", "DOITHOAI_SMTP_FROM", "khong-tra-loi@doithoai.test",
                        "DOITHOAI_SMTP_USERNAME", "doithoai-mail", "DOITHOAI_SMTP_PASSWORD", smtpPassword));
        base = keycloak.base();
    }

    /** Keycloak's log stays for reading after a failure: backend/target/keycloak-production-realm.log. */
    @AfterAll
    void stopKeycloak() throws Exception {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    // ------------------------------------------------------------------ what the realm must do

    @Test
    void theEnvironmentFillsInTheAddressesAndTheIntegrationSecret() throws Exception {
        JsonNode web = clientRepresentation("doithoai-web");
        // The callback of a login, and the answer page of the silent sign-in after a reload or in a new tab.
        assertEquals(List.of(PUBLIC_URL + "/auth/callback", PUBLIC_URL + "/auth/silent.html"), texts(web.path("redirectUris")));
        assertEquals(List.of(PUBLIC_URL), texts(web.path("webOrigins")));

        HttpResponse<String> granted = post(tokenUrl(), Map.of("grant_type", "client_credentials",
                "client_id", "doithoai-integration", "client_secret", integrationSecret));
        assertEquals(200, granted.statusCode(), granted.body());
        JsonNode claims = claims(JSON.readTree(granted.body()).path("access_token").asText());
        assertTrue(texts(claims.path("realm_access").path("roles")).contains("integration"), claims.toString());
        assertTrue(claims.path("aud").toString().contains("doithoai-api"), claims.toString());

        HttpResponse<String> literal = post(tokenUrl(), Map.of("grant_type", "client_credentials",
                "client_id", "doithoai-integration", "client_secret", "${DOITHOAI_INTEGRATION_SECRET}"));
        assertEquals(401, literal.statusCode(), "the placeholder itself must not be the secret: " + literal.body());
    }

    /** "Quên mật khẩu" and staff invitations go out through the mail server docker-compose.yml names, on our theme. */
    @Test
    void theEnvironmentFillsInTheMailServerAndTheRealmUsesOurTheme() throws Exception {
        JsonNode realm = admin("GET", "", null);
        JsonNode smtp = realm.path("smtpServer");
        assertEquals("mail.doithoai.test", smtp.path("host").asText(), smtp.toString());
        assertEquals("587", smtp.path("port").asText(), smtp.toString());
        assertEquals("khong-tra-loi@doithoai.test", smtp.path("from").asText(), smtp.toString());
        assertEquals("doithoai-mail", smtp.path("user").asText(), smtp.toString());
        assertEquals("true", smtp.path("starttls").asText(), smtp.toString());
        assertTrue(realm.path("resetPasswordAllowed").asBoolean(), "'Quên mật khẩu' is offered");
        assertEquals("doithoai", realm.path("loginTheme").asText());
        assertEquals("doithoai", realm.path("emailTheme").asText());
        Page login = browser().authorize("openid");
        assertTrue(login.has("login/doithoai/css/login.css") && login.has("<html lang=\"vi\"") && login.has("Quên mật khẩu"), login.summary());
    }

    @Test
    void noClientAcceptsThePasswordGrant() throws Exception {
        String user = createUser("citizen", Map.of());
        JsonNode clients = admin("GET", "/clients", null);
        assertTrue(clients.size() >= 8, "the realm's clients, Keycloak's own included: " + clients.size());
        for (JsonNode c : clients) {
            assertFalse(c.path("directAccessGrantsEnabled").asBoolean(), c.path("clientId").asText() + " allows the password grant");
        }
        for (String clientId : List.of("doithoai-web", "admin-cli", "account-console")) {
            HttpResponse<String> r = post(tokenUrl(), Map.of("grant_type", "password", "client_id", clientId,
                    "username", user, "password", PASSWORD));
            assertEquals(400, r.statusCode(), clientId + ": " + r.body());
            assertEquals("unauthorized_client", JSON.readTree(r.body()).path("error").asText(), clientId + ": " + r.body());
        }
    }

    /** Admin, secretariat and chair: a one-time code set up at the first login, then asked at every login. */
    @Test
    void staffSetUpAOneTimeCodeAtTheirFirstLoginAndGiveItEveryTime() throws Exception {
        for (String role : List.of("admin", "secretariat", "chair")) {
            String user = createUser(role, Map.of());
            KeycloakBrowser first = browser();
            Page afterPassword = first.logIn(user, PASSWORD);
            assertTrue(afterPassword.has("id=\"kc-totp-settings-form\""),
                    role + ": the first login must ask to set up a one-time code, got:\n" + afterPassword.summary());
            byte[] secret = afterPassword.input("totpSecret").getBytes(StandardCharsets.UTF_8);
            long step = timeStep();
            Page done = first.submit(afterPassword, Map.of("totp", totp(secret, step), "userLabel", "Điện thoại"));
            JsonNode token = first.tokens(done);
            assertTrue(texts(claims(token.path("access_token").asText()).path("realm_access").path("roles")).contains(role));

            KeycloakBrowser second = browser();
            Page otp = second.logIn(user, PASSWORD);
            assertTrue(otp.has("id=\"kc-otp-login-form\""), role + ": every login asks for the code, got:\n" + otp.summary());
            Page wrong = second.submit(otp, Map.of("otp", wrongCode(secret, timeStep())));
            assertTrue(wrong.location() == null || !wrong.location().startsWith(PUBLIC_URL),
                    role + ": a wrong code must not log in");
            // The code of the next 30 s step: the realm accepts one step either side, and never a used code again.
            long next = Math.max(timeStep(), step) + 1;
            Page in = second.submit(wrong, Map.of("otp", totp(secret, next)));
            assertNotNull(second.tokens(in).path("access_token").asText(null), role);
        }
    }

    /** Unit, ward and citizen log in with their password; the token says what the backend reads. */
    @Test
    void othersLogInWithTheirPasswordAndGetTheClaimsTheBackendReads() throws Exception {
        Map<String, Map<String, String>> people = new LinkedHashMap<>();
        people.put("unit", Map.of("org_unit", "phong-tnmt"));
        people.put("ward", Map.of("ward", "phuong-ba-don"));
        people.put("citizen", Map.of("ward", "phuong-ba-don"));
        for (var person : people.entrySet()) {
            String user = createUser(person.getKey(), person.getValue());
            KeycloakBrowser browser = browser();
            JsonNode claims = claims(browser.tokens(browser.logIn(user, PASSWORD)).path("access_token").asText());
            List<String> roles = texts(claims.path("realm_access").path("roles"));
            assertTrue(roles.contains(person.getKey()), claims.toString());
            assertFalse(roles.contains("otp-required") || roles.contains("offline_access"), claims.toString());
            assertTrue(claims.path("aud").toString().contains("doithoai-api"), claims.toString());
            assertEquals(base + "/realms/" + REALM, claims.path("iss").asText());
            assertEquals(user, claims.path("preferred_username").asText());
            person.getValue().forEach((claim, value) -> assertEquals(value, claims.path(claim).asText(), claim));
        }
    }

    @Test
    void aRefreshTokenWorksOnce() throws Exception {
        KeycloakBrowser browser = browser();
        JsonNode tokens = browser.tokens(browser.logIn(createUser("citizen", Map.of()), PASSWORD));
        String first = tokens.path("refresh_token").asText();
        HttpResponse<String> renewed = post(tokenUrl(), Map.of("grant_type", "refresh_token", "client_id", "doithoai-web",
                "refresh_token", first));
        assertEquals(200, renewed.statusCode(), renewed.body());
        String second = JSON.readTree(renewed.body()).path("refresh_token").asText();
        assertNotEquals(first, second, "each refresh gives a new refresh token");

        HttpResponse<String> replayed = post(tokenUrl(), Map.of("grant_type", "refresh_token", "client_id", "doithoai-web",
                "refresh_token", first));
        assertEquals(400, replayed.statusCode(), "a used refresh token must be refused: " + replayed.body());
        assertEquals("invalid_grant", JSON.readTree(replayed.body()).path("error").asText());
    }

    @Test
    void nobodyGetsOfflineAccess() throws Exception {
        List<String> defaults = new ArrayList<>();
        admin("GET", "/roles/default-roles-" + REALM + "/composites", null).forEach(r -> defaults.add(r.path("name").asText()));
        assertFalse(defaults.contains("offline_access"), "default roles: " + defaults);
        for (JsonNode c : admin("GET", "/clients", null)) {
            assertFalse(c.path("defaultClientScopes").toString().contains("offline_access")
                    || c.path("optionalClientScopes").toString().contains("offline_access"), c.path("clientId").asText());
        }
        // Asking for it: Keycloak refuses the scope outright, or logs in without it; never an offline token.
        String user = createUser("citizen", Map.of());
        KeycloakBrowser browser = browser();
        Page login = browser.authorize("openid offline_access");
        if (login.location() != null) {
            assertTrue(login.location().startsWith(PUBLIC_URL + "/auth/callback") && login.location().contains("error=invalid_scope"),
                    login.location());
            return;
        }
        JsonNode tokens = browser.tokens(browser.follow(browser.submit(login, Map.of("username", user, "password", PASSWORD))));
        assertFalse(tokens.path("scope").asText().contains("offline_access"), tokens.path("scope").asText());
        assertEquals("Refresh", claims(tokens.path("refresh_token").asText()).path("typ").asText(),
                "an ordinary refresh token, not an offline one");
    }

    @Test
    void passwordsFollowThePolicy() throws Exception {
        String name = "mk" + randomText(6).toLowerCase().replaceAll("[^a-z0-9]", "x") + "2026";
        assertEquals(400, createUserStatus(name, "Ngan-2026"), "fewer than 12 characters");
        assertEquals(400, createUserStatus(name, name), "the username as password");
        assertEquals(400, createUserStatus(name, "abc-" + name + "-xyz"), "a password containing the username");
        assertEquals(201, createUserStatus(name, PASSWORD), "a long password is fine");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        String user = createUser("citizen", Map.of());
        String id = admin("GET", "/users?exact=true&username=" + user, null).path(0).path("id").asText();
        for (int i = 0; i < 5; i++) {
            Page page = browser().logIn(user, "sai-mat-khau-" + i);
            assertTrue(page.location() == null, "a wrong password must not log in");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!admin("GET", "/attack-detection/brute-force/users/" + id, null).path("disabled").asBoolean()) {
            assertTrue(System.nanoTime() < deadline, "5 wrong passwords should lock the account for a while");
            Thread.sleep(200);
        }
        Page page = browser().logIn(user, PASSWORD);
        assertTrue(page.location() == null || !page.location().startsWith(PUBLIC_URL),
                "a locked account must not log in, even with the right password");
    }

    // ------------------------------------------------------------------ helpers: admin API

    private String adminToken() throws Exception {
        HttpResponse<String> r = post(base + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", adminPassword));
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body()).path("access_token").asText();
    }

    private HttpResponse<String> adminCall(String method, String path, Object body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + adminToken()).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode admin(String method, String path, Object body) throws Exception {
        HttpResponse<String> r = adminCall(method, path, body);
        assertTrue(r.statusCode() / 100 == 2, method + " " + path + ": " + r.statusCode() + " " + r.body());
        return r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
    }

    private JsonNode clientRepresentation(String clientId) throws Exception {
        return admin("GET", "/clients?clientId=" + clientId, null).path(0);
    }

    private int createUserStatus(String username, String password) throws Exception {
        return createUserStatus(username, password, Map.of());
    }

    private int createUserStatus(String username, String password, Map<String, String> attributes) throws Exception {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("attributes", attributes.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))));
        user.put("username", username);
        user.put("enabled", true);
        user.put("email", username + "@doithoai.test");
        user.put("emailVerified", true);
        user.put("firstName", "Nguyễn Văn");
        user.put("lastName", "An");
        user.put("credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        return adminCall("POST", "/users", user).statusCode();
    }

    /** A new user with the password {@link #PASSWORD}, one realm role and the given attributes (org_unit, ward). */
    private synchronized String createUser(String role, Map<String, String> attributes) throws Exception {
        String username = role + "-" + (++userCount) + "-" + HexFormat.of().formatHex(randomBytes(3));
        assertEquals(201, createUserStatus(username, PASSWORD, attributes), username);
        JsonNode user = admin("GET", "/users?exact=true&username=" + username, null).path(0);
        admin("POST", "/users/" + user.path("id").asText() + "/role-mappings/realm", List.of(admin("GET", "/roles/" + role, null)));
        return username;
    }

    // ------------------------------------------------------------------ helpers: HTTP, tokens, codes

    /** One browser, as the SPA drives it, with the app at PUBLIC_URL. */
    private KeycloakBrowser browser() {
        return new KeycloakBrowser(base, REALM, PUBLIC_URL);
    }

    private String tokenUrl() {
        return base + "/realms/" + REALM + "/protocol/openid-connect/token";
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return KeycloakBrowser.form(fields);
    }

    private static JsonNode claims(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        assertTrue(parts.length >= 2, "not a JWT: " + jwt);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * The current 30-second step. Keycloak, another process, checks codes against this machine's real clock, which
     * DOITHOAI_CLOCK_START (the tests' and the application's clock) does not move: so the real clock here.
     */
    private static long timeStep() {
        return Clock.systemUTC().millis() / 1000 / 30;
    }

    /** RFC 6238 with the realm's policy: HMAC-SHA1, 6 digits, 30 s steps. */
    private static String totp(byte[] secret, long step) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(secret, "HmacSHA1"));
        byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = h[h.length - 1] & 0x0f;
        int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    /** A code that is valid in none of the steps Keycloak accepts around this one. */
    private static String wrongCode(byte[] secret, long step) throws GeneralSecurityException {
        List<String> valid = List.of(totp(secret, step - 1), totp(secret, step), totp(secret, step + 1), totp(secret, step + 2));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String randomText(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }
}
