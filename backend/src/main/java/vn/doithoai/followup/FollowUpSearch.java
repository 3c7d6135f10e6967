package vn.doithoai.followup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.paging.Sort;
import vn.doithoai.followup.dto.FollowUpView;
import vn.doithoai.orgunit.OrgUnitIds;
import vn.doithoai.plan.Plan;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.OverdueCut;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingDeadlines;
import vn.doithoai.ruling.Ruling;
import vn.doithoai.ruling.RulingFollowUps;
import vn.doithoai.ruling.RulingStatus;
import vn.doithoai.ruling.RulingType;

/**
 * Followed rulings across plans, earliest due first (escalations, which have no due date, last), paged by cursor like
 * the feedback list. The office and the chair see all; a unit the rulings it leads or coordinates.
 */
@ApplicationScoped
public class FollowUpSearch {

    /** Stands in for "no due date" in the order and the cursor, earliest due first: escalations last. */
    private static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);
    /** Stands in for "no due date" latest due first: escalations still last. */
    private static final LocalDate NO_DUE_DATE_DESCENDING = LocalDate.of(1, 1, 1);
    /**
     * What the list may be sorted by: the due date, or when the ruling was issued. A body's followed rulings are a few
     * hundred, read along (plan_id, follow_up, due_date) or the body's plans, so either order sorts only those.
     */
    public static final List<String> SORTS = List.of("dueDate", "issuedAt");
    public static final Sort DEFAULT_SORT = Sort.ascending("dueDate");

    public record Filter(FollowUpStatus status, Boolean overdue, String unit, Long plan) {
    }

    @Inject
    EntityManager em;

    @Inject
    FollowUpAccess access;

    @Inject
    FollowUpService followUps;

    @Inject
    RulingFollowUps rulings;

    @Inject
    RulingDeadlines deadlines;

    @Inject
    OrgUnitIds units;

    public Page<FollowUpView> list(Filter filter, String after, String size) {
        return list(filter, null, after, size);
    }

    /**
     * A page in the order asked ({@code sort}: dueDate, issuedAt, "-" before for the other way; the id breaks ties in the
     * same direction). The first page also counts the list: a body's followed rulings are few.
     */
    public Page<FollowUpView> list(Filter filter, String sort, String after, String size) {
        int limit = PageRequest.size(size);
        Sort order = Sort.parse(sort, DEFAULT_SORT, SORTS);
        LocalDate today = deadlines.today();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, today, params);
        Long total = after == null || after.isBlank() ? count(where, params) : null;
        Cursor cursor = Cursor.parse(after, order);
        boolean byDue = order.field().equals("dueDate");
        String key = byDue ? "coalesce(r.dueDate, :noDue)" : "r.issuedAt";
        String beyond = order.descending() ? "<" : ">";
        if (cursor != null) {
            where.append(" and (").append(key).append(' ').append(beyond).append(" :afterKey or ").append(key)
                    .append(" = :afterKey and r.id ").append(beyond).append(" :afterId)");
            params.put("afterKey", cursor.key());
            params.put("afterId", cursor.id());
        }
        if (byDue) {
            params.put("noDue", order.descending() ? NO_DUE_DATE_DESCENDING : NO_DUE_DATE);
        }
        TypedQuery<Object[]> query = em.createQuery("select r, p from Ruling r join r.plan p left join r.leadUnit l where " + where
                + " order by " + key + " " + order.direction() + ", r.id " + order.direction(), Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> rows = query.setMaxResults(limit + 1).getResultList();
        boolean hasMore = rows.size() > limit;
        List<Object[]> page = hasMore ? rows.subList(0, limit) : rows;
        List<FollowUpView> items = page.stream()
                .map(row -> followUps.view(rulings.view((Ruling) row[0], today), (Plan) row[1])).toList();
        String next = null;
        if (hasMore) {
            var last = items.get(items.size() - 1).ruling();
            Object lastKey = !byDue ? last.issuedAt() : last.dueDate() != null ? last.dueDate() : params.get("noDue");
            next = new Cursor(lastKey, last.id()).encode();
        }
        return new Page<>(items, next, total);
    }

    private long count(StringBuilder where, Map<String, Object> params) {
        TypedQuery<Long> query = em.createQuery("select count(r) from Ruling r join r.plan p left join r.leadUnit l where " + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /**
     * How many rulings the list with this filter holds over all its pages: the same scope and conditions as {@link #list},
     * so a count that opens the list (the to-do) always agrees with it.
     */
    public long count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return count(where(filter, deadlines.today(), params), params);
    }

    /** An overdue ruling as the statistics rank it: its plan's body, its lead unit and how many working days late. */
    public record OverdueRuling(long id, long planId, long bodyId, String unitCode, String unitName, LocalDate dueDate,
            Instant issuedAt, int workingDaysLate) {
    }

    /**
     * Every ruling the list shows with {@code overdue=true} (and the plan, when given), within {@code bodies} (null: the
     * caller's whole scope): the list's own conditions, so the statistics' overdue rulings are the list's; working days
     * late as the list shows them.
     */
    public List<OverdueRuling> overdue(Set<Long> bodies, Long plan) {
        LocalDate today = deadlines.today();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(new Filter(null, true, null, plan), today, params);
        if (bodies != null) {
            where.append(bodies.isEmpty() ? " and 1 = 0" : " and p.bodyId in :narrowedBodies");
            if (!bodies.isEmpty()) {
                params.put("narrowedBodies", bodies);
            }
        }
        TypedQuery<Object[]> query = em.createQuery("select r.id, p.id, p.bodyId, l.code, l.name, r.dueDate, r.followUp, r.issuedAt, "
                + "r.type from Ruling r join r.plan p left join r.leadUnit l where " + where + " order by r.dueDate, r.id", Object[].class);
        params.forEach(query::setParameter);
        List<OverdueRuling> overdue = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            long bodyId = (Long) row[2];
            Integer late = deadlines.of((RulingType) row[8], (FollowUpStatus) row[6], (LocalDate) row[5], bodyId, today).workingDaysLate();
            overdue.add(new OverdueRuling((Long) row[0], (Long) row[1], bodyId, (String) row[3], (String) row[4], (LocalDate) row[5],
                    (Instant) row[7], late == null ? 0 : late));
        }
        return overdue;
    }

    /** The caller's scope and the filter's conditions, as the list and the count apply them. */
    private StringBuilder where(Filter filter, LocalDate today, Map<String, Object> params) {
        if (filter.unit() != null && !filter.unit().isBlank() && units.find(filter.unit().strip()).isEmpty()) {
            // As in the feedback list: a unit that does not exist is a mistake to name, not an empty list.
            throw InvalidInputException.of("unit", "orgunit.not-found", filter.unit());
        }
        FollowUpAccess.Condition scope = access.listScope();
        StringBuilder where = new StringBuilder("r.status = :issued and r.followUp is not null and ").append(scope.jpql());
        params.put("issued", RulingStatus.ISSUED);
        params.putAll(scope.params());
        if (filter.status() != null) {
            where.append(" and r.followUp = :status");
            params.put("status", filter.status());
        }
        OverdueCut overdue = filter.overdue() == null ? null : deadlines.overdueCut(today, "r.dueDate", "p.bodyId");
        if (overdue != null) {
            where.append(filter.overdue() ? " and r.followUp in :open and " + overdue.jpql()
                    : " and (r.followUp not in :open or r.dueDate is null or not " + overdue.jpql() + ")");
            params.put("open", RulingDeadline.OPEN);
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
        return where;
    }

    /** The last row's sort key (its due date, or when it was issued) and id; opaque to clients. */
    record Cursor(Object key, long id) {

        String encode() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((key + "|" + id).getBytes(StandardCharsets.US_ASCII));
        }

        /** The cursor of a page in this order; one made for the other field (or anything else) is a 400 naming after. */
        static Cursor parse(String raw, Sort order) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.US_ASCII).split("\\|");
                Object key = order.field().equals("dueDate") ? LocalDate.parse(parts[0]) : Instant.parse(parts[0]);
                return new Cursor(key, Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw InvalidInputException.of("after", "followup.cursor-invalid");
            }
        }
    }
}
