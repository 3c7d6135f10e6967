package vn.doithoai.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.dto.PreparationTaskListItem;

/**
 * Preparation tasks (việc chuẩn bị) across the plans the caller reads, earliest due first (no due date last), paged and
 * counted like the plan list. Only the tasks being worked on are listed: those of plans from submission until the
 * dialogue is concluded, the span in which progress is reported; a draft's tasks are still being written, a closed or
 * cancelled plan's are history. Counts that open this list (the to-do) take this search's total, never a query of
 * their own.
 */
@ApplicationScoped
public class PreparationTaskSearch {

    /** Plans whose tasks are work in hand: progress may be reported on them. */
    static final Set<PlanStatus> WORKING = EnumSet.of(PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED,
            PlanStatus.HELD, PlanStatus.CONCLUDED);

    /**
     * Filters; null means any. {@code unit}: code of the owning unit. {@code dueWithinDays}: not done and due from today
     * to that many calendar days ahead. {@code overdue}: true only the overdue (not done, due before today), false the
     * others.
     */
    public record Filter(Long plan, String unit, TaskStatus status, Integer dueWithinDays, Boolean overdue) {

        public static Filter none() {
            return new Filter(null, null, null, null, null);
        }
    }

    @Inject
    EntityManager em;

    @Inject
    PlanAccess access;

    @Inject
    Clock clock;

    public Page<PreparationTaskListItem> list(Filter filter, PageRequest page) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, today, params);
        TypedQuery<Object[]> rows = em.createQuery("select t, p, b, o from PreparationTask t join t.plan p join p.body b left join t.owner o"
                + where + " order by case when t.dueDate is null then 1 else 0 end, t.dueDate, p.id, t.position", Object[].class);
        params.forEach(rows::setParameter);
        List<PreparationTaskListItem> items = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(row -> item((PreparationTask) row[0], (Plan) row[1], (OrgUnit) row[2],
                        (OrgUnit) row[3], today))
                .toList();
        return Page.of(items, page, count(where, params));
    }

    private long count(String where, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery("select count(t) from PreparationTask t join t.plan p left join t.owner o" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private String where(Filter f, LocalDate today, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where p.status in :working");
        params.put("working", WORKING);
        Set<Long> bodies = access.readableBodies();
        if (bodies != null) {
            // Staff without a body reach no plan, so no task.
            where.append(bodies.isEmpty() ? " and 1 = 0" : " and p.bodyId in :bodies");
            if (!bodies.isEmpty()) {
                params.put("bodies", bodies);
            }
        }
        if (f.plan() != null) {
            where.append(" and p.id = :plan");
            params.put("plan", f.plan());
        }
        if (f.unit() != null && !f.unit().isBlank()) {
            where.append(" and o.code = :unit");
            params.put("unit", f.unit().strip());
        }
        // The same cut as PreparationTask.status: done when a day is recorded, overdue when due before today.
        String done = "t.doneOn is not null";
        String overdue = "(t.doneOn is null and t.dueDate < :today)";
        if (f.status() != null) {
            where.append(switch (f.status()) {
                case DONE -> " and " + done;
                case OVERDUE -> " and " + overdue;
                case OPEN -> " and t.doneOn is null and (t.dueDate is null or t.dueDate >= :today)";
            });
            if (f.status() != TaskStatus.DONE) {
                params.put("today", today);
            }
        }
        if (f.overdue() != null) {
            // Spelt out for "not overdue": a task without a due date is never overdue, and SQL's NULL must not hide it.
            where.append(f.overdue() ? " and " + overdue : " and (t.doneOn is not null or t.dueDate is null or t.dueDate >= :today)");
            params.put("today", today);
        }
        if (f.dueWithinDays() != null) {
            where.append(" and t.doneOn is null and t.dueDate >= :today and t.dueDate <= :dueBy");
            params.put("today", today);
            params.put("dueBy", today.plusDays(f.dueWithinDays()));
        }
        return where.toString();
    }

    private static PreparationTaskListItem item(PreparationTask t, Plan p, OrgUnit body, OrgUnit owner,
            LocalDate today) {
        return new PreparationTaskListItem(t.id, new PreparationTaskListItem.TaskPlan(p.id(), p.title(), p.number(), p.symbol(), p.status(), OrgUnitRef.of(body)),
                OrgUnitRef.ofNullable(owner), t.ownerKind, t.description, t.dueDate, t.status(today), t.doneOn);
    }
}
