package vn.doithoai.ruling;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.calendar.WorkingDayCalendar;

/** {@link RulingDeadline} on today's date and the plan's body's calendar: what views, lists and exports call. */
@ApplicationScoped
public class RulingDeadlines {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The ruling's standing; null while it is a draft (a draft stands nowhere yet). */
    public RulingDeadline of(Ruling ruling, LocalDate today) {
        if (ruling.status != RulingStatus.ISSUED) {
            return null;
        }
        return of(ruling.type, ruling.followUp, ruling.dueDate, ruling.plan.bodyId(), today);
    }

    /** The standing of an issued ruling read by a query of its own (the public page's plain SQL). */
    public RulingDeadline of(RulingType type, FollowUpStatus followUp, LocalDate due, long bodyId, LocalDate today) {
        return RulingDeadline.of(type, followUp, due, today, calendar.forBody(bodyId));
    }

    /** The SQL cut of overdue rulings on {@code today}; see {@link OverdueCut}. */
    public OverdueCut overdueCut(LocalDate today, String due, String body) {
        return OverdueCut.of(today, calendar, due, body);
    }
}
