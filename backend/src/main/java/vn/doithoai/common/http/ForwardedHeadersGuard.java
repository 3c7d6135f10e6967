package vn.doithoai.common.http;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start when the backend would take X-Forwarded-For from anyone. Quarkus trusts every peer's forwarded
 * headers unless {@code quarkus.http.proxy.trusted-proxies} names the proxies, and then any client could give itself a
 * new address per request and never meet a per-client limit. So turning forwarding on without naming the proxy is a
 * configuration error, not a default.
 */
@Singleton
public class ForwardedHeadersGuard {

    @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
    boolean forwarding;

    @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies")
    Optional<String> trustedProxies;

    void onStart(@Observes StartupEvent event) {
        check(forwarding, trustedProxies);
    }

    static void check(boolean forwarding, Optional<String> trustedProxies) {
        if (forwarding && trustedProxies.map(String::isBlank).orElse(true)) {
            throw new IllegalStateException("quarkus.http.proxy.proxy-address-forwarding is on but quarkus.http.proxy.trusted-proxies "
                    + "is empty: every client could name its own address in X-Forwarded-For. Set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES to "
                    + "the reverse proxy's address (or CIDR), or turn forwarding off.");
        }
    }
}
