package vn.doithoai.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.narayana.jta.QuarkusTransaction;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.partner.dto.PartnerCredentials;
import vn.doithoai.partner.dto.PartnerRequest;
import vn.doithoai.partner.dto.PartnerView;
import vn.doithoai.staff.StaffAccess;
import vn.doithoai.staff.StaffDirectory;

/**
 * A body's partner systems (hệ thống đối tác: the province's feedback portal, the document system, the data-sharing
 * platform), registered and kept by the body's administrator, as its people are: the installation's administrator for
 * any body, a body's administrator for their own. Each is a Keycloak client with the client-credentials grant; its
 * secret is shown once, when registered and each time it is rotated.
 */
@ApplicationScoped
public class PartnerService {

    static final String AUDIT_TYPE = "Partner";

    @Inject
    StaffAccess access;

    @Inject
    StaffDirectory directory;

    @Inject
    AuditLog audit;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String issuer;

    /**
     * The partners as the directory last answered, by body and client id (empty: no such partner of the body). Read by
     * the features that act for partners inside a business transaction (the webhook publisher, on every change it hears
     * of), which must neither wait on the directory nor fail with it there. Read again whenever a partner is registered or
     * its scopes change through this application, when a subscription is made for it, and when the body's partners are
     * listed; a change made in the
     * directory's own console is seen from the next of those, or after a restart.
     */
    private final Map<String, Optional<PartnerView>> held = new ConcurrentHashMap<>();

    public List<PartnerView> list(String bodyCode) {
        OrgUnit body = access.administered(bodyCode);
        List<PartnerView> partners = directory.partners(body.code()).stream().map(PartnerService::view).toList();
        partners.forEach(p -> held.put(key(body.code(), p.clientId()), Optional.of(p)));
        return partners;
    }

    public PartnerView get(String bodyCode, String clientId) {
        OrgUnit body = access.administered(bodyCode);
        return directory.partner(body.code(), clientId).map(PartnerService::view)
                .orElseThrow(() -> vn.doithoai.common.error.DomainException.notFound("partner.not-found"));
    }

    /**
     * The partner of this client id when it belongs to the body, with its scopes as they are now, for the body's own
     * features that act for its partners (its webhook subscriptions); whoever calls has already decided who may ask.
     */
    public Optional<PartnerView> registered(String bodyCode, String clientId) {
        Optional<PartnerView> partner = directory.partner(bodyCode, clientId).map(PartnerService::view);
        held.put(key(bodyCode, clientId), partner);
        return partner;
    }

    /**
     * The partner with its scopes as last read from the directory ({@link #held}), without asking it again: only a
     * partner never read since the application started is looked up, once.
     */
    public Optional<PartnerView> held(String bodyCode, String clientId) {
        Optional<PartnerView> known = held.get(key(bodyCode, clientId));
        return known != null ? known : registered(bodyCode, clientId);
    }

    private static String key(String bodyCode, String clientId) {
        return bodyCode + " " + clientId;
    }

    public PartnerCredentials register(String bodyCode, PartnerRequest.Registration request) {
        OrgUnit body = access.administered(bodyCode);
        List<String> scopes = scopes(request.scopes());
        var registered = directory.registerPartner(body.code(), request.clientId(), request.name().strip(), scopes);
        held.put(key(body.code(), request.clientId()), Optional.of(view(registered.partner())));
        audited(request.clientId(), "registered", AuditLog.between(Map.of(),
                Map.of("body", body.code(), "name", request.name().strip(), "scopes", scopes)));
        return credentials(registered);
    }

    public PartnerView changeScopes(String bodyCode, String clientId, PartnerRequest.Scopes request) {
        OrgUnit body = access.administered(bodyCode);
        List<String> scopes = scopes(request.scopes());
        PartnerView before = get(body.code(), clientId);
        directory.changeScopes(body.code(), clientId, scopes);
        audited(clientId, "scopes-changed", AuditLog.between(Map.of("scopes", before.scopes()), Map.of("scopes", scopes)));
        return registered(body.code(), clientId).orElseThrow(() -> vn.doithoai.common.error.DomainException.notFound("partner.not-found"));
    }

    public PartnerCredentials rotateSecret(String bodyCode, String clientId) {
        OrgUnit body = access.administered(bodyCode);
        var rotated = directory.rotateSecret(body.code(), clientId);
        // What changed is only that there is a new secret: the secret itself is never written down.
        audited(clientId, "secret-rotated", AuditLog.changes());
        return credentials(rotated);
    }

    /**
     * The partner lives in Keycloak, the audit trail in the database: each change is recorded, in a transaction of its
     * own, once Keycloak has made it.
     */
    private void audited(String clientId, String action, AuditLog.Changes changes) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(AUDIT_TYPE, clientId, action, changes));
    }

    /** The scopes asked for, each one of the documented list (400 naming the first unknown one), without repeats. */
    private static List<String> scopes(List<String> asked) {
        List<Violation> violations = new ArrayList<>();
        TreeSet<String> scopes = new TreeSet<>();
        for (int i = 0; i < asked.size(); i++) {
            String scope = asked.get(i).strip();
            if (PartnerScope.of(scope).isEmpty()) {
                violations.add(new Violation("scopes[" + i + "]", "partner.scope-unknown", scope));
            } else {
                scopes.add(scope);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return List.copyOf(scopes);
    }

    private PartnerCredentials credentials(StaffDirectory.PartnerSecret secret) {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return new PartnerCredentials(view(secret.partner()), secret.secret(), base + "/protocol/openid-connect/token");
    }

    private static PartnerView view(StaffDirectory.Partner p) {
        return new PartnerView(p.clientId(), p.name(), p.bodyCode(), p.scopes(), p.enabled());
    }
}
