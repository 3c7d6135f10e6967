package vn.doithoai.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.common.error.RateLimitedException;
import vn.doithoai.testsupport.TestClock;

/**
 * The counters behind every per-client limit, against the real database: shared exactly by instances that have
 * nothing in common but the database, sliding, and kept small by the purge.
 */
@QuarkusTest
class SharedCountersTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    RateLimits limits;

    @Inject
    RateLimitPurge purge;

    /** A clock the test moves; it starts 10 s into a minute, so a test begins inside one window. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        static MovableClock tenSecondsIntoAMinute(Instant around) {
            long start = SlidingWindow.start(around.toEpochMilli(), MINUTE.toMillis());
            return new MovableClock(Instant.ofEpochMilli(start + 10_000));
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static String uniqueName() {
        return "test-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Another instance: its own connections straight to the same database, no pool and nothing of this application's. */
    private static SharedCounters anotherInstance() {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        return new SharedCounters(() -> DriverManager.getConnection(url, user, password));
    }

    private static boolean tryAcquire(RateLimiter limiter, String client) {
        try {
            limiter.acquire(client);
            return true;
        } catch (RateLimitedException refused) {
            return false;
        }
    }

    @Test
    void twoInstancesCountOneAllowanceExactly() throws Exception {
        String name = uniqueName();
        MovableClock clock = MovableClock.tenSecondsIntoAMinute(TestClock.now());
        RateLimiter here = new RateLimiter(name, 40, Duration.ofMinutes(10), clock, limits.counters());
        RateLimiter there = new RateLimiter(name, 40, Duration.ofMinutes(10), clock, anotherInstance());
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                RateLimiter limiter = t % 2 == 0 ? here : there;
                tasks.add(() -> {
                    for (int i = 0; i < 15; i++) {
                        if (tryAcquire(limiter, "203.0.113.40")) {
                            allowed.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(40, allowed.get(), "120 attempts from two instances at once, 40 allowed");
        assertEquals(40, hits(name, "203.0.113.40"), "refused attempts are not counted");
        // Both instances refuse from now on; another client still has its own allowance.
        assertThrows(RateLimitedException.class, () -> here.acquire("203.0.113.40"));
        assertThrows(RateLimitedException.class, () -> there.acquire("203.0.113.40"));
        there.acquire("203.0.113.41");
    }

    @Test
    void theWindowSlidesAndARefusalSaysWhenToComeBack() {
        MovableClock clock = MovableClock.tenSecondsIntoAMinute(TestClock.now());
        RateLimiter limiter = new RateLimiter(uniqueName(), 3, MINUTE, clock, limits.counters());
        for (int i = 0; i < 3; i++) {
            limiter.acquire("198.51.100.3");
        }
        // At the next minute + 20 s the three weigh 3 × 40/60 = 2: one more fits. 50 s + 20 s from now.
        RateLimitedException refused = assertThrows(RateLimitedException.class, () -> limiter.acquire("198.51.100.3"));
        assertEquals(70, refused.retryAfterSeconds());
        // Trying again and again changes nothing: refusals are not counted.
        for (int i = 0; i < 5; i++) {
            assertThrows(RateLimitedException.class, () -> limiter.acquire("198.51.100.3"));
        }
        clock.advance(Duration.ofSeconds(69));
        assertThrows(RateLimitedException.class, () -> limiter.acquire("198.51.100.3"));
        clock.advance(Duration.ofSeconds(1));
        limiter.acquire("198.51.100.3");
        assertThrows(RateLimitedException.class, () -> limiter.acquire("198.51.100.3"));
        // Two windows later nothing of it is left.
        clock.advance(Duration.ofMinutes(2));
        for (int i = 0; i < 3; i++) {
            limiter.acquire("198.51.100.3");
        }
    }

    @Test
    void limitsAndClientsAreCountedApart() {
        MovableClock clock = MovableClock.tenSecondsIntoAMinute(TestClock.now());
        RateLimiter one = new RateLimiter(uniqueName(), 2, MINUTE, clock, limits.counters());
        RateLimiter other = new RateLimiter(uniqueName(), 2, MINUTE, clock, limits.counters());
        one.acquire("2001:db8:1:2::/64");
        one.acquire("2001:db8:1:2::/64");
        assertThrows(RateLimitedException.class, () -> one.acquire("2001:db8:1:2::/64"));
        other.acquire("2001:db8:1:2::/64");
        one.acquire("2001:db8:1:3::/64");
    }

    @Test
    void expiredCountersArePurgedInBatchesAndLiveOnesStay() throws SQLException {
        // In the past, so no other test's live counters are near the cut.
        Instant past = TestClock.now().minus(Duration.ofDays(3));
        MovableClock clock = MovableClock.tenSecondsIntoAMinute(past);
        String name = uniqueName();
        long start = SlidingWindow.start(clock.millis(), MINUTE.toMillis());
        insertRows(name, 1203, start - 5 * MINUTE.toMillis(), start - 3 * MINUTE.toMillis());
        RateLimiter limiter = new RateLimiter(name, 5, MINUTE, clock, limits.counters());
        limiter.acquire("198.51.100.9");

        int purged = purge.purgeExpired(clock.instant());

        assertTrue(purged >= 1203, "purged " + purged);
        assertEquals(1, rows(name), "the live counter stays");
        assertEquals(1, hits(name, "198.51.100.9"));
        // Once its window and the next are over, it goes too.
        clock.advance(Duration.ofMinutes(2));
        purge.purgeExpired(clock.instant());
        assertEquals(0, rows(name));
    }

    @Test
    void aKeyThatIsNotAPlainWordIsStoredAsItsHash() {
        assertEquals("203.0.113.7", RateLimiter.bucket("203.0.113.7"));
        String hashed = RateLimiter.bucket("số điện thoại 0912 345 678");
        assertTrue(hashed.startsWith("#") && hashed.length() == 44, hashed);
        assertEquals(hashed, RateLimiter.bucket("số điện thoại 0912 345 678"));
        assertEquals(44, RateLimiter.bucket("x".repeat(200)).length());
        assertThrows(IllegalArgumentException.class, () -> limits.limiter("Bad Name", 1, MINUTE));
        assertThrows(IllegalArgumentException.class, () -> limits.limiter("zero", 0, MINUTE));
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static void insertRows(String name, int n, long windowStart, long expiresAt) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "insert into rate_limit_counter (limit_name, bucket, window_start, hits, expires_at) values (?, ?, ?, 1, ?)")) {
            for (int i = 0; i < n; i++) {
                s.setString(1, name);
                s.setString(2, "10.9." + (i / 250) + "." + (i % 250));
                s.setLong(3, windowStart);
                s.setLong(4, expiresAt);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long rows(String name) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select count(*) from rate_limit_counter where limit_name = ?")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long hits(String name, String bucket) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "select coalesce(sum(hits), 0) from rate_limit_counter where limit_name = ? and bucket = ?")) {
            s.setString(1, name);
            s.setString(2, bucket);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
