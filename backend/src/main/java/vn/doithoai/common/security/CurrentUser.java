package vn.doithoai.common.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, read from the verified access token. */
@RequestScoped
public class CurrentUser {

    /** Token claim holding the code of the caller's org unit (the scope of role {@code unit}). */
    public static final String ORG_UNIT_CLAIM = "org_unit";
    /** Token claim holding the code of the caller's ward (the scope of roles {@code ward} and {@code citizen}). */
    public static final String WARD_CLAIM = "ward";
    /**
     * Token claim holding the code of the body (cơ quan tổ chức đối thoại) the caller's staff roles are held in: the
     * office, the chair, units, ward officers, partner systems, and an administrator of that body. Absent for citizens
     * and for the administrator of the whole installation.
     */
    public static final String BODY_CLAIM = "body";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** Who did it, as written in the audit log: the username, or "anonymous". */
    public String username() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    /** The caller's account id at the identity provider (the token's {@code sub}: Keycloak's user id). */
    public Optional<String> subject() {
        return identity.isAnonymous() ? Optional.empty() : Optional.ofNullable(token.getSubject());
    }

    public Optional<String> displayName() {
        return claim("name");
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(Role role) {
        return identity.hasRole(role.id());
    }

    /** A partner system, through its client's service account: no person behind the token. */
    public boolean isPartner() {
        return identity.hasRole(Role.INTEGRATION_ID);
    }

    /** A scope granted to the calling partner; people never hold one, whatever roles a token carries. */
    public boolean hasScope(PartnerScope scope) {
        return isPartner() && identity.hasRole(scope.id());
    }

    /** The calling partner's client id (the token's {@code azp}, or {@code client_id} as Keycloak also writes it). */
    public Optional<String> partnerClientId() {
        if (!isPartner()) {
            return Optional.empty();
        }
        return claim("azp").or(() -> claim("client_id"));
    }

    public Optional<String> orgUnitCode() {
        return claim(ORG_UNIT_CLAIM);
    }

    public Optional<String> wardCode() {
        return claim(WARD_CLAIM);
    }

    public Optional<String> bodyCode() {
        return claim(BODY_CLAIM);
    }

    private Optional<String> claim(String name) {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Object value = token.getClaim(name);
        if (value == null) {
            // An identity made in the application (a demo loader acting as the office) carries its claims as attributes.
            value = identity.getAttribute(name);
        }
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", "")).filter(s -> !s.isBlank());
    }
}
