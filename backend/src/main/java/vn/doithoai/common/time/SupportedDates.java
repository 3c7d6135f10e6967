package vn.doithoai.common.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import vn.doithoai.common.error.InvalidInputException.Violation;

/**
 * The years the product answers for: 1990 to 2100, those of its working-day calendar (Tết and the other lunar
 * holidays are computed and tested for them, day by day). Every date a client sends — a plan's session, a ruling's due
 * date, an escalation's reply date, a day of the official schedule, a list's {@code year=} filter — is held to them
 * at the edge, so that a date no deadline can be counted for is a 400 naming the field, never a failure deep inside.
 *
 * <p>Request bodies say it with {@link SupportedDate} on each date field; query and path parameters, which arrive
 * as text, are parsed here ({@link #year}, {@link #date}); both give the same message.
 */
public final class SupportedDates {

    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    /** "Must be within the years {0} to {1}" (messages.properties); ValidationMessages says the same for {@link SupportedDate}. */
    public static final String MESSAGE_KEY = "validation.date-range";

    private SupportedDates() {
    }

    public static boolean covers(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean covers(LocalDate date) {
        return covers(date.getYear());
    }

    /**
     * Whether a date, a month or a moment falls in the supported years. A moment counts by its date in Vietnam, where
     * the product shows it: 2100-12-31T20:00-05:00 is already 2101 there.
     */
    public static boolean covers(TemporalAccessor value) {
        return switch (value) {
            case Instant i -> covers(i.atZone(Clocks.VIETNAM).getYear());
            case OffsetDateTime o -> covers(o.atZoneSameInstant(Clocks.VIETNAM).getYear());
            case ZonedDateTime z -> covers(z.withZoneSameInstant(Clocks.VIETNAM).getYear());
            default -> value.isSupported(ChronoField.INSTANT_SECONDS) ? covers(Instant.from(value))
                    : covers(value.get(ChronoField.YEAR));
        };
    }

    /** The violation for a field outside the supported years; the years go as text, so 1990 is not written "1.990". */
    public static Violation outside(String field) {
        return new Violation(field, MESSAGE_KEY, Integer.toString(FIRST_YEAR), Integer.toString(LAST_YEAR));
    }

    /** A year given as text, e.g. a {@code year=} filter; null when blank (the caller decides whether it is required). */
    public static Integer year(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        int year;
        try {
            year = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "validation.not-a-number"));
            return null;
        }
        if (!covers(year)) {
            violations.add(outside(field));
            return null;
        }
        return year;
    }

    /** A date given as text (YYYY-MM-DD); null when blank (the caller decides whether it is required). */
    public static LocalDate date(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "validation.not-a-date"));
            return null;
        }
        if (!covers(date)) {
            violations.add(outside(field));
            return null;
        }
        return date;
    }
}
