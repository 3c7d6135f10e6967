package vn.doithoai.followup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.followup.dto.FollowUpPage;
import vn.doithoai.followup.dto.FollowUpView;
import vn.doithoai.plan.Plan;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.Ruling;
import vn.doithoai.ruling.RulingFollowUps;
import vn.doithoai.ruling.RulingStatus;

/**
 * Followed rulings across plans, earliest due first (escalations, which have no due date, last), paged by cursor like
 * the feedback list. The office and the chair see all; a unit the rulings it leads or coordinates.
 */
@ApplicationScoped
public class FollowUpSearch {

    /** Stands in for "no due date" in the order and the cursor. */
    private static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);

    public record Filter(FollowUpStatus status, Boolean overdue, String unit, Long plan) {
    }

    @Inject
    EntityManager em;

    @Inject
    FollowUpAccess access;

    @Inject
    FollowUpService followUps;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    public FollowUpPage list(Filter filter, String after, String size) {
        int limit = PageRequest.parse(null, size).size();
        LocalDate today = LocalDate.now(clock);
        Condition condition = condition(filter, null, today);
        StringBuilder where = new StringBuilder(condition.jpql());
        Cursor cursor = Cursor.parse(after);
        if (cursor != null) {
            where.append(" and (coalesce(r.dueDate, :noDue) > :afterDue or coalesce(r.dueDate, :noDue) = :afterDue and r.id > :afterId)");
        }
        TypedQuery<Object[]> query = em.createQuery("select r, p from Ruling r join r.plan p left join r.leadUnit l where " + where
                + " order by coalesce(r.dueDate, :noDue), r.id", Object[].class);
        query.setParameter("noDue", NO_DUE_DATE);
        condition.params().forEach(query::setParameter);
        if (cursor != null) {
            query.setParameter("afterDue", cursor.due()).setParameter("afterId", cursor.id());
        }
        List<Object[]> rows = query.setMaxResults(limit + 1).getResultList();
        boolean hasMore = rows.size() > limit;
        List<Object[]> page = hasMore ? rows.subList(0, limit) : rows;
        List<FollowUpView> items = page.stream()
                .map(row -> followUps.view(RulingFollowUps.view((Ruling) row[0]), (Plan) row[1], today)).toList();
        String next = null;
        if (hasMore) {
            FollowUpView last = items.get(items.size() - 1);
            next = new Cursor(last.ruling().dueDate() == null ? NO_DUE_DATE : last.ruling().dueDate(), last.ruling().id()).encode();
        }
        return new FollowUpPage(items, next, hasMore);
    }

    /** A JPQL condition on r (Ruling), p (its Plan) and l (its lead unit), with its parameters. */
    private record Condition(String jpql, Map<String, Object> params) {
    }

    /**
     * The rows of the list for these filters, in the caller's scope, narrowed to {@code bodies} when given: the one
     * condition the list pages through and the statistics count with, so the two cannot drift.
     */
    private Condition condition(Filter filter, Set<Long> bodies, LocalDate today) {
        FollowUpAccess.Condition scope = access.listScope();
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        StringBuilder where = new StringBuilder("r.status = :issued and r.followUp is not null and ").append(scope.jpql());
        params.put("issued", RulingStatus.ISSUED);
        if (bodies != null) {
            where.append(bodies.isEmpty() ? " and 1 = 0" : " and p.bodyId in :narrowedBodies");
            if (!bodies.isEmpty()) {
                params.put("narrowedBodies", bodies);
            }
        }
        if (filter.status() != null) {
            where.append(" and r.followUp = :status");
            params.put("status", filter.status());
        }
        if (filter.overdue() != null) {
            FollowUpDays.OverdueCut overdue = FollowUpDays.OverdueCut.of(today, calendar, "r.dueDate", "p.bodyId");
            where.append(filter.overdue() ? " and r.followUp in :open and " + overdue.jpql()
                    : " and (r.followUp not in :open or r.dueDate is null or not " + overdue.jpql() + ")");
            params.put("open", List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS));
            params.putAll(overdue.params());
        }
        if (filter.unit() != null && !filter.unit().isBlank()) {
            where.append(" and (l.code = :unit or exists (select 1 from Ruling r3 join r3.coordinatingUnits c3 where r3 = r and c3.code = :unit))");
            params.put("unit", filter.unit().strip());
        }
        if (filter.plan() != null) {
            where.append(" and r.plan.id = :plan");
            params.put("plan", filter.plan());
        }
        return new Condition(where.toString(), params);
    }

    /** An overdue ruling as the statistics rank it: its plan's body, its lead unit and how many working days late. */
    public record OverdueRuling(long id, long planId, long bodyId, String unitCode, String unitName, LocalDate dueDate,
            Instant issuedAt, int workingDaysLate) {
    }

    /**
     * Every ruling the list shows with {@code overdue=true} (and the plan, when given), within {@code bodies} (null: the
     * caller's whole scope), with its working days late counted as the list counts them.
     */
    public List<OverdueRuling> overdue(Set<Long> bodies, Long plan) {
        LocalDate today = LocalDate.now(clock);
        Condition condition = condition(new Filter(null, true, null, plan), bodies, today);
        TypedQuery<Object[]> query = em.createQuery("select r.id, p.id, p.bodyId, l.code, l.name, r.dueDate, r.followUp, r.issuedAt from Ruling r "
                + "join r.plan p left join r.leadUnit l where " + condition.jpql() + " order by r.dueDate, r.id", Object[].class);
        condition.params().forEach(query::setParameter);
        List<OverdueRuling> overdue = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            long bodyId = (Long) row[2];
            Integer late = FollowUpDays.overdue((LocalDate) row[5], today, (FollowUpStatus) row[6], calendar.forBody(bodyId));
            overdue.add(new OverdueRuling((Long) row[0], (Long) row[1], bodyId, (String) row[3], (String) row[4], (LocalDate) row[5],
                    (Instant) row[7], late == null ? 0 : late));
        }
        return overdue;
    }

    /** The last row's due date and id; opaque to clients. */
    record Cursor(LocalDate due, long id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((due + "|" + id).getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.US_ASCII).split("\\|");
                return new Cursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "followup.cursor-invalid");
            }
        }
    }
}
