package vn.doithoai.ruling;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import vn.doithoai.calendar.WorkingDayCalendar;

/**
 * "Overdue" as a query condition over the plans of many bodies, the same rule as {@link RulingDeadline}: due before
 * the last working day on or before today of the plan's body. Most bodies count on the national calendar, so the
 * condition is one date; a body whose own days off (or its province's) make its last working day another gets a date
 * of its own. The condition is plain enough for JPQL and native SQL alike (named parameters only); it says nothing of
 * the follow-up state, which the caller restricts to {@link RulingDeadline#OPEN}.
 *
 * @param jpql   the condition, over the due date {@code due} and the plan's body id {@code body}
 * @param params its parameters
 */
public record OverdueCut(String jpql, Map<String, Object> params) {

    public static OverdueCut of(LocalDate today, WorkingDayCalendar calendar, String due, String body) {
        LocalDate national = RulingDeadline.lastWorkingDay(today, calendar.national());
        Map<LocalDate, Set<Long>> others = new HashMap<>();
        Set<Long> own = new HashSet<>(calendar.bodiesWithDaysOfTheirOwn(today.getYear()));
        own.addAll(calendar.bodiesWithDaysOfTheirOwn(today.getYear() - 1 < WorkingDayCalendar.FIRST_YEAR ? today.getYear()
                : today.getYear() - 1));
        for (long b : own) {
            LocalDate last = RulingDeadline.lastWorkingDay(today, calendar.forBody(b));
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
