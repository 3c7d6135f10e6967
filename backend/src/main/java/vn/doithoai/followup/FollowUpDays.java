package vn.doithoai.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.ruling.FollowUpStatus;

/**
 * Due dates counted in working days (ngày làm việc), holidays and the official schedule's changes included: a ruling
 * due on the Thursday before Tết is not "five days late" when the office reopens after it.
 */
final class FollowUpDays {

    private FollowUpDays() {
    }

    static boolean isOpen(FollowUpStatus status) {
        return status == FollowUpStatus.OPEN || status == FollowUpStatus.IN_PROGRESS;
    }

    /** Working days in (due, today]; 0 when not past; null without a due date or once closed. */
    static Integer overdue(LocalDate due, LocalDate today, FollowUpStatus status, WorkingDays calendar) {
        if (due == null || !isOpen(status)) {
            return null;
        }
        return due.isBefore(today) ? workingDaysBetween(due, today, calendar) : 0;
    }

    /** Working days in (today, due]; 0 when due today; null once past, without a due date or once closed. */
    static Integer dueIn(LocalDate due, LocalDate today, FollowUpStatus status, WorkingDays calendar) {
        if (due == null || !isOpen(status) || due.isBefore(today)) {
            return null;
        }
        return workingDaysBetween(today, due, calendar);
    }

    /**
     * The last working day on or before {@code today}: a ruling is overdue exactly when its due date is before it, so
     * the list filters overdue rulings in SQL with one date.
     */
    static LocalDate lastWorkingDay(LocalDate today, WorkingDays calendar) {
        return calendar.isWorkingDay(today) ? today : calendar.addWorkingDays(today, -1);
    }

    /**
     * "Overdue" in a query over the plans of many bodies: due before the last working day on or before {@code today}
     * of the plan's body. Most bodies count on the national calendar, so the condition is one date; a body whose own
     * days off (or its province's) make its last working day another gets a date of its own.
     *
     * @param jpql   the condition, over {@code due} and the plan's body id {@code body}
     * @param params its parameters
     */
    record OverdueCut(String jpql, Map<String, Object> params) {

        static OverdueCut of(LocalDate today, WorkingDayCalendar calendar, String due, String body) {
            LocalDate national = lastWorkingDay(today, calendar.national());
            Map<LocalDate, Set<Long>> others = new HashMap<>();
            Set<Long> own = new HashSet<>(calendar.bodiesWithDaysOfTheirOwn(today.getYear()));
            own.addAll(calendar.bodiesWithDaysOfTheirOwn(today.getYear() - 1 < WorkingDayCalendar.FIRST_YEAR ? today.getYear()
                    : today.getYear() - 1));
            for (long b : own) {
                LocalDate last = lastWorkingDay(today, calendar.forBody(b));
                if (!last.equals(national)) {
                    others.computeIfAbsent(last, d -> new HashSet<>()).add(b);
                }
            }
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("lastWorkingDay", national);
            if (others.isEmpty()) {
                return new OverdueCut("(" + due + " < :lastWorkingDay)", params);
            }
            Set<Long> all = new HashSet<>();
            others.values().forEach(all::addAll);
            params.put("ownCalendars", all);
            StringBuilder jpql = new StringBuilder("(" + due + " < :lastWorkingDay and " + body + " not in :ownCalendars");
            int i = 0;
            for (Map.Entry<LocalDate, Set<Long>> e : others.entrySet()) {
                jpql.append(" or ").append(body).append(" in :calendar").append(i).append(" and ").append(due).append(" < :lastWorkingDay")
                        .append(i);
                params.put("calendar" + i, e.getValue());
                params.put("lastWorkingDay" + i, e.getKey());
                i++;
            }
            return new OverdueCut(jpql.append(')').toString(), params);
        }
    }

    /** Working days in (from, to]. */
    private static int workingDaysBetween(LocalDate from, LocalDate to, WorkingDays calendar) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }
}
