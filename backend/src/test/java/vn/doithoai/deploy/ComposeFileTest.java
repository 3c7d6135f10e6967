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
 * configuration keys, and that ports agree with `make run`. Plain JUnit: no Quarkus, no Docker.
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

    @Test
    void hasTheFourServices() {
        for (String name : SERVICES) {
            service(name);
        }
        assertEquals(new TreeSet<>(SERVICES), fieldNames(compose.path("services")), "exactly these services");
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
        for (String name : SERVICES) {
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

    @Test
    void theMountedRealmExistsAndIsImportedReadOnly() throws IOException {
        JsonNode keycloak = service("keycloak");
        String mount = null;
        for (JsonNode v : keycloak.path("volumes")) {
            if (v.asText().contains("/opt/keycloak/data/import")) {
                mount = v.asText();
            }
        }
        assertNotNull(mount, "keycloak should mount a realm folder at /opt/keycloak/data/import");
        assertTrue(mount.endsWith(":ro"), "the realm folder should be mounted read-only: " + mount);
        Path dir = root.resolve(withDefaults(mount).split(":")[0]).normalize();
        assertTrue(Files.isDirectory(dir), "realm folder " + dir + " does not exist");
        Path realm = dir.resolve("realm-doithoai.json");
        assertTrue(Files.isRegularFile(realm), realm + " does not exist");
        JsonNode json = new ObjectMapper().readTree(realm.toFile());
        assertEquals("doithoai", json.path("realm").asText());

        String command = keycloak.path("command").toString();
        assertTrue(command.contains("\"start\"") && command.contains("--import-realm"),
                "keycloak should run `start --import-realm` (production mode), not start-dev: " + command);
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
        assertEquals(Map.of(8180, 8080), publishedPorts("keycloak"), "keycloak: host 8180, as in make run");
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
        assertTrue(dockerfile.contains("FROM eclipse-temurin:21-jre"), "Java 21 runtime image");
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

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
