package vn.doithoai.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Checks the structure of docker-compose.yml (the server install) against the rest of the repository:
 * the services and their health checks, volumes, start order, that no secret is written in it, that
 * every variable it uses is documented in .env.example, that the backend's variables are real
 * configuration keys, and that ports agree with `make run`; the production realm it imports (no users, no password
 * grant, a password policy, a one-time code for staff, refresh-token rotation, no offline access, no secret in the
 * file), Keycloak behind the proxy, and base images pinned to exact versions. Plain JUnit: no Quarkus, no Docker.
 * {@link ProductionRealmInKeycloakTest} imports the same realm into the real Keycloak.
 */
class ComposeFileTest {

    private static final List<String> SERVICES = List.of("mariadb", "keycloak", "backend", "frontend");
    /** ${VAR}, ${VAR:-default}, ${VAR:?message}, ${VAR-default}, ${VAR?message}; not $${...} (an escaped $). */
    private static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)((?::?[-?])([^}]*))?}");
    private static final Pattern REQUIRED_REFERENCE = Pattern.compile("^\\$\\{[A-Z_][A-Z0-9_]*:?\\?[^}]*}$");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE_KEY|API_KEY).*");

    private static Path root;
    private static String composeText;
    private static JsonNode compose;

    @BeforeAll
    static void load() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertNotNull(dir, "docker-compose.yml not found in the working directory or above it");
        root = dir;
        composeText = Files.readString(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
        compose = new ObjectMapper(new YAMLFactory()).readTree(composeText);
    }

    private static JsonNode service(String name) {
        JsonNode s = compose.path("services").path(name);
        assertTrue(s.isObject(), "service " + name + " is missing");
        return s;
    }

    /** The environment of a service, whether written as a map or as a list of NAME=value. */
    private static Map<String, String> environment(String name) {
        JsonNode env = service(name).path("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env.isObject()) {
            env.properties().forEach(e -> result.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
        } else if (env.isArray()) {
            env.forEach(item -> {
                String text = item.asText();
                int eq = text.indexOf('=');
                result.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
            });
        }
        return result;
    }

    /** Replaces ${VAR:-default} by its default, as Compose does when VAR is unset. */
    private static String withDefaults(String text) {
        Matcher m = VARIABLE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String op = m.group(2) == null ? "" : m.group(2);
            String replacement = op.startsWith(":-") || op.startsWith("-") ? m.group(3) : "";
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Host port → container port of a service, from the short syntax ("[ip:]host:container"). */
    private static Map<Integer, Integer> publishedPorts(String name) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        for (JsonNode p : service(name).path("ports")) {
            String[] parts = withDefaults(p.asText()).split(":");
            assertTrue(parts.length >= 2, name + ": port " + p.asText() + " should say host:container");
            ports.put(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1].replace("/tcp", "")));
        }
        return ports;
    }

    private static Properties applicationProperties() throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(root.resolve("backend/src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    /** The environment variable name for a configuration key, by the MicroProfile Config rule. */
    private static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase();
    }

    /** The four long-running services, and one step that runs once Keycloak is up. */
    @Test
    void hasTheFourServicesAndTheAdminConsoleStep() {
        for (String name : SERVICES) {
            service(name);
        }
        Set<String> expected = new TreeSet<>(SERVICES);
        expected.add("keycloak-admin-url");
        assertEquals(expected, fieldNames(compose.path("services")), "exactly these services");
        JsonNode step = service("keycloak-admin-url");
        assertEquals("no", step.path("restart").asText(), "a one-shot step");
        assertEquals(service("keycloak").path("image").asText(), step.path("image").asText(), "kcadm.sh of the same Keycloak");
        assertDependsOnHealthy("keycloak-admin-url", "keycloak");
        assertEquals(environment("keycloak").get("KC_HOSTNAME_ADMIN"), environment("keycloak-admin-url").get("KEYCLOAK_ADMIN_URL"),
                "the master realm logs in where the admin console is");
        assertTrue(Files.isRegularFile(root.resolve("scripts/compose/keycloak-admin-url.sh")));
    }

    @Test
    void everyServiceHasAHealthcheck() {
        for (String name : SERVICES) {
            JsonNode test = service(name).path("healthcheck").path("test");
            assertTrue(test.isArray() && test.size() >= 2 || test.isTextual() && !test.asText().isBlank(),
                    name + " needs a healthcheck with a test");
            assertFalse(service(name).path("healthcheck").path("disable").asBoolean(false), name + ": healthcheck disabled");
        }
    }

    @Test
    void dataLivesInNamedVolumesDeclaredAtTheTopLevel() {
        Set<String> declared = fieldNames(compose.path("volumes"));
        boolean mariadbData = false;
        for (String name : SERVICES) {
            for (JsonNode v : service(name).path("volumes")) {
                String source = v.isTextual() ? v.asText().split(":")[0] : v.path("source").asText();
                String target = v.isTextual() ? v.asText().split(":")[1] : v.path("target").asText();
                boolean bind = source.startsWith(".") || source.startsWith("/") || source.startsWith("$") || source.startsWith("~");
                if (!bind) {
                    assertTrue(declared.contains(source), name + ": volume " + source + " is not declared under the top-level volumes");
                }
                if (name.equals("mariadb") && target.equals("/var/lib/mysql")) {
                    assertFalse(bind, "MariaDB's data should be a named volume, not a bind mount");
                    mariadbData = true;
                }
            }
        }
        assertTrue(mariadbData, "MariaDB's /var/lib/mysql should be on a named volume");
    }

    @Test
    void servicesStartInOrderOfHealth() {
        assertDependsOnHealthy("backend", "mariadb");
        assertDependsOnHealthy("backend", "keycloak");
        assertDependsOnHealthy("keycloak", "mariadb");
        assertDependsOnHealthy("frontend", "backend");
    }

    private static void assertDependsOnHealthy(String service, String dependency) {
        JsonNode condition = service(service).path("depends_on").path(dependency).path("condition");
        assertEquals("service_healthy", condition.asText(null),
                service + " should depend on " + dependency + " with condition service_healthy");
    }

    @Test
    void noSecretIsWrittenInTheFile() {
        List<String> problems = new ArrayList<>();
        for (String name : fieldNames(compose.path("services"))) {
            environment(name).forEach((key, value) -> {
                if (SECRET_NAME.matcher(key).matches() && !key.endsWith("_FILE")
                        && (value == null || !REQUIRED_REFERENCE.matcher(value.trim()).matches())) {
                    problems.add(name + "." + key + " = " + value + " (expected ${VAR:?message})");
                }
            });
        }
        assertTrue(problems.isEmpty(), "secrets must come from the environment: " + problems);
    }

    @Test
    void everyVariableIsListedInEnvExample() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(root.resolve(".env.example"), StandardCharsets.UTF_8)) {
            Matcher m = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)=").matcher(line);
            if (m.find()) {
                listed.add(m.group(1));
            }
        }
        Set<String> used = new TreeSet<>();
        Matcher m = VARIABLE.matcher(composeText);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertFalse(used.isEmpty(), "the compose file should take its settings from the environment");
        used.removeAll(listed);
        assertTrue(used.isEmpty(), "variables used in docker-compose.yml but missing from .env.example: " + used);
    }

    @Test
    void envExampleLeavesEverySecretBlank() throws IOException {
        List<String> filled = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve(".env.example"), StandardCharsets.UTF_8)) {
            Matcher m = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$").matcher(line);
            if (m.find() && SECRET_NAME.matcher(m.group(1)).matches() && !m.group(2).isBlank()) {
                filled.add(m.group(1));
            }
        }
        assertTrue(filled.isEmpty(), ".env.example should leave secrets blank, not suggest values: " + filled);
    }

    /** The keycloak service's bind mount of a realm folder: "SOURCE:/opt/keycloak/data/import:ro". */
    private static String realmMount() {
        for (JsonNode v : service("keycloak").path("volumes")) {
            if (v.asText().contains("/opt/keycloak/data/import")) {
                return v.asText();
            }
        }
        return fail("keycloak should mount a realm folder at /opt/keycloak/data/import");
    }

    @Test
    void theRealmIsImportedReadOnlyInProductionMode() {
        String mount = realmMount();
        assertTrue(mount.endsWith(":ro"), "the realm folder should be mounted read-only: " + mount);
        String command = service("keycloak").path("command").toString();
        assertTrue(command.contains("\"start\"") && command.contains("--import-realm"),
                "keycloak should run `start --import-realm` (production mode), not start-dev: " + command);
        for (String dir : List.of("keycloak", "keycloak/production")) {
            Path realm = root.resolve(dir).resolve("realm-doithoai.json");
            assertTrue(Files.isRegularFile(realm), realm + " does not exist");
            assertEquals("doithoai", readJson(realm).path("realm").asText(), realm + " should define realm doithoai");
        }
    }

    /** Without an explicit choice, `docker compose up` would have imported the demo realm with its password "demo". */
    @Test
    void theRealmFolderMustBeChosenExplicitly() {
        String mount = realmMount();
        Matcher m = VARIABLE.matcher(mount);
        assertTrue(m.find() && m.start() == 0, "the realm folder should come from a variable: " + mount);
        String op = m.group(2) == null ? "" : m.group(2);
        assertTrue(op.startsWith(":?") && !m.group(3).isBlank(),
                "the realm folder must have no default, only a message (${" + m.group(1) + ":?...}): " + mount);
        assertTrue(m.group(3).contains("keycloak/production"), "the message should point to the production realm: " + mount);
    }

    @Test
    void backendVariablesAreRealConfigurationKeys() throws IOException {
        Set<String> known = new LinkedHashSet<>();
        for (String key : applicationProperties().stringPropertyNames()) {
            if (!key.startsWith("%")) {
                known.add(envName(key));
            }
        }
        Map<String, String> env = environment("backend");
        for (String required : List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_OIDC_AUTH_SERVER_URL")) {
            assertTrue(env.containsKey(required), "backend should set " + required);
        }
        List<String> unknown = new ArrayList<>();
        for (String key : env.keySet()) {
            if ((key.startsWith("QUARKUS_") || key.startsWith("DOITHOAI_")) && !known.contains(key)) {
                unknown.add(key);
            }
        }
        assertTrue(unknown.isEmpty(), "backend variables that match no key of application.properties: " + unknown);
        assertTrue(env.get("QUARKUS_DATASOURCE_JDBC_URL").startsWith("jdbc:mariadb://mariadb:3306/"),
                "the backend should use the mariadb service: " + env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertTrue(env.get("QUARKUS_OIDC_AUTH_SERVER_URL").matches("http://keycloak:8080/realms/doithoai/?"),
                "the backend should use the keycloak service's realm doithoai: " + env.get("QUARKUS_OIDC_AUTH_SERVER_URL"));
    }

    @Test
    void portsAgreeWithMakeRun() throws IOException {
        assertEquals(Map.of(8080, 8080), publishedPorts("backend"), "backend: host 8080 → 8080, as in make run");
        assertEquals(Map.of(8180, 8080), publishedPorts("keycloak"), "keycloak: host 8180 (loopback only), as in make run");
        assertEquals(Map.of(5173, 80), publishedPorts("frontend"), "frontend: host 5173 → nginx on 80, as in make run");
        assertFalse(service("mariadb").has("ports"), "MariaDB should not be published");

        assertEquals("8080", applicationProperties().getProperty("quarkus.http.port"), "application.properties port");
        String run = Files.readString(root.resolve("scripts/run.sh"), StandardCharsets.UTF_8);
        assertTrue(run.contains("BACKEND_PORT=8080") && run.contains("FRONTEND_PORT=5173"), "scripts/run.sh ports");
        String kc = Files.readString(root.resolve("scripts/keycloak.sh"), StandardCharsets.UTF_8);
        assertTrue(kc.contains("KC_PORT=\"${KC_PORT:-8180}\""), "scripts/keycloak.sh port");
        String realm = Files.readString(root.resolve("keycloak/realm-doithoai.json"), StandardCharsets.UTF_8);
        assertTrue(realm.contains("http://localhost:5173/auth/callback"), "the dev realm's redirect URI uses port 5173");
    }

    @Test
    void backendImageRunsTheFastJarAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(root.resolve("backend/Dockerfile"), StandardCharsets.UTF_8);
        assertTrue(dockerfile.matches("(?s).*FROM eclipse-temurin:21\\.[0-9.]+_[0-9]+-jre\\s.*"), "Java 21 runtime image, exact version");
        assertTrue(dockerfile.contains("target/quarkus-app/"), "copies the fast-jar layout");
        assertTrue(dockerfile.contains("EXPOSE 8080"), "exposes 8080");
        assertTrue(dockerfile.contains("HEALTHCHECK"), "has a health check");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        if (last == null || last.equals("root") || last.equals("0")) {
            fail("the image should run as a non-root user, found USER " + last);
        }
    }

    @Test
    void everyBuiltImageHasItsDockerfileInItsContext() {
        for (String name : SERVICES) {
            JsonNode build = service(name).path("build");
            if (build.isMissingNode()) {
                continue;
            }
            Path context = root.resolve(build.path("context").asText("."));
            Path dockerfile = context.resolve(build.path("dockerfile").asText("Dockerfile"));
            assertTrue(Files.isRegularFile(dockerfile), name + ": " + dockerfile + " does not exist");
        }
    }

    // ------------------------------------------------------------------ Keycloak behind the proxy

    /** Every port Keycloak publishes is bound to the host's loopback: the public reaches it only through the proxy. */
    @Test
    void keycloakIsNotPublishedOnAPublicAddress() {
        JsonNode ports = service("keycloak").path("ports");
        for (JsonNode p : ports) {
            String spec = withDefaults(p.asText());
            assertTrue(spec.startsWith("127.0.0.1:"),
                    "keycloak may only be published on the loopback (for the admin console through an SSH tunnel): " + p.asText());
        }
    }

    @Test
    void keycloakTrustsForwardedHeadersOnlyFromTheProxy() {
        Map<String, String> env = environment("keycloak");
        assertEquals("xforwarded", env.get("KC_PROXY_HEADERS"), "Keycloak sits behind nginx, which sends X-Forwarded-*");
        String trusted = env.get("KC_PROXY_TRUSTED_ADDRESSES");
        assertNotNull(trusted, "KC_PROXY_TRUSTED_ADDRESSES must be set, or Keycloak believes X-Forwarded-For from anyone");
        String proxy = service("frontend").path("networks").path("default").path("ipv4_address").asText(null);
        assertNotNull(proxy, "the frontend (the proxy) needs a fixed address on the compose network");
        assertEquals(proxy, trusted, "Keycloak should trust forwarded headers from the proxy's address only");
        String subnet = compose.path("networks").path("default").path("ipam").path("config").path(0).path("subnet").asText("");
        assertTrue(subnet.endsWith("/24") && proxy.startsWith(subnet.substring(0, subnet.lastIndexOf('.') + 1)),
                "the proxy's address " + proxy + " should be in the compose network's subnet " + subnet);
    }

    @Test
    void keycloakAnswersOnThePublicUrlAndItsAdminConsoleOnlyOnTheLoopback() {
        Map<String, String> env = environment("keycloak");
        assertTrue(env.getOrDefault("KC_HOSTNAME", "").startsWith("${PUBLIC_URL"),
                "Keycloak's public address is the app's own origin (nginx proxies /realms/): " + env.get("KC_HOSTNAME"));
        String admin = withDefaults(env.getOrDefault("KC_HOSTNAME_ADMIN", ""));
        assertTrue(admin.matches("http://(localhost|127\\.0\\.0\\.1):\\d+"),
                "the admin console's address should be the loopback port reached through an SSH tunnel: " + admin);
        assertEquals(String.valueOf(publishedPorts("keycloak").keySet().iterator().next()),
                admin.substring(admin.lastIndexOf(':') + 1), "KC_HOSTNAME_ADMIN should use the published loopback port");
        Map<String, String> frontend = environment("frontend");
        assertEquals("${PUBLIC_URL}/realms/doithoai", frontend.get("OIDC_AUTHORITY"),
                "the SPA signs in on its own origin, through nginx");
    }

    @Test
    void nginxProxiesTheLoginButNeverTheAdminConsole() throws IOException {
        String nginx = Files.readString(root.resolve("frontend/nginx.conf"), StandardCharsets.UTF_8);
        Map<String, String> locations = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*location\\s+([^{]+?)\\s*\\{([^}]*)}").matcher(nginx);
        while (m.find()) {
            locations.put(m.group(1).trim(), m.group(2));
        }
        for (String path : List.of("/realms/", "/resources/")) {
            String block = locations.get(path);
            assertNotNull(block, "nginx should proxy " + path + " to Keycloak (location " + path + "): " + locations.keySet());
            assertTrue(block.contains("proxy_pass") && block.contains("keycloak"), path + " should go to Keycloak: " + block);
            assertTrue(block.contains("X-Forwarded-For $remote_addr"),
                    path + ": nginx sends the address it saw, never one the client wrote: " + block);
        }
        // A case-insensitive regex: a prefix would let /realms/MASTER/ through (MariaDB may match the name in any case).
        String master = locations.get("~* ^/realms/master(/|$)");
        assertNotNull(master, "the master realm (Keycloak's own administrators) must not be reachable from outside, in any case: "
                + locations.keySet());
        assertTrue(master.contains("return 404") && !master.contains("proxy_pass"), master);
        locations.forEach((path, block) -> {
            if (block.contains("keycloak")) {
                assertFalse(path.contains("admin") || path.equals("/"), "nginx must never proxy Keycloak's " + path);
            }
        });
    }

    // ------------------------------------------------------------------ the production realm

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            return fail("cannot read " + file + ": " + e);
        }
    }

    private static JsonNode productionRealm() {
        return readJson(root.resolve("keycloak/production/realm-doithoai.json"));
    }

    private static JsonNode devRealm() {
        return readJson(root.resolve("keycloak/realm-doithoai.json"));
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (clientId.equals(c.path("clientId").asText())) {
                return c;
            }
        }
        return fail("client " + clientId + " is missing");
    }

    @Test
    void theProductionRealmHasNoUsers() {
        for (JsonNode u : productionRealm().path("users")) {
            assertTrue(u.hasNonNull("serviceAccountClientId"),
                    "only service accounts may be in the production realm, not " + u.path("username").asText());
            assertTrue(u.path("credentials").isMissingNode() || u.path("credentials").isEmpty(), u.toString());
        }
    }

    @Test
    void noClientOffersThePasswordGrant() {
        JsonNode realm = productionRealm();
        boolean adminCli = false;
        for (JsonNode c : realm.path("clients")) {
            String id = c.path("clientId").asText();
            assertTrue(c.has("directAccessGrantsEnabled") && !c.path("directAccessGrantsEnabled").asBoolean(),
                    id + ": directAccessGrantsEnabled must be false, written out");
            assertFalse(c.path("implicitFlowEnabled").asBoolean(false), id + ": no implicit flow");
            adminCli |= id.equals("admin-cli");
        }
        // Keycloak creates admin-cli with the password grant unless the file defines it.
        assertTrue(adminCli, "the realm must define admin-cli itself (without the password grant)");
        assertFalse(realm.toString().contains("doithoai-cli"), "the development client doithoai-cli stays in the dev realm");
    }

    @Test
    void passwordsFollowAPolicy() {
        String policy = productionRealm().path("passwordPolicy").asText("");
        Matcher length = Pattern.compile("(?:^|and )length\\((\\d+)\\)").matcher(policy);
        assertTrue(length.find() && Integer.parseInt(length.group(1)) >= 12, "at least 12 characters: " + policy);
        Matcher history = Pattern.compile("passwordHistory\\((\\d+)\\)").matcher(policy);
        assertTrue(history.find() && Integer.parseInt(history.group(1)) >= 3, "no reuse of recent passwords: " + policy);
        for (String rule : List.of("notUsername", "notEmail", "notContainsUsername", "maxLength")) {
            assertTrue(Pattern.compile("(?:^|and )" + rule + "\\b").matcher(policy).find(), rule + " missing: " + policy);
        }
    }

    /** Admin, secretariat and chair must give a one-time code at every login, set up at their first one. */
    @Test
    void staffMustGiveAOneTimeCode() {
        JsonNode realm = productionRealm();
        Map<String, JsonNode> flows = new LinkedHashMap<>();
        realm.path("authenticationFlows").forEach(f -> flows.put(f.path("alias").asText(), f));
        Map<String, JsonNode> configs = new LinkedHashMap<>();
        realm.path("authenticatorConfig").forEach(c -> configs.put(c.path("alias").asText(), c.path("config")));
        JsonNode browser = flows.get(realm.path("browserFlow").asText());
        assertNotNull(browser, "the realm's browser flow must be one it defines: " + realm.path("browserFlow"));

        // browser flow → the login form's subflow (password REQUIRED) → a CONDITIONAL subflow: role R, then the OTP form.
        String otpRole = null;
        for (JsonNode step : browser.path("authenticationExecutions")) {
            JsonNode form = flows.get(step.path("flowAlias").asText());
            if (form == null || !executes(form, "auth-username-password-form", "REQUIRED")) {
                continue;
            }
            for (JsonNode sub : form.path("authenticationExecutions")) {
                JsonNode conditional = flows.get(sub.path("flowAlias").asText());
                if (conditional == null || !"CONDITIONAL".equals(sub.path("requirement").asText())
                        || !executes(conditional, "auth-otp-form", "REQUIRED")) {
                    continue;
                }
                for (JsonNode cond : conditional.path("authenticationExecutions")) {
                    JsonNode config = configs.get(cond.path("authenticatorConfig").asText());
                    if ("conditional-user-role".equals(cond.path("authenticator").asText()) && config != null
                            && !config.path("negate").asBoolean(false)) {
                        otpRole = config.path("condUserRole").asText();
                    }
                }
            }
        }
        assertNotNull(otpRole, "the browser flow should require the OTP form for a role (Condition - user role)");

        Map<String, JsonNode> roles = new LinkedHashMap<>();
        realm.path("roles").path("realm").forEach(r -> roles.put(r.path("name").asText(), r));
        assertTrue(roles.containsKey(otpRole), "role " + otpRole + " must exist");
        for (String staff : List.of("admin", "secretariat", "chair")) {
            assertTrue(roles.get(staff).path("composites").path("realm").toString().contains('"' + otpRole + '"'),
                    staff + " must include role " + otpRole + " so that it needs a one-time code");
        }
        for (String other : List.of("unit", "ward", "citizen", "integration")) {
            assertFalse(roles.get(other).path("composites").toString().contains('"' + otpRole + '"'), other);
        }
        assertEquals("totp", realm.path("otpPolicyType").asText(), "time-based codes (any authenticator app)");
    }

    private static boolean executes(JsonNode flow, String authenticator, String requirement) {
        for (JsonNode e : flow.path("authenticationExecutions")) {
            if (authenticator.equals(e.path("authenticator").asText()) && requirement.equals(e.path("requirement").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void refreshTokensAreRotated() {
        JsonNode realm = productionRealm();
        assertTrue(realm.path("revokeRefreshToken").asBoolean(false), "revokeRefreshToken: a refresh token works once");
        assertEquals(0, realm.path("refreshTokenMaxReuse").asInt(-1), "refreshTokenMaxReuse");
    }

    @Test
    void publicClientsGetNoOfflineAccess() {
        JsonNode realm = productionRealm();
        JsonNode defaultRole = null;
        for (JsonNode r : realm.path("roles").path("realm")) {
            if (r.path("name").asText().equals(realm.path("defaultRole").path("name").asText())) {
                defaultRole = r;
            }
        }
        assertNotNull(defaultRole, "the default role must be defined with its composites, or Keycloak adds offline_access to it");
        assertFalse(defaultRole.path("composites").toString().contains("offline_access"), "no offline_access by default");
        // Keycloak adds offline_access to the default role unless the file defines both the role and the client scope.
        assertTrue(realm.path("roles").path("realm").toString().contains("\"offline_access\""), "role offline_access");
        assertTrue(realm.path("clientScopes").toString().contains("\"name\":\"offline_access\""), "client scope offline_access");
        for (String list : List.of("defaultDefaultClientScopes", "defaultOptionalClientScopes")) {
            assertTrue(realm.path(list).isArray(), list + " must be written out");
            assertFalse(realm.path(list).toString().contains("offline_access"), list);
        }
        for (JsonNode c : realm.path("clients")) {
            if (c.path("publicClient").asBoolean(false)) {
                assertFalse(c.path("defaultClientScopes").toString().contains("offline_access")
                        || c.path("optionalClientScopes").toString().contains("offline_access"), c.path("clientId").asText());
            }
        }
    }

    @Test
    void theRealmFileHoldsNoSecretAndTakesItsAddressesFromTheEnvironment() {
        JsonNode realm = productionRealm();
        Map<String, String> env = environment("keycloak");
        Pattern placeholder = Pattern.compile("^\\$\\{([A-Z][A-Z0-9_]*)}$");
        for (JsonNode c : realm.path("clients")) {
            if (c.has("secret")) {
                Matcher m = placeholder.matcher(c.path("secret").asText());
                assertTrue(m.matches(), c.path("clientId").asText() + ": the secret must be ${VARIABLE}, not a literal");
                assertTrue(env.containsKey(m.group(1)) && REQUIRED_REFERENCE.matcher(env.get(m.group(1))).matches(),
                        m.group(1) + " must be passed to keycloak as ${" + m.group(1) + ":?message}");
            }
        }
        JsonNode web = client(realm, "doithoai-web");
        // The sign-in callback, and the answer page of the silent sign-in that keeps a reload or a new tab logged in.
        assertEquals("[\"${DOITHOAI_PUBLIC_URL}/auth/callback\",\"${DOITHOAI_PUBLIC_URL}/auth/silent.html\"]",
                web.path("redirectUris").toString());
        assertEquals("[\"${DOITHOAI_PUBLIC_URL}\"]", web.path("webOrigins").toString());
        assertEquals("${DOITHOAI_PUBLIC_URL}/", web.path("attributes").path("post.logout.redirect.uris").asText());
        assertTrue(env.getOrDefault("DOITHOAI_PUBLIC_URL", "").startsWith("${PUBLIC_URL"),
                "keycloak must receive DOITHOAI_PUBLIC_URL from PUBLIC_URL: " + env.get("DOITHOAI_PUBLIC_URL"));
        assertFalse(realm.toString().contains("localhost"), "no localhost address in the production realm");
    }

    /** The backend reads the same roles, audience and claims whichever realm issued the token. */
    @Test
    void theProductionRealmIssuesTheSameRolesAndClaimsAsTheDevRealm() {
        JsonNode dev = devRealm();
        JsonNode prod = productionRealm();
        Set<String> prodRoles = new TreeSet<>();
        prod.path("roles").path("realm").forEach(r -> prodRoles.add(r.path("name").asText()));
        dev.path("roles").path("realm").forEach(r -> assertTrue(prodRoles.contains(r.path("name").asText()), r.path("name").asText()));
        for (String clientId : List.of("doithoai-web", "doithoai-api", "doithoai-integration")) {
            JsonNode d = client(dev, clientId);
            JsonNode p = client(prod, clientId);
            assertEquals(d.path("protocolMappers"), p.path("protocolMappers"), clientId + ": the same mappers (aud, org_unit, ward)");
            assertEquals(d.path("defaultClientScopes"), p.path("defaultClientScopes"), clientId + ": the same default scopes");
            assertEquals(d.path("publicClient"), p.path("publicClient"), clientId);
            assertEquals(d.path("serviceAccountsEnabled"), p.path("serviceAccountsEnabled"), clientId);
        }
        assertEquals(dev.path("components"), prod.path("components"), "the same user profile (org_unit, ward)");
        // A partner's scopes are roles of doithoai-api; the demo partner holds the same ones in both realms.
        assertEquals(dev.path("roles").path("client").path("doithoai-api"), prod.path("roles").path("client").path("doithoai-api"),
                "the same partner scopes");
        assertEquals(partnerScopes(dev), partnerScopes(prod), "the demo partner's scopes");
        assertEquals(List.of("feedback:read", "feedback:write", "plans:read", "rulings:read", "statistics:read"), partnerScopes(prod));
        assertEquals("S256", client(prod, "doithoai-web").path("attributes").path("pkce.code.challenge.method").asText());
    }

    private static List<String> partnerScopes(JsonNode realm) {
        List<String> scopes = new java.util.ArrayList<>();
        for (JsonNode user : realm.path("users")) {
            if ("doithoai-integration".equals(user.path("serviceAccountClientId").asText())) {
                user.path("clientRoles").path("doithoai-api").forEach(r -> scopes.add(r.asText()));
            }
        }
        return scopes.stream().sorted().toList();
    }

    @Test
    void loginsAreGuardedAndSessionsShort() {
        JsonNode realm = productionRealm();
        assertTrue(realm.path("bruteForceProtected").asBoolean(false), "brute-force protection");
        assertTrue(realm.path("failureFactor").asInt(0) > 0 && realm.path("failureFactor").asInt() <= 10, "failureFactor");
        assertTrue(List.of("external", "all").contains(realm.path("sslRequired").asText()), "sslRequired");
        assertFalse(realm.path("registrationAllowed").asBoolean(true), "accounts are created by an administrator");
        assertTrue(realm.path("accessTokenLifespan").asInt(Integer.MAX_VALUE) <= 300, "access tokens live 5 minutes at most");
        assertTrue(realm.path("ssoSessionIdleTimeout").asInt(Integer.MAX_VALUE) <= 1800, "30 minutes idle at most");
        assertTrue(realm.path("ssoSessionMaxLifespan").asInt(Integer.MAX_VALUE) <= 36000, "a working day at most");
    }

    // ------------------------------------------------------------------ images

    private static final Pattern EXACT_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+");

    /** Every image pulled from a registry (compose's image:, the Dockerfiles' FROM) names an exact version. */
    @Test
    void baseImagesArePinnedToExactVersions() throws IOException {
        Map<String, String> images = new LinkedHashMap<>();
        for (String name : SERVICES) {
            JsonNode s = service(name);
            String image = s.path("image").asText("");
            assertFalse(image.endsWith(":latest") || !image.isEmpty() && !image.contains(":"), name + ": no latest: " + image);
            if (s.path("build").isMissingNode()) {
                images.put(name, image);
            }
        }
        for (String dockerfile : List.of("backend/Dockerfile", "frontend/Dockerfile")) {
            Matcher from = Pattern.compile("(?m)^FROM\\s+(\\S+)").matcher(Files.readString(root.resolve(dockerfile), StandardCharsets.UTF_8));
            while (from.find()) {
                images.put(dockerfile + " " + from.group(1), from.group(1));
            }
        }
        assertEquals(5, images.size(), "mariadb, keycloak, the backend's runtime, the frontend's build and server: " + images);
        images.forEach((where, image) -> {
            String tag = image.substring(image.lastIndexOf(':') + 1);
            assertTrue(image.contains(":") && EXACT_VERSION.matcher(tag).find() && !tag.contains("latest"),
                    where + ": " + image + " should name an exact version");
        });
        String mariadb = images.get("mariadb");
        assertTrue(mariadb.matches("mariadb:(10\\.11|11\\.4|11\\.8)\\.\\d+"), "a MariaDB LTS with its patch version: " + mariadb);
        String kc = Files.readString(root.resolve("scripts/keycloak.sh"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("KC_VERSION=\"\\$\\{KC_VERSION:-([0-9.]+)}\"").matcher(kc);
        assertTrue(version.find(), "scripts/keycloak.sh names its Keycloak version");
        assertEquals("quay.io/keycloak/keycloak:" + version.group(1), images.get("keycloak"),
                "the same Keycloak as the one the realm is tested against (scripts/keycloak.sh)");
        assertTrue(images.values().stream().anyMatch(i -> i.matches("nginx:1\\.\\d*[02468]\\.\\d+-alpine")),
                "nginx from a stable (even) branch, exact: " + images);
        assertTrue(images.values().stream().anyMatch(i -> i.matches("node:20\\.\\d+\\.\\d+-bookworm-slim")), "node 20, exact: " + images);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
