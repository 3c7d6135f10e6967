package vn.doithoai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.common.idempotency.IdempotencyPurge;
import vn.doithoai.testsupport.TestClock;

@QuarkusTest
class IdempotencyPurgeTest {

    @Inject
    EntityManager em;

    @Inject
    IdempotencyPurge purge;

    private void insert(String scope, String key, Instant at) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into idempotency_record (scope, idem_key, request_hash, status, body, created_at) values (?1, ?2, ?3, 201, '{}', ?4)")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, "0".repeat(64)).setParameter(4, Timestamp.from(at))
                .executeUpdate());
    }

    private long count(String scope) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from idempotency_record where scope = ?1").setParameter(1, scope).getSingleResult()).longValue());
    }

    @Test
    void recordsOlderThanTheCutoffGoInBatchesAndFreshOnesStay() {
        String old = "test-old:" + UUID.randomUUID();
        String fresh = "test-fresh:" + UUID.randomUUID();
        Instant now = TestClock.now();
        // More than one batch of old rows, so the loop must go round.
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 1203; i++) {
                em.createNativeQuery("insert into idempotency_record (scope, idem_key, request_hash, status, created_at) values (?1, ?2, ?3, 201, ?4)")
                        .setParameter(1, old).setParameter(2, "key-" + i).setParameter(3, "0".repeat(64))
                        .setParameter(4, Timestamp.from(now.minus(Duration.ofHours(49)))).executeUpdate();
            }
        });
        insert(fresh, "key-fresh", now.minus(Duration.ofHours(47)));
        insert(fresh, "key-now", now);

        int purged = purge.purgeOlderThan(now.minus(Duration.ofHours(48)));

        assertTrue(purged >= 1203, "purged " + purged);
        assertEquals(0, count(old));
        assertEquals(2, count(fresh));
        // Nothing left to do: a second run (another instance, the next hour) deletes nothing of these.
        purge.purgeOlderThan(now.minus(Duration.ofHours(48)));
        assertEquals(2, count(fresh));
    }
}
