package vn.doithoai.privacy.readlog;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.common.time.SupportedDates;
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

    public record Filter(String body, Long plan, String actor, PersonalDataRead what, Period period) {
    }

    /**
     * The days of the reads, both included, as the office names them: days in Vietnam, where every body of the
     * installation is (the read log keeps moments), so "15/3" holds the reads from 00:00 to 24:00 there. Either end may be
     * left open.
     */
    public record Period(LocalDate from, LocalDate to) {

        public static Period parse(String from, String to) {
            List<Violation> violations = new ArrayList<>();
            LocalDate first = SupportedDates.date("from", from, violations);
            LocalDate last = SupportedDates.date("to", to, violations);
            if (first != null && last != null && first.isAfter(last)) {
                violations.add(new Violation("to", "read-log.period-reversed", first.toString(), last.toString()));
            }
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            return new Period(first, last);
        }

        Instant start() {
            return from == null ? null : from.atStartOfDay(Clocks.VIETNAM).toInstant();
        }

        /** The first moment after the last day. */
        Instant end() {
            return to == null ? null : to.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
        }
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
        if (filter.period() != null && filter.period().start() != null) {
            where.append(" AND r.occurred_at >= :start");
            params.put("start", column(filter.period().start()));
        }
        if (filter.period() != null && filter.period().end() != null) {
            where.append(" AND r.occurred_at < :end");
            params.put("end", column(filter.period().end()));
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

    /**
     * A moment as the read log's column holds it: the time in UTC, as every other time in the database. Written as a
     * local date-time, so that no JVM time zone (the tests run in Vietnam's) shifts it on the way in, nor on the way out.
     */
    static LocalDateTime column(Instant moment) {
        return LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
