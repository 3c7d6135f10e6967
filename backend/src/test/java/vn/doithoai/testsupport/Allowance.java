package vn.doithoai.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.IntFunction;

import io.restassured.response.ValidatableResponse;

/**
 * Spends a client's allowance under one of the rate limits and returns the first refusal.
 *
 * <p>The limits count in a sliding window over fixed slices of time (see SlidingWindow): a burst that happens to cross
 * the edge of a slice gets a few more requests through before the first 429, however the test is timed. So a test
 * never asserts that exactly the next request is refused: the allowance must pass, and a refusal must come before the
 * client has had twice its allowance, which no counting that forgets the client (a made-up address, a new /64) gives.
 */
public final class Allowance {

    private Allowance() {
    }

    /**
     * Calls {@code call} with 0, 1, 2 … : the first {@code allowance} calls must answer {@code passing}; then it calls
     * on until one answers 429, failing if none does within another {@code allowance}. Returns the 429.
     */
    public static ValidatableResponse exhaust(int allowance, int passing, IntFunction<ValidatableResponse> call) {
        for (int i = 0; i < allowance; i++) {
            call.apply(i).statusCode(passing);
        }
        return refusedWithin(allowance, passing, i -> call.apply(allowance + i));
    }

    /**
     * For a client whose allowance is spent: calls on until one call answers 429 (each other answering {@code passing}),
     * at most {@code more} times, what a burst across the edge of a slice may still get through. Returns the 429.
     */
    public static ValidatableResponse refusedWithin(int more, int passing, IntFunction<ValidatableResponse> call) {
        for (int i = 0; i < more; i++) {
            ValidatableResponse response = call.apply(i);
            int status = response.extract().statusCode();
            if (status == 429) {
                return response;
            }
            if (status != passing) {
                fail("call " + i + " answered " + status + ", neither " + passing + " nor 429");
            }
        }
        return fail("no 429 within " + more + " more calls: the limit does not hold");
    }
}
