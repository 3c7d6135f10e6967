package vn.doithoai.common.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The counts behind every {@link RateLimiter}, in the table {@code rate_limit_counter}: one row per limit, client and
 * window, so every backend instance counts against the same numbers. A hit is one short transaction of its own on
 * its own connection (never the caller's, whose rollback must not take a counted attempt back, and never waiting
 * for a second connection of the caller's pool): the upsert locks the client's row for the current window, so hits
 * from any number of instances are counted one after the other, exactly; a refused hit is taken back before the
 * commit, so a client that keeps trying is not shut out for longer than its allowance says.
 */
final class SharedCounters {

    /** Where the connections come from: the application's small pool, or a plain connection in a test. */
    @FunctionalInterface
    interface Connections {
        Connection open() throws SQLException;
    }

    /** The outcome of one hit: allowed, or refused with the counts to say when to come back. */
    record Verdict(boolean allowed, long previous, long current) {
    }

    private static final int ATTEMPTS = 3;
    /** MariaDB's deadlock and lock-wait timeout: rare, and a fresh attempt succeeds. */
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private final Connections connections;

    SharedCounters(Connections connections) {
        this.connections = connections;
    }

    /** Counts one hit of {@code bucket} under {@code limit} at {@code now} (epoch ms), or refuses it. */
    Verdict hit(String limit, String bucket, int max, long windowMillis, long now) {
        long start = SlidingWindow.start(now, windowMillis);
        for (int attempt = 1;; attempt++) {
            try {
                return inTransaction(c -> {
                    upsert(c, limit, bucket, start, start + 2 * windowMillis);
                    long[] counts = counts(c, limit, bucket, start - windowMillis, start);
                    if (SlidingWindow.allows(max, windowMillis, now - start, counts[0], counts[1])) {
                        return new Verdict(true, counts[0], counts[1]);
                    }
                    takeBack(c, limit, bucket, start);
                    return new Verdict(false, counts[0], counts[1] - 1);
                });
            } catch (SQLException e) {
                if (attempt < ATTEMPTS && (e.getErrorCode() == DEADLOCK || e.getErrorCode() == LOCK_WAIT_TIMEOUT
                        || "40001".equals(e.getSQLState()))) {
                    continue;
                }
                throw new IllegalStateException("the rate-limit counters could not be updated", e);
            }
        }
    }

    /** Deletes at most {@code batch} rows that no window can read any more (expired before {@code now}); how many. */
    int purge(long now, int batch) {
        try (Connection c = connections.open();
                PreparedStatement delete = c.prepareStatement("delete from rate_limit_counter where expires_at < ? limit " + batch)) {
            delete.setLong(1, now);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the rate-limit counters could not be purged", e);
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = connections.open()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void upsert(Connection c, String limit, String bucket, long start, long expiresAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into rate_limit_counter (limit_name, bucket, window_start, hits, expires_at) "
                + "values (?, ?, ?, 1, ?) on duplicate key update hits = hits + 1")) {
            s.setString(1, limit);
            s.setString(2, bucket);
            s.setLong(3, start);
            s.setLong(4, expiresAt);
            s.executeUpdate();
        }
    }

    /** The previous and the current window's counts (the current one read under this transaction's lock). */
    private static long[] counts(Connection c, String limit, String bucket, long previousStart, long start) throws SQLException {
        long[] counts = new long[2];
        try (PreparedStatement s = c.prepareStatement("select window_start, hits from rate_limit_counter "
                + "where limit_name = ? and bucket = ? and window_start in (?, ?)")) {
            s.setString(1, limit);
            s.setString(2, bucket);
            s.setLong(3, previousStart);
            s.setLong(4, start);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    counts[rs.getLong(1) == start ? 1 : 0] = rs.getLong(2);
                }
            }
        }
        return counts;
    }

    private static void takeBack(Connection c, String limit, String bucket, long start) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update rate_limit_counter set hits = hits - 1 "
                + "where limit_name = ? and bucket = ? and window_start = ?")) {
            s.setString(1, limit);
            s.setString(2, bucket);
            s.setLong(3, start);
            s.executeUpdate();
        }
    }
}
