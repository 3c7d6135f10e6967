package vn.doithoai.testsupport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.Arc;
import vn.doithoai.partner.PartnerService;
import vn.doithoai.staff.StaffDirectory;

/**
 * The partner systems Keycloak would know, for the tests that run without Keycloak: as {@link TestTokens#partner} signs
 * a partner's token as Keycloak issues it, this answers "which partner is this, with which scopes" as the realm would.
 * It knows the dev realm's demo partner (doithoai-integration of Ba Đồn) and those a test registers. Any other client id
 * is nobody's partner where the tests run without Keycloak, and is asked of Keycloak itself where they run with it, so
 * the Keycloak stage (PartnerInKeycloakTest) still meets the real partners it registers.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestPartners extends StaffDirectory {

    /** Where the test profile points the admin client when there is no Keycloak: a port that refuses at once. */
    private static final String NO_KEYCLOAK = "http://127.0.0.1:1";

    @ConfigProperty(name = "quarkus.keycloak.admin-client.server-url")
    String keycloakUrl;

    private static final Map<String, Partner> KNOWN = new ConcurrentHashMap<>();

    static {
        KNOWN.put("doithoai-integration", new Partner("doithoai-integration", "doithoai-integration", TestTokens.BA_DON,
                TestTokens.DEMO_PARTNER_SCOPES.stream().sorted().toList(), true));
    }

    /**
     * A partner of the body with exactly these scopes, as a body's administrator would register it (or change it to)
     * through the application: the application's own copy of the partner's scopes is read again.
     */
    public static void register(String clientId, String bodyCode, List<String> scopes) {
        KNOWN.put(clientId, new Partner(clientId, clientId, bodyCode, scopes.stream().sorted().toList(), true));
        if (Arc.container() != null && Arc.container().isRunning()) {
            Arc.container().instance(PartnerService.class).get().registered(bodyCode, clientId);
        }
    }

    @Override
    public Partner changeScopes(String bodyCode, String clientId, Collection<String> scopes) {
        Partner known = clientId == null ? null : KNOWN.get(clientId);
        if (known == null) {
            return super.changeScopes(bodyCode, clientId, scopes);
        }
        Partner changed = new Partner(clientId, known.name(), known.bodyCode(), scopes.stream().sorted().toList(), known.enabled());
        KNOWN.put(clientId, changed);
        return changed;
    }

    @Override
    public Optional<Partner> partner(String bodyCode, String clientId) {
        Partner known = clientId == null ? null : KNOWN.get(clientId);
        if (known != null) {
            return known.bodyCode().equals(bodyCode) ? Optional.of(known) : Optional.empty();
        }
        return NO_KEYCLOAK.equals(keycloakUrl) ? Optional.empty() : super.partner(bodyCode, clientId);
    }
}
