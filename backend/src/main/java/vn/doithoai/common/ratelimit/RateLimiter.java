package vn.doithoai.common.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import vn.doithoai.common.error.RateLimitedException;

/**
 * At most {@code max} actions per key within a sliding window, in memory. Enough to stop one phone or script
 * flooding a public form; with several backend instances each counts its own share, which is fine for that.
 */
public final class RateLimiter {

    /** Past this many keys, idle ones are dropped so the map cannot grow without bound. */
    private static final int SWEEP_AT = 10_000;

    private final int max;
    private final long windowMillis;
    private final Clock clock;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    public RateLimiter(int max, Duration window, Clock clock) {
        this.max = max;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Counts one action for the key, or refuses it naming the seconds until the oldest counted one leaves the window. */
    public void acquire(String key) {
        long now = clock.millis();
        if (recent.size() > SWEEP_AT) {
            recent.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    return e.getValue().isEmpty() || e.getValue().peekLast() <= now - windowMillis;
                }
            });
        }
        Deque<Long> times = recent.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) {
                times.pollFirst();
            }
            if (times.size() >= max) {
                long wait = times.peekFirst() + windowMillis - now;
                throw new RateLimitedException(Math.max(1, (wait + 999) / 1000));
            }
            times.addLast(now);
        }
    }
}
