package vn.doithoai.followup;

import java.time.LocalDate;

import vn.doithoai.calendar.WorkingDayCalendar;
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
    static Integer overdue(LocalDate due, LocalDate today, FollowUpStatus status, WorkingDayCalendar calendar) {
        if (due == null || !isOpen(status)) {
            return null;
        }
        return due.isBefore(today) ? workingDaysBetween(due, today, calendar) : 0;
    }

    /** Working days in (today, due]; 0 when due today; null once past, without a due date or once closed. */
    static Integer dueIn(LocalDate due, LocalDate today, FollowUpStatus status, WorkingDayCalendar calendar) {
        if (due == null || !isOpen(status) || due.isBefore(today)) {
            return null;
        }
        return workingDaysBetween(today, due, calendar);
    }

    /**
     * The last working day on or before {@code today}: a ruling is overdue exactly when its due date is before it, so
     * the list filters overdue rulings in SQL with one date.
     */
    static LocalDate lastWorkingDay(LocalDate today, WorkingDayCalendar calendar) {
        return calendar.isWorkingDay(today) ? today : calendar.addWorkingDays(today, -1);
    }

    /** Working days in (from, to]. */
    private static int workingDaysBetween(LocalDate from, LocalDate to, WorkingDayCalendar calendar) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }
}
