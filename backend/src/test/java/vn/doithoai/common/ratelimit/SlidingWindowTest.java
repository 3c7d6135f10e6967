package vn.doithoai.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private static final long MINUTE = 60_000;

    @Test
    void windowsAreAlignedToTheEpoch() {
        assertEquals(120_000, SlidingWindow.start(150_000, MINUTE));
        assertEquals(120_000, SlidingWindow.start(120_000, MINUTE));
    }

    @Test
    void thePreviousWindowWeighsByWhatRemainsOfIt() {
        // 30 allowed; 20 in the previous minute, 15 s into this one: 20 × 0.75 = 15 still count.
        assertTrue(SlidingWindow.allows(30, MINUTE, 15_000, 20, 15));
        assertFalse(SlidingWindow.allows(30, MINUTE, 15_000, 20, 16));
        // Without a previous window it is a plain count.
        assertTrue(SlidingWindow.allows(30, MINUTE, 0, 0, 30));
        assertFalse(SlidingWindow.allows(30, MINUTE, 59_999, 0, 31));
    }

    @Test
    void theWaitIsUntilOneMoreFits() {
        // Full in this window: the next one, once enough of this one has slid out.
        // 30 now, 10 s in: at the next window + x, 30 × (60 − x)/60 + 1 ≤ 30 ⇔ x ≥ 2 s; so 50 s + 2 s.
        assertEquals(52_000, SlidingWindow.wait(30, MINUTE, 10_000, 0, 30));
        assertEquals(52, SlidingWindow.retryAfterSeconds(30, MINUTE, 10_000, 0, 30));
        // 20 before, 15 now, 15 s in: one more when 20 × (60 − e)/60 ≤ 14 ⇔ e ≥ 18 s: 3 s.
        assertEquals(3_000, SlidingWindow.wait(30, MINUTE, 15_000, 20, 15));
        // A limit of one: after a hit, not before the window after next begins.
        assertEquals(2 * MINUTE - 1_000, SlidingWindow.wait(1, MINUTE, 1_000, 0, 1));
        // Never less than a second in the header.
        assertEquals(1, SlidingWindow.retryAfterSeconds(30, MINUTE, 17_999, 20, 15));
    }

    @Test
    void theWaitIsExact() {
        for (int max : new int[] { 1, 3, 10, 30 }) {
            for (long prev = 0; prev <= 2L * max; prev++) {
                for (long cur = 0; cur <= max; cur++) {
                    for (long elapsed = 0; elapsed < MINUTE; elapsed += 7_919) {
                        if (SlidingWindow.allows(max, MINUTE, elapsed, prev, cur + 1)) {
                            continue;
                        }
                        long wait = SlidingWindow.wait(max, MINUTE, elapsed, prev, cur);
                        assertTrue(allowedAfter(max, elapsed, prev, cur, wait), "allowed after the wait " + max + "/" + prev + "/" + cur + "/" + elapsed);
                        assertFalse(wait > 0 && allowedAfter(max, elapsed, prev, cur, wait - 1), "not before " + max + "/" + prev + "/" + cur + "/" + elapsed);
                    }
                }
            }
        }
    }

    /** Whether one more hit fits {@code wait} ms later, nobody else having come. */
    private static boolean allowedAfter(int max, long elapsed, long prev, long cur, long wait) {
        long at = elapsed + wait;
        if (at < MINUTE) {
            return SlidingWindow.allows(max, MINUTE, at, prev, cur + 1);
        }
        if (at < 2 * MINUTE) {
            return SlidingWindow.allows(max, MINUTE, at - MINUTE, cur, 1);
        }
        return SlidingWindow.allows(max, MINUTE, at - 2 * MINUTE, 0, 1);
    }
}
