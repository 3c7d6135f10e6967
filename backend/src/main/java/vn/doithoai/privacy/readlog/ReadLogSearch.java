package vn.doithoai.privacy.readlog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.privacy.readlog.dto.ReadLogEntryView;

/**
 * The read log as an office or an administrator searches it: a body's office sees the reads of its bodies' data (its
 * own and those it oversees), the installation's administrator every read, including of the shared register.
 */
@ApplicationScoped
public class ReadLogSearch {

    @Inject
    EntityManager em;

    @Inject
    BodyScope scope;

    @Inject
    Bodies bodies;

    public record Filter(String body, Long plan, String actor, PersonalDataRead what) {
    }

    public Page<ReadLogEntryView> search(Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        Set<Long> readable = scope.readable();
        if (readable != null) {
            if (readable.isEmpty()) {
                return Page.of(List.of(), page, 0);
            }
            where.append(" AND EXISTS (SELECT 1 FROM read_log_scope s WHERE s.read_id = r.id AND s.body_id IN (:readable))");
            params.put("readable", readable);
        }
        if (filter.body() != null) {
            Long body = bodies.idOf(filter.body()).filter(scope::mayRead)
                    .orElseThrow(() -> DomainException.notFound("orgunit.not-found", filter.body()));
            where.append(" AND EXISTS (SELECT 1 FROM read_log_scope s WHERE s.read_id = r.id AND s.body_id = :body)");
            params.put("body", body);
        }
        if (filter.plan() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM read_log_scope s WHERE s.read_id = r.id AND s.plan_id = :plan)");
            params.put("plan", filter.plan());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND r.actor = :actor");
            params.put("actor", filter.actor().strip());
        }
        if (filter.what() != null) {
            where.append(" AND r.what = :what");
            params.put("what", filter.what().name());
        }
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM read_log r" + where);
        Query rows = em.createNativeQuery("SELECT r.id, r.occurred_at, r.actor, r.what, r.operation, r.client_address, r.user_agent, r.records"
                + " FROM read_log r" + where + " ORDER BY r.id DESC");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<?> found = rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        Map<Long, Object[]> byId = new LinkedHashMap<>();
        for (Object row : found) {
            Object[] cells = (Object[]) row;
            byId.put(((Number) cells[0]).longValue(), cells);
        }
        Map<Long, Set<String>> bodiesOf = new HashMap<>();
        Map<Long, Set<Long>> plansOf = new HashMap<>();
        if (!byId.isEmpty()) {
            for (Object row : em.createNativeQuery("SELECT s.read_id, o.code, s.plan_id FROM read_log_scope s JOIN org_unit o ON o.id = s.body_id"
                    + " WHERE s.read_id IN (:ids) ORDER BY o.code, s.plan_id").setParameter("ids", byId.keySet()).getResultList()) {
                Object[] cells = (Object[]) row;
                long id = ((Number) cells[0]).longValue();
                bodiesOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add((String) cells[1]);
                if (cells[2] != null) {
                    plansOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(((Number) cells[2]).longValue());
                }
            }
        }
        List<ReadLogEntryView> items = new ArrayList<>();
        byId.forEach((id, c) -> items.add(new ReadLogEntryView(id, instant(c[1]).atZone(Clocks.VIETNAM).toOffsetDateTime(), (String) c[2],
                PersonalDataRead.valueOf((String) c[3]), (String) c[4], (String) c[5], (String) c[6], ((Number) c[7]).intValue(),
                List.copyOf(bodiesOf.getOrDefault(id, Set.of())), List.copyOf(plansOf.getOrDefault(id, Set.of())))));
        return Page.of(items, page, total);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
