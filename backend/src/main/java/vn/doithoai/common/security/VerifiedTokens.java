package vn.doithoai.common.security;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Bearer tokens already verified, kept for a short while. Verifying a token (RSA signature, its JSON parsed twice,
 * the identity built) was half the server's CPU for a page of the feedback list (FeedbackListBench, JFR), and a
 * browser sends the same token with every request until it expires. Keyed by the whole token string, signature
 * included: only the very token that passed verification matches. Kept until the token expires and at most
 * {@code doithoai.security.verified-tokens.ttl}, which bounds how long a token keeps working after its signing key
 * is withdrawn from the realm. At most {@code max-size} tokens; 0 turns the cache off.
 */
@ApplicationScoped
public class VerifiedTokens {

    private record Verified(SecurityIdentity identity, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @ConfigProperty(name = "doithoai.security.verified-tokens.max-size", defaultValue = "1000")
    int maxSize;

    @ConfigProperty(name = "doithoai.security.verified-tokens.ttl", defaultValue = "PT1M")
    Duration ttl;

    SecurityIdentity find(String token) {
        Verified v = verified.get(token);
        if (v == null) {
            return null;
        }
        if (System.currentTimeMillis() >= v.untilMillis()) {
            verified.remove(token, v);
            return null;
        }
        return v.identity();
    }

    void keep(String token, SecurityIdentity identity, long expiresAtSeconds) {
        long now = System.currentTimeMillis();
        long until = Math.min(now + ttl.toMillis(), expiresAtSeconds * 1000);
        if (until <= now || maxSize <= 0 || verified.containsKey(token)) {
            return;
        }
        if (verified.size() >= maxSize) {
            verified.values().removeIf(v -> now >= v.untilMillis());
            if (verified.size() >= maxSize) {
                return;
            }
        }
        // Without this request's routing and authentication contexts: a later request gets its own.
        verified.put(token, new Verified(QuarkusSecurityIdentity.builder(identity).addAttribute(RoutingContext.class.getName(), null)
                .addAttribute(AuthenticationRequestContext.class.getName(), null).build(), until));
    }

    /** Answers a bearer token verified before (tried before the OIDC provider); any other token goes on to it. */
    @ApplicationScoped
    static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

        private final VerifiedTokens tokens;

        @Inject
        Provider(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Class<TokenAuthenticationRequest> getRequestType() {
            return TokenAuthenticationRequest.class;
        }

        @Override
        public int priority() {
            return SYSTEM_FIRST;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
            SecurityIdentity known = request.getToken() instanceof AccessTokenCredential ? tokens.find(request.getToken().getToken()) : null;
            if (known == null) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder(known)
                    .addAttribute(RoutingContext.class.getName(), HttpSecurityUtils.getRoutingContextAttribute(request))
                    .addAttribute(AuthenticationRequestContext.class.getName(), context).build());
        }
    }

    /** Keeps each identity the OIDC provider verified from a bearer token; runs after every other augmentor. */
    @ApplicationScoped
    static class Keeper implements SecurityIdentityAugmentor {

        private final VerifiedTokens tokens;

        @Inject
        Keeper(VerifiedTokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public int priority() {
            return Integer.MIN_VALUE;
        }

        @Override
        public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
            if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt) {
                AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
                if (credential != null && credential.getToken() != null) {
                    tokens.keep(credential.getToken(), identity, jwt.getExpirationTime());
                }
            }
            return Uni.createFrom().item(identity);
        }
    }
}
