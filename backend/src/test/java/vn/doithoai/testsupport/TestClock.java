package vn.doithoai.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import vn.doithoai.common.time.Clocks;

/**
 * "Now" for the tests: the same moment the application under test reads. By default the real time; with
 * {@code DOITHOAI_CLOCK_START} (or {@code -Ddoithoai.clock.start}) set, e.g. {@code 2027-02-05T23:30:00+07:00},
 * the suite runs as if it were that moment, and so does the application (see {@link Clocks}).
 * A test never reads the wall clock itself.
 */
public final class TestClock {

    private static final Clock CLOCK = Clocks.startingAt(setting(), Clock.systemUTC());

    private TestClock() {
    }

    private static String setting() {
        String property = System.getProperty(Clocks.START_KEY);
        return property != null ? property : System.getenv("DOITHOAI_CLOCK_START");
    }

    public static Clock clock() {
        return CLOCK;
    }

    public static Instant now() {
        return CLOCK.instant();
    }

    /** Today in Vietnam. */
    public static LocalDate today() {
        return LocalDate.now(CLOCK);
    }
}
