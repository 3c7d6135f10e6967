package vn.doithoai.common.ratelimit;

/**
 * The arithmetic of a sliding-window counter. Time is cut into fixed windows of the limit's length, each with one
 * count per client; the count "within the last window" at a moment is the current window's count plus the previous
 * window's weighted by how much of it still lies within the last window's length. Two numbers per client instead of
 * one timestamp per request, and no burst of twice the limit across a window's edge as a plain fixed window allows.
 */
final class SlidingWindow {

    private SlidingWindow() {
    }

    /** The start of the window holding {@code now} (epoch milliseconds); windows are aligned to the epoch. */
    static long start(long now, long windowMillis) {
        return now - Math.floorMod(now, windowMillis);
    }

    /**
     * Whether {@code current} hits in this window (this request's included) and {@code previous} in the one before stay
     * within {@code max}, {@code elapsed} milliseconds into this window.
     */
    static boolean allows(int max, long windowMillis, long elapsed, long previous, long current) {
        // previous × (remaining share of the window) + current ≤ max, in integers.
        return previous * (windowMillis - elapsed) + current * windowMillis <= (long) max * windowMillis;
    }

    /**
     * After a refusal: milliseconds until one more hit would be allowed if nobody else came, with {@code previous} and
     * {@code current} counted without the refused hit.
     */
    static long wait(int max, long windowMillis, long elapsed, long previous, long current) {
        if (current < max && previous > 0) {
            // Still in this window, once enough of the previous one has slid out.
            long from = windowMillis - (max - current - 1) * windowMillis / previous;
            while (from < windowMillis && !allows(max, windowMillis, from, previous, current + 1)) {
                from++;
            }
            if (from < windowMillis) {
                return Math.max(0, from - elapsed);
            }
        }
        // In the next window, where this window's count becomes the previous one.
        long from = current == 0 ? 0 : Math.max(0, windowMillis - (long) (max - 1) * windowMillis / current);
        while (from < windowMillis && !allows(max, windowMillis, from, current, 1)) {
            from++;
        }
        return windowMillis - elapsed + from;
    }

    /** {@link #wait} as the whole seconds of a Retry-After header, at least one. */
    static long retryAfterSeconds(int max, long windowMillis, long elapsed, long previous, long current) {
        return Math.max(1, (wait(max, windowMillis, elapsed, previous, current) + 999) / 1000);
    }
}
