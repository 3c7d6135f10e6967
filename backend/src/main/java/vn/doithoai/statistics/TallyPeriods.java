package vn.doithoai.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A period (Vietnam dates, both included) cut into what the feedback tallies hold whole, whole years and whole months,
 * and the days left at its edges, read from the items themselves: at most the part of one month at each end.
 *
 * @param years  ranges of whole years, each as [1 January of the first, 1 January of the last]
 * @param months ranges of whole months, each as [the first day of the first, the first day of the last]
 * @param days   ranges of days, each as [first day, last day]
 *               (each range holds a third date, where the next piece would start, used to join pieces while cutting)
 */
record TallyPeriods(List<LocalDate[]> years, List<LocalDate[]> months, List<LocalDate[]> days) {

    static TallyPeriods of(LocalDate from, LocalDate to) {
        List<LocalDate[]> years = new ArrayList<>();
        List<LocalDate[]> months = new ArrayList<>();
        List<LocalDate[]> days = new ArrayList<>();
        LocalDate end = to.plusDays(1);
        LocalDate d = from;
        while (!d.isAfter(to)) {
            if (d.getDayOfYear() == 1 && !d.plusYears(1).isAfter(end)) {
                extend(years, d, d.plusYears(1), d);
                d = d.plusYears(1);
            } else if (d.getDayOfMonth() == 1 && !d.plusMonths(1).isAfter(end)) {
                extend(months, d, d.plusMonths(1), d);
                d = d.plusMonths(1);
            } else {
                LocalDate monthEnd = d.withDayOfMonth(d.lengthOfMonth());
                LocalDate last = monthEnd.isAfter(to) ? to : monthEnd;
                extend(days, d, last.plusDays(1), last);
                d = last.plusDays(1);
            }
        }
        return new TallyPeriods(years, months, days);
    }

    /** Every day from the items themselves: what a plan's figures read (its items are few and indexed by plan). */
    static TallyPeriods itemsOnly(LocalDate from, LocalDate to) {
        return new TallyPeriods(List.of(), List.of(), List.<LocalDate[]>of(new LocalDate[] { from, to }));
    }

    boolean tallied() {
        return !years.isEmpty() || !months.isEmpty();
    }

    /** Adds [start, last] to the ranges, joined to the previous range when it continues it (next: where that one ends). */
    private static void extend(List<LocalDate[]> ranges, LocalDate start, LocalDate next, LocalDate last) {
        if (!ranges.isEmpty()) {
            LocalDate[] previous = ranges.get(ranges.size() - 1);
            if (previous[2].equals(start)) {
                previous[1] = last;
                previous[2] = next;
                return;
            }
        }
        ranges.add(new LocalDate[] { start, last, next });
    }
}
