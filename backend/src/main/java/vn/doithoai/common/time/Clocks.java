package vn.doithoai.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock the product reads, in Vietnam's time zone. Deadlines, overdue flags and "today" all come from it.
 *
 * <p>{@code doithoai.clock.start} (env {@code DOITHOAI_CLOCK_START}, an ISO date-time with its offset, e.g.
 * {@code 2026-12-31T23:30:00+07:00}) starts the clock at that moment instead of now; it then runs on at the normal
 * pace, so what is recorded one after the other stays in order. The tests use it to run the suite as if it were another
 * day (the eve of Tết, the last minutes of a year); a demo can use it to show a dialogue's week. A production install
 * leaves it unset.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The setting's name, as a key of application.properties. */
    public static final String START_KEY = "doithoai.clock.start";

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    @ConfigProperty(name = START_KEY)
    Optional<String> start;

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        Clock clock = startingAt(start.orElse(null), Clock.system(VIETNAM));
        if (start.isPresent()) {
            LOG.warnf("The clock starts at %s (%s), not at the real time", start.get(), START_KEY);
        }
        return clock;
    }

    /**
     * A clock in Vietnam's zone that reads {@code start} now and runs on from there, or {@code system} itself when
     * {@code start} is blank. The tests build theirs with the same method, so they and the application agree on "today".
     */
    public static Clock startingAt(String start, Clock system) {
        if (start == null || start.isBlank()) {
            return system.withZone(VIETNAM);
        }
        Instant moment;
        try {
            moment = OffsetDateTime.parse(start.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(START_KEY + " must be an ISO date-time with its offset, such as "
                    + "2026-12-31T23:30:00+07:00; got '" + start + "'", e);
        }
        return Clock.offset(system.withZone(VIETNAM), Duration.between(system.instant(), moment));
    }
}
