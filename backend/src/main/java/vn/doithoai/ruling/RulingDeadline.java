package vn.doithoai.ruling;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.calendar.WorkingDays;

/**
 * How an issued ruling stands against its due date (thời hạn), counted in working days (ngày làm việc) on the
 * calendar of its plan's body, holidays and the official schedule's changes included: a ruling due on the Thursday
 * before Tết is not "five days late" when the office reopens after it. The one computation of "overdue": the SQL cut
 * of the lists ({@link OverdueCut}) selects exactly the rulings this calls {@link RulingStanding#OVERDUE}.
 */
@Schema(name = "RulingDeadline", description = "Where an issued ruling stands and its working days late or left, on its body's calendar")
public record RulingDeadline(@Schema(required = true) RulingStanding standing,
        @Schema(description = "Working days past the due date while open or in progress (0: not late); null without a due date "
                + "or once done") Integer workingDaysLate,
        @Schema(description = "Working days left until the due date (0: due today); null once past, without a due date or once "
                + "done") Integer workingDaysLeft) {

    /** Follow-up states still being carried out. */
    public static final List<FollowUpStatus> OPEN = List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS);

    public static boolean isOpen(FollowUpStatus status) {
        return status == FollowUpStatus.OPEN || status == FollowUpStatus.IN_PROGRESS;
    }

    /** The standing of an issued ruling on {@code today}; {@code days} is its plan's body's calendar. */
    public static RulingDeadline of(RulingType type, FollowUpStatus followUp, LocalDate due, LocalDate today, WorkingDays days) {
        if (type == RulingType.EXPLAINED) {
            return new RulingDeadline(RulingStanding.EXPLAINED, null, null);
        }
        if (type == RulingType.DECLINED || followUp == null) {
            return new RulingDeadline(RulingStanding.DECLINED, null, null);
        }
        return switch (followUp) {
            case RESOLVED -> new RulingDeadline(RulingStanding.RESOLVED, null, null);
            case CANNOT_RESOLVE -> new RulingDeadline(RulingStanding.CANNOT_RESOLVE, null, null);
            case OPEN, IN_PROGRESS -> {
                Integer late = due == null ? null : due.isBefore(today) ? days.workingDaysBetween(due, today) : 0;
                Integer left = due == null || due.isBefore(today) ? null : days.workingDaysBetween(today, due);
                RulingStanding standing = late != null && late > 0 ? RulingStanding.OVERDUE
                        : followUp == FollowUpStatus.OPEN ? RulingStanding.NOT_STARTED : RulingStanding.IN_PROGRESS;
                yield new RulingDeadline(standing, late, left);
            }
        };
    }

    public boolean overdue() {
        return standing == RulingStanding.OVERDUE;
    }

    /**
     * The last working day on or before {@code today}: a ruling is overdue exactly when its due date is before it (a
     * working day lies in between), so lists filter overdue rulings in SQL with one date per calendar.
     */
    static LocalDate lastWorkingDay(LocalDate today, WorkingDays days) {
        return days.lastWorkingDay(today);
    }
}
