package vn.doithoai.testsupport;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real Keycloak with the dev realm (keycloak/realm-doithoai.json: its clients, demo users and admin client), for the
 * tests tagged "keycloak" that exercise the backend against it: the backend verifies Keycloak's own tokens and calls its
 * Admin API; Keycloak's mail goes to an {@link SmtpSink} on a free port instead of the realm's port 2525. Started once
 * for the test class that declares it (restrictToAnnotatedClass), stopped after it.
 */
public class DevRealmKeycloak implements QuarkusTestResourceLifecycleManager {

    public static final String REALM = "doithoai";
    /** The dev realm's secret of doithoai-admin (development only). */
    public static final String ADMIN_CLIENT_SECRET = "doithoai-admin-dev-secret";

    private static PrivateKeycloak keycloak;
    private static SmtpSink mail;

    @Override
    public Map<String, String> start() {
        try {
            mail = new SmtpSink();
            ObjectMapper json = new ObjectMapper();
            ObjectNode realm = (ObjectNode) json.readTree(Files.readString(PrivateKeycloak.repositoryRoot().resolve("keycloak/realm-doithoai.json")));
            ObjectNode smtp = (ObjectNode) realm.path("smtpServer");
            smtp.put("host", "127.0.0.1");
            smtp.put("port", Integer.toString(mail.port()));
            keycloak = PrivateKeycloak.start("dev-realm", REALM, json.writeValueAsString(realm), Map.of());
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("could not start Keycloak with the dev realm", e);
        }
        String issuer = keycloak.base() + "/realms/" + REALM;
        Map<String, String> config = new HashMap<>();
        for (String profile : new String[] {"", "%test."}) {
            config.put(profile + "quarkus.oidc.auth-server-url", issuer);
            config.put(profile + "quarkus.oidc.token.issuer", issuer);
            config.put(profile + "quarkus.keycloak.admin-client.server-url", keycloak.base());
            config.put(profile + "quarkus.keycloak.admin-client.client-secret", ADMIN_CLIENT_SECRET);
        }
        return config;
    }

    @Override
    public void stop() {
        try {
            if (keycloak != null) {
                keycloak.close();
            }
            if (mail != null) {
                mail.close();
            }
        } catch (Exception e) {
            System.err.println("Keycloak (dev realm): " + e);
        } finally {
            keycloak = null;
            mail = null;
        }
    }

    /** Keycloak's address, e.g. http://127.0.0.1:41234. */
    public static String base() {
        return keycloak.base();
    }

    public static SmtpSink mail() {
        return mail;
    }
}
