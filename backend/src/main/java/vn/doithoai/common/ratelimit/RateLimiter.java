package vn.doithoai.common.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

import vn.doithoai.common.error.RateLimitedException;

/**
 * At most {@code max} actions per key (a client, see ClientAddress) within a sliding window of {@code window}, counted
 * in the database so that every backend instance shares one allowance per client. Made by {@link RateLimits}; the
 * same call for every limit: {@code limiter.acquire(client)}.
 */
public final class RateLimiter {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]{1,40}");
    /** Keys kept as written: printable ASCII that fits the column. Anything else is stored as its SHA-256. */
    private static final Pattern PLAIN_KEY = Pattern.compile("[\\x21-\\x7e]{1,64}");

    private final String name;
    private final int max;
    private final long windowMillis;
    private final Clock clock;
    private final SharedCounters counters;

    RateLimiter(String name, int max, Duration window, Clock clock, SharedCounters counters) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a limit's name is 1 to 40 of a-z, 0-9 and '-': " + name);
        }
        if (max < 1 || window.toMillis() < 1000) {
            throw new IllegalArgumentException("a limit allows at least 1 action within at least 1 second: " + max + " per " + window);
        }
        this.name = name;
        this.max = max;
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.counters = counters;
    }

    /** Counts one action for the key, or refuses it (429) naming the seconds until the key may act again. */
    public void acquire(String key) {
        long now = clock.millis();
        SharedCounters.Verdict verdict = counters.hit(name, bucket(key), max, windowMillis, now);
        if (!verdict.allowed()) {
            long elapsed = now - SlidingWindow.start(now, windowMillis);
            throw new RateLimitedException(SlidingWindow.retryAfterSeconds(max, windowMillis, elapsed, verdict.previous(), verdict.current()));
        }
    }

    public String name() {
        return name;
    }

    static String bucket(String key) {
        if (key != null && PLAIN_KEY.matcher(key).matches()) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
            return "#" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
