package vn.doithoai.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Who may name the client's address, as written in the three files that decide it: the backend's defaults trust
 * nobody, docker-compose.yml trusts the frontend container alone (at an address no other container can be given),
 * and the frontend's nginx replaces X-Forwarded-For rather than appending the client's own to it. The behaviour
 * itself is tested through the real nginx (LimitsBehindTheProxyTest) and with compose's settings
 * (ForwardedHeadersInProductionTest).
 */
class ForwardedHeadersConfigTest {

    private static Path root;

    @BeforeAll
    static void findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        assertNotNull(dir, "docker-compose.yml not found in the working directory or above it");
        root = dir;
    }

    @Test
    void theBackendTrustsNoProxyByDefault() throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(root.resolve("backend/src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        assertEquals("false", props.getProperty("quarkus.http.proxy.proxy-address-forwarding"));
        assertEquals("false", props.getProperty("quarkus.http.proxy.allow-x-forwarded"));
        assertEquals("", props.getProperty("quarkus.http.proxy.trusted-proxies"), "no trusted proxy by default");
        assertEquals("false", props.getProperty("quarkus.http.proxy.allow-forwarded", "false"));
        // The tests trust loopback only, where their client and their nginx connect from.
        assertEquals("127.0.0.1,[::1]", props.getProperty("%test.quarkus.http.proxy.trusted-proxies"));
    }

    @Test
    void composeTrustsTheFrontendContainerAlone() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(root.resolve("docker-compose.yml").toFile());
        JsonNode env = compose.path("services").path("backend").path("environment");
        assertEquals("true", env.path("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING").asText());
        String trusted = env.path("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES").asText();
        String frontend = compose.path("services").path("frontend").path("networks").path("default").path("ipv4_address").asText();
        assertFalse(frontend.isEmpty(), "the frontend needs a fixed address for the backend to trust");
        assertEquals(frontend, trusted, "the backend trusts exactly the frontend's address");
        JsonNode ipam = compose.path("networks").path("default").path("ipam").path("config").get(0);
        assertNotNull(ipam, "the default network needs a fixed subnet");
        String subnet = ipam.path("subnet").asText();
        String range = ipam.path("ip_range").asText();
        assertTrue(inCidr(frontend, subnet), frontend + " in " + subnet);
        assertFalse(inCidr(frontend, range), "no other container may be given " + frontend + " (ip_range " + range + ")");
        assertTrue(inCidr(range.substring(0, range.indexOf('/')), subnet), range + " in " + subnet);
    }

    @Test
    void nginxReplacesTheClientsForwardedFor() throws IOException {
        String conf = Files.readString(root.resolve("frontend/nginx.conf"), StandardCharsets.UTF_8);
        Matcher forwardedFor = Pattern.compile("(?m)^\\s*proxy_set_header\\s+X-Forwarded-For\\s+(\\S+);").matcher(conf);
        int n = 0;
        while (forwardedFor.find()) {
            assertEquals("$remote_addr", forwardedFor.group(1), "X-Forwarded-For must be the peer nginx sees");
            n++;
        }
        assertTrue(n > 0, "nginx.conf sets no X-Forwarded-For");
        assertFalse(conf.contains("$proxy_add_x_forwarded_for"), "appending keeps the client's made-up addresses in front");
        assertTrue(Pattern.compile("(?m)^\\s*proxy_set_header\\s+Forwarded\\s+\"\";").matcher(conf).find(),
                "the client's own Forwarded header must not reach the backend");
    }

    private static boolean inCidr(String address, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : 0xffffffffL << (32 - bits) & 0xffffffffL;
        return (ipv4(address) & mask) == (ipv4(parts[0]) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = value << 8 | Integer.parseInt(octet);
        }
        return value;
    }
}
