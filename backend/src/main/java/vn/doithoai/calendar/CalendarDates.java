package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.time.SupportedDates;

/**
 * Dates and years as the calendar's API takes them: parsed from the raw strings, so that "date=25/11/2022" is a
 * 400 naming the parameter rather than the 404 JAX-RS gives for an unconvertible one. The calendar requires them;
 * what a valid one is, is the product's rule ({@link SupportedDates}).
 */
final class CalendarDates {

    static final int MAX_WORKING_DAYS = 3650;

    private CalendarDates() {
    }

    /** A required year the calendar covers. */
    static int year(String field, String raw) {
        List<Violation> violations = new ArrayList<>();
        Integer year = year(field, raw, violations);
        failOn(violations);
        return year;
    }

    /** A required ISO date (YYYY-MM-DD) in a year the calendar covers. */
    static LocalDate date(String field, String raw) {
        List<Violation> violations = new ArrayList<>();
        LocalDate date = date(field, raw, violations);
        failOn(violations);
        return date;
    }

    static Integer year(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(field, "calendar.required"));
            return null;
        }
        return SupportedDates.year(field, raw, violations);
    }

    static LocalDate date(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(field, "calendar.required"));
            return null;
        }
        return SupportedDates.date(field, raw, violations);
    }

    /** A required count of working days, −3650..3650 (about 14 years either way). */
    static Integer workingDays(String field, String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            violations.add(new Violation(field, "calendar.required"));
            return null;
        }
        try {
            int days = Integer.parseInt(raw.trim());
            if (Math.abs(days) > MAX_WORKING_DAYS) {
                violations.add(new Violation(field, "calendar.days.out-of-range", "-" + MAX_WORKING_DAYS, Integer.toString(MAX_WORKING_DAYS)));
                return null;
            }
            return days;
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "validation.not-a-number"));
            return null;
        }
    }

    static void failOn(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * Message arguments for a date: the date as {0} (English messages) and again as {1} (Vietnamese ones; Messages
     * writes a date the way each language does), then the rest. Numbers go as text, so that MessageFormat does
     * not write the year 1990 as "1.990".
     */
    static Object[] args(LocalDate date, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = date;
        args[1] = date;
        for (int i = 0; i < more.length; i++) {
            args[2 + i] = more[i] instanceof Number n ? n.toString() : more[i];
        }
        return args;
    }
}
