package vn.doithoai.common.ratelimit;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lookups by tracking code, counted per client across every public endpoint that takes one (an item's progress, the
 * rulings on it, an anonymous sender's attachment): a code is short enough to be guessed, so no client may try them
 * in bulk (429 beyond the limit).
 */
@ApplicationScoped
public class TrackingCodeLookups {

    @Inject
    RateLimits limits;

    @ConfigProperty(name = "doithoai.tracking.lookups-per-client", defaultValue = "30")
    int lookupsPerClient;

    @ConfigProperty(name = "doithoai.tracking.lookup-window", defaultValue = "PT1M")
    Duration lookupWindow;

    private RateLimiter limiter;

    @PostConstruct
    void init() {
        limiter = limits.limiter("tracking-code-lookup", lookupsPerClient, lookupWindow);
    }

    /** Counts one lookup by this client, or refuses it (RateLimitedException, 429 with Retry-After). */
    public void acquire(String client) {
        limiter.acquire(client);
    }
}
