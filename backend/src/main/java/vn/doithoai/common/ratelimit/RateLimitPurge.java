package vn.doithoai.common.ratelimit;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps rate_limit_counter small: a row counts for its own window and the next one, then only takes room. Every few
 * minutes the expired rows go, in batches of 1000 (each its own statement, so no hit waits behind a long delete).
 * So the table holds about the clients of the last two windows of each limit, never more than the requests made
 * then. Several instances may run it at once: deleting expired rows twice deletes nothing the second time.
 */
@ApplicationScoped
public class RateLimitPurge {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(RateLimitPurge.class);

    @Inject
    RateLimits limits;

    @Inject
    Clock clock;

    @Scheduled(identity = "rate-limit-purge", every = "${doithoai.rate-limit.purge-every:10m}",
            delayed = "${doithoai.rate-limit.purge-delay:2m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = purgeExpired(Instant.now(clock));
        if (purged > 0) {
            LOG.debugf("Purged %d expired rate-limit counters", purged);
        }
    }

    /** Deletes the counters no window can read at {@code now}; how many. */
    public int purgeExpired(Instant now) {
        int total = 0;
        int deleted;
        do {
            deleted = limits.counters().purge(now.toEpochMilli(), BATCH);
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
