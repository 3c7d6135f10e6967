package vn.doithoai.staff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;

/**
 * The realm's accounts, through Keycloak's Admin API, as the client doithoai-admin. The one place that talks to
 * Keycloak: every failure of Keycloak becomes an answer of ours (503 when it cannot be reached or refuses our client,
 * 409 for an e-mail already in use), never Keycloak's own status passed on as if it were about our resources.
 *
 * <p>An account belongs to a body by its attribute {@code body} (the token's claim), works for a unit or a ward by
 * {@code org_unit} and {@code ward}, and holds its roles as realm roles.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);

    static final String BODY = "body";
    static final String ORG_UNIT = "org_unit";
    static final String WARD = "ward";
    /** The one thing an invited person must do: choose a password (the link in the e-mail proves the address). */
    static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    /** A body has tens of staff; far above that, the list would need paging at Keycloak. */
    private static final int MAX_PER_BODY = 2000;
    /** Keycloak's account ids; anything else names nobody (and never reaches Keycloak's paths). */
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9a-fA-F-]{1,64}");

    /** One account as staff administration sees it. */
    public record Account(String id, String username, String email, String firstName, String lastName, boolean enabled,
            List<String> requiredActions, Map<String, List<String>> attributes) {

        public Optional<String> attribute(String name) {
            List<String> values = attributes.get(name);
            return values == null || values.isEmpty() || values.getFirst().isBlank() ? Optional.empty() : Optional.of(values.getFirst());
        }

        /** Vietnamese names: family and middle names first, the given name last. */
        public String fullName() {
            return String.join(" ", java.util.stream.Stream.of(firstName, lastName).filter(s -> s != null && !s.isBlank()).toList());
        }
    }

    /** A new account: who, and where they work. */
    public record NewAccount(String email, String firstName, String lastName, Map<String, String> attributes) {
    }

    @Inject
    Keycloak keycloak;

    @ConfigProperty(name = "quarkus.keycloak.admin-client.realm")
    String realm;

    @ConfigProperty(name = "doithoai.staff.invitation-client")
    String invitationClient;

    @ConfigProperty(name = "doithoai.staff.invitation-lifespan")
    Duration invitationLifespan;

    /** The people of a body (attribute body = its code), service accounts left out. */
    public List<Account> inBody(String bodyCode) {
        List<UserRepresentation> found = call(() -> realm().users()
                .searchByAttributes(0, MAX_PER_BODY, null, true, false, BODY + ":" + bodyCode)); // exact, full (with attributes)
        return found.stream().filter(u -> !isServiceAccount(u)).map(StaffDirectory::account)
                .filter(a -> a.attribute(BODY).filter(bodyCode::equals).isPresent()).toList();
    }

    public Optional<Account> find(String id) {
        if (id == null || !ACCOUNT_ID.matcher(id).matches()) {
            return Optional.empty();
        }
        try {
            UserRepresentation user = call(() -> realm().users().get(id).toRepresentation());
            return isServiceAccount(user) ? Optional.empty() : Optional.of(account(user));
        } catch (NotInDirectory e) {
            return Optional.empty();
        }
    }

    /** The realm roles given to the account itself (not through groups or composites). */
    public Set<String> roles(String id) {
        return call(() -> realm().users().get(id).roles().realmLevel().listAll()).stream().map(RoleRepresentation::getName)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }

    /** Creates the account, enabled, with the password still to choose. Its id; 409 when the e-mail is in use. */
    public String create(NewAccount account) {
        var user = new UserRepresentation();
        // The e-mail is the login: people remember it, and the realm lets them log in with it.
        user.setUsername(account.email());
        user.setEmail(account.email());
        user.setEmailVerified(false);
        user.setFirstName(account.firstName());
        user.setLastName(account.lastName());
        user.setEnabled(true);
        user.setRequiredActions(List.of(UPDATE_PASSWORD));
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        account.attributes().forEach((k, v) -> {
            if (v != null) {
                attributes.put(k, List.of(v));
            }
        });
        user.setAttributes(attributes);
        return call(() -> {
            try (Response response = realm().users().create(user)) {
                if (response.getStatus() == 409) {
                    // Whose the address is stays unsaid: it may be another body's person.
                    throw DomainException.conflict("staff.email-taken");
                }
                if (response.getStatus() / 100 != 2) {
                    throw new WebApplicationException(response.getStatus());
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
    }

    public void grant(String id, Collection<String> roles) {
        if (!roles.isEmpty()) {
            call(() -> {
                realm().users().get(id).roles().realmLevel().add(representations(roles));
                return null;
            });
        }
    }

    public void revoke(String id, Collection<String> roles) {
        if (!roles.isEmpty()) {
            call(() -> {
                realm().users().get(id).roles().realmLevel().remove(representations(roles));
                return null;
            });
        }
    }

    /** Sets the scope attributes (null removes one), keeping every other attribute of the account as it is. */
    public void setAttributes(String id, Map<String, String> values) {
        call(() -> {
            var resource = realm().users().get(id);
            UserRepresentation user = resource.toRepresentation();
            Map<String, List<String>> attributes = user.getAttributes() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(user.getAttributes());
            values.forEach((k, v) -> {
                if (v == null) {
                    attributes.remove(k);
                } else {
                    attributes.put(k, List.of(v));
                }
            });
            user.setAttributes(attributes);
            resource.update(user);
            return null;
        });
    }

    public void setEnabled(String id, boolean enabled) {
        call(() -> {
            var resource = realm().users().get(id);
            UserRepresentation user = resource.toRepresentation();
            user.setEnabled(enabled);
            resource.update(user);
            if (!enabled) {
                // Sessions end now; an access token already given out lives its few minutes.
                resource.logout();
            }
            return null;
        });
    }

    /**
     * Keycloak's "execute actions" e-mail: a link, valid for {@code doithoai.staff.invitation-lifespan}, to choose a
     * password. Keycloak's mail server is the realm's (Realm settings → Email).
     */
    public void sendInvitation(String id) {
        try {
            call(() -> {
                realm().users().get(id).executeActionsEmail(invitationClient, null, (int) invitationLifespan.toSeconds(),
                        List.of(UPDATE_PASSWORD));
                return null;
            });
        } catch (DirectoryUnavailableException e) {
            throw new DirectoryUnavailableException("staff.invitation-mail-failed");
        }
    }

    /** Removes an account (undoing an invitation that could not be completed). */
    public void delete(String id) {
        call(() -> {
            try (Response response = realm().users().delete(id)) {
                if (response.getStatus() / 100 != 2 && response.getStatus() != 404) {
                    throw new WebApplicationException(response.getStatus());
                }
            }
            return null;
        });
    }

    private List<RoleRepresentation> representations(Collection<String> roles) {
        List<RoleRepresentation> out = new ArrayList<>();
        for (String role : roles) {
            out.add(realm().roles().get(role).toRepresentation());
        }
        return out;
    }

    /**
     * A client's service account (a partner system's, ours) is nobody's staff. Keycloak's search leaves out the field
     * that says so; their usernames carry Keycloak's prefix, which the e-mail logins of invited people never do.
     */
    private static boolean isServiceAccount(UserRepresentation user) {
        return user.getServiceAccountClientId() != null || user.getUsername() != null && user.getUsername().startsWith("service-account-");
    }

    // ------------------------------------------------------------------ partner systems (hệ thống đối tác)

    /** The client attribute naming the body a partner system belongs to. */
    static final String PARTNER_BODY = "doithoai.body";
    /** The API's client, whose roles are the partners' scopes (PartnerScope). */
    static final String API_CLIENT = "doithoai-api";

    /** A partner system: its confidential client, its body, its scopes, and whether it may get tokens. */
    public record Partner(String clientId, String name, String bodyCode, List<String> scopes, boolean enabled) {
    }

    /** A partner system with its secret, shown once: on registration and on each rotation. */
    public record PartnerSecret(Partner partner, String secret) {
    }

    /** The partner systems of a body, by client id. */
    public List<Partner> partners(String bodyCode) {
        return call(() -> realm().clients().findAll()).stream()
                .filter(c -> c.getAttributes() != null && bodyCode.equals(c.getAttributes().get(PARTNER_BODY)))
                .sorted(java.util.Comparator.comparing(ClientRepresentation::getClientId)).map(this::partner).toList();
    }

    /** The partner system of this client id, when it belongs to the body. */
    public Optional<Partner> partner(String bodyCode, String clientId) {
        return clientOfBody(bodyCode, clientId).map(this::partner);
    }

    /**
     * Registers a partner system: a confidential client with the client-credentials grant only, whose tokens carry the
     * API's audience and the body (from its service account's attribute), and whose service account holds role integration
     * and the scopes granted. 409 when the client id is taken (by any body's partner or by the realm's own clients).
     */
    public PartnerSecret registerPartner(String bodyCode, String clientId, String name, Collection<String> scopes) {
        var client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setServiceAccountsEnabled(true);
        client.setFullScopeAllowed(true);
        client.setAttributes(new LinkedHashMap<>(Map.of(PARTNER_BODY, bodyCode)));
        client.setProtocolMappers(List.of(audienceMapper(), bodyMapper()));
        String id = call(() -> {
            try (Response response = realm().clients().create(client)) {
                if (response.getStatus() == 409) {
                    throw DomainException.conflict("partner.client-id-taken", clientId);
                }
                if (response.getStatus() / 100 != 2) {
                    throw new WebApplicationException(response.getStatus());
                }
                return CreatedResponseUtil.getCreatedId(response);
            }
        });
        try {
            call(() -> {
                var account = realm().clients().get(id).getServiceAccountUser();
                var user = realm().users().get(account.getId());
                UserRepresentation rep = user.toRepresentation();
                Map<String, List<String>> attributes = rep.getAttributes() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rep.getAttributes());
                attributes.put(BODY, List.of(bodyCode));
                rep.setAttributes(attributes);
                user.update(rep);
                user.roles().realmLevel().add(List.of(realm().roles().get("integration").toRepresentation()));
                return null;
            });
            grantScopes(id, scopes);
            return new PartnerSecret(partner(call(() -> realm().clients().get(id).toRepresentation())),
                    call(() -> realm().clients().get(id).getSecret().getValue()));
        } catch (RuntimeException e) {
            // Half a partner is none: a client without its body or role must not stay behind.
            try {
                realm().clients().get(id).remove();
            } catch (RuntimeException cleanup) {
                LOG.errorf("partner client %s could not be removed after a failed registration: %s", clientId, cleanup.getMessage());
            }
            throw e;
        }
    }

    /** Sets the partner's scopes to exactly these. */
    public Partner changeScopes(String bodyCode, String clientId, Collection<String> scopes) {
        ClientRepresentation client = clientOfBody(bodyCode, clientId).orElseThrow(StaffDirectory::partnerNotFound);
        List<RoleRepresentation> held = call(() -> realm().users().get(serviceAccount(client.getId())).roles().clientLevel(apiClientId())
                .listAll());
        if (!held.isEmpty()) {
            call(() -> {
                realm().users().get(serviceAccount(client.getId())).roles().clientLevel(apiClientId()).remove(held);
                return null;
            });
        }
        grantScopes(client.getId(), scopes);
        return partner(client);
    }

    /** A new secret for the partner; the old one stops working at once. */
    public PartnerSecret rotateSecret(String bodyCode, String clientId) {
        ClientRepresentation client = clientOfBody(bodyCode, clientId).orElseThrow(StaffDirectory::partnerNotFound);
        String secret = call(() -> realm().clients().get(client.getId()).generateNewSecret().getValue());
        return new PartnerSecret(partner(client), secret);
    }

    private void grantScopes(String clientUuid, Collection<String> scopes) {
        if (scopes.isEmpty()) {
            return;
        }
        call(() -> {
            String api = apiClientId();
            List<RoleRepresentation> roles = new ArrayList<>();
            for (String scope : scopes) {
                roles.add(realm().clients().get(api).roles().get(scope).toRepresentation());
            }
            realm().users().get(serviceAccount(clientUuid)).roles().clientLevel(api).add(roles);
            return null;
        });
    }

    private Optional<ClientRepresentation> clientOfBody(String bodyCode, String clientId) {
        if (clientId == null || !PARTNER_CLIENT_ID.matcher(clientId).matches()) {
            return Optional.empty();
        }
        return call(() -> realm().clients().findByClientId(clientId)).stream()
                .filter(c -> c.getAttributes() != null && bodyCode.equals(c.getAttributes().get(PARTNER_BODY))).findFirst();
    }

    private Partner partner(ClientRepresentation c) {
        List<String> scopes = call(() -> realm().users().get(serviceAccount(c.getId())).roles().clientLevel(apiClientId()).listAll())
                .stream().map(RoleRepresentation::getName).sorted().toList();
        return new Partner(c.getClientId(), c.getName(), c.getAttributes().get(PARTNER_BODY), scopes, Boolean.TRUE.equals(c.isEnabled()));
    }

    private String serviceAccount(String clientUuid) {
        return call(() -> realm().clients().get(clientUuid).getServiceAccountUser().getId());
    }

    private String apiClientId() {
        return call(() -> realm().clients().findByClientId(API_CLIENT)).stream().findFirst().map(ClientRepresentation::getId)
                .orElseThrow(() -> new DirectoryUnavailableException("staff.directory-unavailable"));
    }

    /** A partner's client id: lower-case letters, digits and dashes, as the realm's own clients are named. */
    public static final Pattern PARTNER_CLIENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");

    private static DomainException partnerNotFound() {
        return DomainException.notFound("partner.not-found");
    }

    private static ProtocolMapperRepresentation audienceMapper() {
        var m = new ProtocolMapperRepresentation();
        m.setName("audience " + API_CLIENT);
        m.setProtocol("openid-connect");
        m.setProtocolMapper("oidc-audience-mapper");
        m.setConfig(Map.of("included.client.audience", API_CLIENT, "access.token.claim", "true", "id.token.claim", "false",
                "introspection.token.claim", "true"));
        return m;
    }

    private static ProtocolMapperRepresentation bodyMapper() {
        var m = new ProtocolMapperRepresentation();
        m.setName(BODY);
        m.setProtocol("openid-connect");
        m.setProtocolMapper("oidc-usermodel-attribute-mapper");
        m.setConfig(Map.of("user.attribute", BODY, "claim.name", BODY, "jsonType.label", "String", "multivalued", "false",
                "access.token.claim", "true", "id.token.claim", "false", "introspection.token.claim", "true"));
        return m;
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private static Account account(UserRepresentation u) {
        return new Account(u.getId(), u.getUsername(), u.getEmail(), u.getFirstName(), u.getLastName(), Boolean.TRUE.equals(u.isEnabled()),
                u.getRequiredActions() == null ? List.of() : List.copyOf(u.getRequiredActions()),
                u.getAttributes() == null ? Map.of() : Map.copyOf(u.getAttributes()));
    }

    /** Keycloak answered 404 for the account asked about: for the caller, no such person. */
    private static final class NotInDirectory extends DomainException {
        NotInDirectory() {
            super(ProblemKind.NOT_FOUND, "staff.member-not-found");
        }
    }

    private static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (DomainException e) {
            throw e;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            if (status == 404) {
                throw new NotInDirectory();
            }
            if (status == 409) {
                throw DomainException.conflict("staff.email-taken");
            }
            // 401/403: our client is refused (its secret, its roles); 5xx: Keycloak failed. Either way, try again later.
            LOG.errorf("Keycloak's Admin API answered %d (%s); check the client doithoai-admin, its secret "
                    + "(DOITHOAI_ADMIN_CLIENT_SECRET) and its service account's roles", status, e.getMessage());
            throw new DirectoryUnavailableException("staff.directory-unavailable");
        } catch (ProcessingException | IllegalStateException e) {
            LOG.errorf("Keycloak's Admin API could not be reached: %s", e.getMessage());
            throw new DirectoryUnavailableException("staff.directory-unavailable");
        }
    }
}
