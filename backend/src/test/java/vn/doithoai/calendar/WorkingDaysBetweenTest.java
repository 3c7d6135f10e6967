package vn.doithoai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Working days between two dates are counted from the weekdays and the days recorded, not walked day by day: the count
 * equals the day-by-day walk over many fixed ranges (short and years long, both directions, starting on every day of
 * the week, across Tết, bridge days, a Saturday worked in exchange, a day off recorded on a weekend, and year ends).
 */
class WorkingDaysBetweenTest {

    /** The national days off of 2023 to 2027, a Saturday worked (làm bù) each year, and a province's day off on a Sunday. */
    private static final WorkingDays DAYS = calendar();

    @Test
    void countingEqualsWalkingDayByDay() {
        int[] lengths = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 20, 31, 45, 60, 100, 180, 365, 366, 400, 800, 1200 };
        int compared = 0;
        for (LocalDate from = LocalDate.of(2023, 1, 1); from.isBefore(LocalDate.of(2026, 6, 1)); from = from.plusDays(5)) {
            for (int length : lengths) {
                LocalDate to = from.plusDays(length);
                if (to.getYear() > 2027) {
                    continue;
                }
                assertEquals(walked(from, to), DAYS.workingDaysBetween(from, to), from + " → " + to);
                assertEquals(-walked(from, to), DAYS.workingDaysBetween(to, from), to + " → " + from);
                compared++;
            }
        }
        assertEquals(true, compared > 5000, "ranges compared: " + compared);
    }

    @Test
    void knownWeeks() {
        // Saturday 1 March 2025 worked, Sunday 9 March a day off, Monday 10 March the bridge day off.
        assertEquals(6, DAYS.workingDaysBetween(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 9)));
        assertEquals(4, DAYS.workingDaysBetween(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 16)));
        assertEquals(-4, DAYS.workingDaysBetween(LocalDate.of(2025, 3, 16), LocalDate.of(2025, 3, 9)));
        assertEquals(0, DAYS.workingDaysBetween(LocalDate.of(2025, 3, 9), LocalDate.of(2025, 3, 9)));
    }

    /** Working days in (from, to], walked one day at a time, negative when to is before from: what the count replaced. */
    private static int walked(LocalDate from, LocalDate to) {
        int sign = to.isBefore(from) ? -1 : 1;
        LocalDate a = sign > 0 ? from : to;
        LocalDate b = sign > 0 ? to : from;
        int n = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (DAYS.isWorkingDay(d)) {
                n++;
            }
        }
        return sign * n;
    }

    private static WorkingDays calendar() {
        Map<Integer, CalendarYear> years = new HashMap<>();
        for (int year = 2022; year <= 2028; year++) {
            Map<LocalDate, Holiday> daysOff = new TreeMap<>();
            for (Holiday h : PublicHolidays.of(year)) {
                daysOff.put(h.date(), h);
            }
            Set<LocalDate> worked = new HashSet<>();
            // A Saturday worked in exchange for a bridge day, and the bridge day (a Monday or Friday) off.
            LocalDate saturday = LocalDate.of(year, 3, 1);
            while (saturday.getDayOfWeek() != java.time.DayOfWeek.SATURDAY) {
                saturday = saturday.plusDays(1);
            }
            worked.add(saturday);
            daysOff.put(saturday.plusDays(9), new Holiday(saturday.plusDays(9), "Nghỉ bù", "Bridge day", HolidaySource.RECORDED));
            // A province's day off that falls on a Sunday: no working day lost.
            daysOff.put(saturday.plusDays(8), new Holiday(saturday.plusDays(8), "Ngày của tỉnh", "Province day", HolidaySource.RECORDED));
            years.put(year, new CalendarYear(null, List.of(), daysOff, worked, List.copyOf(daysOff.values())));
        }
        return new WorkingDays(years::get);
    }
}
