package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The working days (ngày làm việc) of one calendar: the national one, or a body's, which adds the days off and working
 * days its province (and the body itself) recorded to the national schedule. Obtained from {@link WorkingDayCalendar}:
 * {@code national()} or {@code forBody(id)}; every deadline of a plan is counted on its body's.
 */
public final class WorkingDays {

    private final IntFunction<CalendarYear> years;

    WorkingDays(IntFunction<CalendarYear> years) {
        this.years = years;
    }

    /** Monday to Friday and not a day off, or a day the official schedule makes a working day. */
    public boolean isWorkingDay(LocalDate date) {
        return years.apply(date.getYear()).isWorkingDay(date);
    }

    /**
     * The {@code days}-th working day after {@code date} (before it when {@code days} is negative); {@code date}
     * itself for 0, working day or not. "3 working days before D" is {@code addWorkingDays(D, -3)}.
     *
     * @throws DateOutsideCalendarException when the count runs out of the calendar's years
     */
    public LocalDate addWorkingDays(LocalDate date, int days) {
        if (!WorkingDayCalendar.covers(date)) {
            throw new DateOutsideCalendarException(date);
        }
        int step = Integer.signum(days);
        int left = Math.abs(days);
        LocalDate day = date;
        while (left > 0) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}, negative when {@code to} is earlier: "còn 3 ngày làm
     * việc" to a deadline, "quá hạn 2 ngày làm việc" past it.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        // Counted, not walked: Monday to Friday in (a, b], less the days off that fall on one of them, plus the weekend
        // days the schedule makes working days (a Saturday worked in exchange for a bridge day), year by year: the
        // cost is the days recorded in those years, whatever the length (a ruling years overdue, a ten-year report).
        long n = weekdaysBefore(b.plusDays(1)) - weekdaysBefore(a.plusDays(1));
        for (int year = a.plusDays(1).getYear(); year <= b.getYear(); year++) {
            CalendarYear calendarYear = years.apply(year);
            for (LocalDate off : calendarYear.daysOff().keySet()) {
                if (off.isAfter(a) && !off.isAfter(b) && !PublicHolidays.isWeekend(off) && !calendarYear.workedDays().contains(off)) {
                    n--;
                }
            }
            for (LocalDate worked : calendarYear.workedDays()) {
                if (worked.isAfter(a) && !worked.isAfter(b) && PublicHolidays.isWeekend(worked)) {
                    n++;
                }
            }
        }
        return sign * (int) n;
    }

    /** Monday to Friday before {@code day}, counted from 1 January 1970 (a Thursday): five a week, and the rest of a week. */
    private static long weekdaysBefore(LocalDate day) {
        long days = day.toEpochDay();
        return 5 * Math.floorDiv(days, 7) + WEEKDAYS_INTO_WEEK[(int) Math.floorMod(days, 7)];
    }

    /** Monday to Friday among the first k days of a week that starts on a Thursday: Thu, Fri, Sat, Sun, Mon, Tue, Wed. */
    private static final int[] WEEKDAYS_INTO_WEEK = { 0, 1, 2, 2, 2, 3, 4 };

    /** The last working day on or before {@code day}. */
    public LocalDate lastWorkingDay(LocalDate day) {
        return isWorkingDay(day) ? day : addWorkingDays(day, -1);
    }

    /** The day off on {@code date}, if it is one (weekends aside). */
    Optional<Holiday> dayOff(LocalDate date) {
        return Optional.ofNullable(years.apply(date.getYear()).daysOff().get(date));
    }

    /** The days off of {@code year} (weekends aside), computed and recorded, in date order. */
    public List<Holiday> holidays(int year) {
        return years.apply(year).holidays();
    }
}
