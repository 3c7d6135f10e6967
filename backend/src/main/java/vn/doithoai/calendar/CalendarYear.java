package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One year of one calendar, ready for cheap lookups: the computed days off as changed by the recorded layers, the
 * national schedule first and then each body's, top down, a later layer winning for its days.
 *
 * @param source the recorded days it was built from; a newer load of them makes it stale
 * @param layers the recorded layers it applies, in order: {@link RecordedYear#NATIONAL} first, then bodies top down
 *               (none: the computed calendar alone)
 */
record CalendarYear(RecordedYear source, List<Long> layers, Map<LocalDate, Holiday> daysOff, Set<LocalDate> workedDays,
        List<Holiday> holidays) {

    boolean isWorkingDay(LocalDate date) {
        if (workedDays.contains(date)) {
            return true;
        }
        return !PublicHolidays.isWeekend(date) && !daysOff.containsKey(date);
    }

    /** The computed days off of the year, changed by each recorded layer in order. */
    static CalendarYear build(Map<LocalDate, Holiday> computed, RecordedYear recorded, List<Long> layers) {
        Map<LocalDate, Holiday> daysOff = new TreeMap<>(computed);
        Set<LocalDate> worked = new HashSet<>();
        for (Long key : layers) {
            for (RecordedYear.Day day : recorded.of(key)) {
                if (day.kind() == OverrideKind.DAY_OFF) {
                    daysOff.put(day.date(), day.holiday());
                    worked.remove(day.date());
                } else {
                    daysOff.remove(day.date());
                    worked.add(day.date());
                }
            }
        }
        return new CalendarYear(recorded, List.copyOf(layers), Collections.unmodifiableMap(daysOff), Set.copyOf(worked),
                List.copyOf(daysOff.values()));
    }
}
