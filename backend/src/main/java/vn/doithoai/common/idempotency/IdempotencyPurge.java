package vn.doithoai.common.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Forgets the answers kept for {@link Idempotency}: a phone retries within minutes, so after 48 hours a key's row
 * only takes room. Every hour, in batches of 1000 rows, each batch its own short transaction so submissions are
 * never held up behind one long delete. Several instances may run it at once: a DELETE of old rows is idempotent.
 */
@ApplicationScoped
public class IdempotencyPurge {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @ConfigProperty(name = "doithoai.idempotency.retention", defaultValue = "PT48H")
    Duration retention;

    // Not at startup: the first run waits a few minutes, so it never competes with the application starting.
    @Scheduled(identity = "idempotency-purge", every = "${doithoai.idempotency.purge-every:1h}",
            delayed = "${doithoai.idempotency.purge-delay:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int purged = purgeOlderThan(Instant.now(clock).minus(retention));
        if (purged > 0) {
            LOG.infof("Purged %d idempotency records older than %s", purged, retention);
        }
    }

    /** Deletes the rows written before {@code cutoff}; how many were deleted. */
    public int purgeOlderThan(Instant cutoff) {
        Timestamp before = Timestamp.from(cutoff);
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em
                    .createNativeQuery("delete from idempotency_record where created_at < ?1 limit " + BATCH)
                    .setParameter(1, before).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
