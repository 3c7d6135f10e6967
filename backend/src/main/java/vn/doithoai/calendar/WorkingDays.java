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
        int n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return sign * n;
    }

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
