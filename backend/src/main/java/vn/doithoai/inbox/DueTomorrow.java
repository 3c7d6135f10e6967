package vn.doithoai.inbox;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingStatus;

/**
 * The morning's "due tomorrow" (đến hạn ngày mai) under the bell: each open preparation task and each ruling to
 * resolve whose due date is the next working day of its plan's body, to the unit that owns it. Run by the morning
 * reminder job, in its transaction; written once per item and due date, so the job may run twice, on two instances
 * or again after a restart, and a Friday's run and a Saturday's tell of Monday's work once.
 */
@ScopeDecidedElsewhere("A scheduled job for every body, run by nobody: each notification goes to the item's own unit in its own body")
@ApplicationScoped
public class DueTomorrow {

    /** Long enough to reach the next working day past the longest run of holidays (Tết). */
    static final int WINDOW_DAYS = 15;

    @Inject
    EntityManager em;

    @Inject
    Inbox inbox;

    @Inject
    WorkingDayCalendar calendar;

    /** Writes today's; how many were new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int run(LocalDate today) {
        Map<Long, LocalDate> nextWorkingDay = new HashMap<>();
        int written = 0;
        List<Object[]> tasks = em.createQuery("select t.id, t.description, t.dueDate, p.id, p.bodyId, o.id from PreparationTask t "
                + "join t.plan p join t.owner o where t.doneOn is null and p.status <> :cancelled and t.dueDate > :today "
                + "and t.dueDate <= :until", Object[].class).setParameter("cancelled", PlanStatus.CANCELLED)
                .setParameter("today", today).setParameter("until", today.plusDays(WINDOW_DAYS)).getResultList();
        for (Object[] t : tasks) {
            written += once("TASK", t, today, nextWorkingDay, InboxSubject.TASK);
        }
        List<Object[]> rulings = em.createQuery("select r.id, r.content, r.dueDate, p.id, p.bodyId, l.id from Ruling r join r.plan p "
                + "join r.leadUnit l where r.status = :issued and r.followUp in :open and r.dueDate > :today and r.dueDate <= :until",
                Object[].class).setParameter("issued", RulingStatus.ISSUED).setParameter("open", RulingDeadline.OPEN)
                .setParameter("today", today).setParameter("until", today.plusDays(WINDOW_DAYS)).getResultList();
        for (Object[] r : rulings) {
            written += once("RULING", r, today, nextWorkingDay, InboxSubject.RULING);
        }
        return written;
    }

    /** Row: id, wording, due date, plan, body, unit. */
    private int once(String what, Object[] row, LocalDate today, Map<Long, LocalDate> nextWorkingDay, InboxSubject subject) {
        long id = (Long) row[0];
        LocalDate due = (LocalDate) row[2];
        long body = (Long) row[4];
        LocalDate next = nextWorkingDay.computeIfAbsent(body, b -> {
            WorkingDays days = calendar.forBody(b);
            return days.addWorkingDays(today, 1);
        });
        if (!due.equals(next)) {
            return 0;
        }
        var about = new Inbox.About(subject, id, (Long) row[3], (String) row[1], due);
        return inbox.notifyOnce("DUE_TOMORROW:" + what + ":" + id + ":" + due, InboxKind.DUE_TOMORROW, about,
                Inbox.Audience.unit(body, (Long) row[5])) ? 1 : 0;
    }
}
