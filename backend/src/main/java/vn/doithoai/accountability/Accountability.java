package vn.doithoai.accountability;

import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.accountability.dto.AccountabilityPlan;
import vn.doithoai.accountability.dto.PublicPlanRulings;
import vn.doithoai.accountability.dto.PublicRuling;
import vn.doithoai.accountability.dto.RulingLookup;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.ratelimit.TrackingCodeLookups;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.SearchText;
import vn.doithoai.feedback.TrackingCodes;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.OverdueCut;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingDeadlines;
import vn.doithoai.ruling.RulingType;

/**
 * The public accountability page (giải trình): issued rulings of published plans, for anyone, read with plain SQL
 * so that only public columns ever leave the database — no sender, phone, account or tracking code of a citizen.
 * A plan has tens of rulings, so search and paging are done on the plan's rulings in memory.
 */
@ApplicationScoped
public class Accountability {

    private static final String PUBLIC_STATUSES = "('PUBLISHED','HELD','CONCLUDED','CLOSED')";
    /** As text: the column holds UTC (quarkus.hibernate-orm.jdbc.timezone), whatever the JVM's zone. */
    private static final String SESSION_AT = "date_format(p.session_at, '%Y-%m-%dT%H:%i:%s')";
    private static final String RULING_COLUMNS = "r.id, r.number, r.type, r.content, u.name, r.due_date, r.follow_up, r.progress_percent, "
            + "r.progress_note, r.resolved_on, r.escalated_to, r.reply, r.replied_on, r.reason, r.cannot_resolve_reason, pl.body_id";

    @Inject
    EntityManager em;

    @Inject
    RulingDeadlines deadlines;

    @Inject
    TrackingCodeLookups lookups;

    /** Published plans with at least one issued ruling, latest session first. */
    public List<AccountabilityPlan> plans() {
        return plansWhere("", Map.of());
    }

    public PublicPlanRulings planRulings(long planId, String q, PublicStatus status, PageRequest page) {
        AccountabilityPlan plan = plansWhere(" and p.id = :plan", Map.of("plan", planId)).stream().findFirst()
                .or(() -> publicPlanWithoutRulings(planId)).orElseThrow(() -> DomainException.notFound("plan.not-found", planId));
        List<PublicRuling> all = rulings("r.plan_id = ?1", planId);
        String[] words = SearchText.normalise(q).isEmpty() ? new String[0] : SearchText.normalise(q).split(" ");
        List<PublicRuling> matching = all.stream().filter(r -> status == null || r.status() == status)
                .filter(r -> matches(r, words)).toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.size(), matching.size());
        return new PublicPlanRulings(plan, Page.of(matching.subList(from, to), page, matching.size()));
    }

    /**
     * A citizen's matter by its tracking code: the issued rulings on the item, or on the primary item it was merged
     * into. Rate-limited per client so codes cannot be probed in bulk; a malformed code is answered like an unknown one.
     */
    public RulingLookup byTrackingCode(String raw, String client) {
        lookups.acquire(client);
        String code = TrackingCodes.parse(raw);
        if (code == null) {
            throw DomainException.notFound("accountability.code-not-found");
        }
        List<?> found = em.createNativeQuery("select f.id, f.merged_into_id, p.id, p.title, p.number, p.symbol from feedback_item f "
                + "join plan p on p.id = f.plan_id where f.tracking_code = ?1 and p.status in " + PUBLIC_STATUSES).setParameter(1, code)
                .getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound("accountability.code-not-found");
        }
        Object[] row = (Object[]) found.get(0);
        long item = ((Number) row[0]).longValue();
        long primary = row[1] == null ? item : ((Number) row[1]).longValue();
        List<PublicRuling> rulings = rulings("r.id in (select rf.ruling_id from ruling_feedback rf where rf.feedback_id in (?1, ?2))",
                item, primary);
        if (rulings.isEmpty()) {
            throw DomainException.notFound("accountability.code-not-found");
        }
        return new RulingLookup(code, ((Number) row[2]).longValue(), (String) row[3], number((String) row[4], (String) row[5]), rulings);
    }

    private static boolean matches(PublicRuling r, String[] words) {
        if (words.length == 0) {
            return true;
        }
        String text = " " + SearchText.normalise(r.content() + " " + String.join(" ", r.items())) + " ";
        // Whole words, the last one also as a prefix: it may still be being typed (as in the feedback search).
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            if (!text.contains(" " + words[i] + (last ? "" : " "))) {
                return false;
            }
        }
        return true;
    }

    private List<AccountabilityPlan> plansWhere(String condition, Map<String, Object> params) {
        // Counted with the one rule of RulingDeadline: overdue by its SQL cut, the rest of the open ones by whether
        // progress was reported.
        OverdueCut late = deadlines.overdueCut(deadlines.today(), "r.due_date", "p.body_id");
        String overdue = "r.follow_up in ('OPEN','IN_PROGRESS') and r.due_date is not null and " + late.jpql();
        var query = em.createNativeQuery("select p.id, p.title, p.number, p.symbol, " + SESSION_AT + ", p.status, u.name, count(*), "
                + "sum(case when r.follow_up = 'RESOLVED' then 1 else 0 end), "
                + "sum(case when r.follow_up = 'IN_PROGRESS' and not (" + overdue + ") then 1 else 0 end), "
                + "sum(case when " + overdue + " then 1 else 0 end), "
                + "sum(case when r.follow_up = 'OPEN' and not (" + overdue + ") then 1 else 0 end) "
                + "from plan p join ruling r on r.plan_id = p.id and r.status = 'ISSUED' left join org_unit u on u.id = p.issuing_unit_id "
                + "where p.status in " + PUBLIC_STATUSES + condition
                + " group by p.id, p.title, p.number, p.symbol, p.session_at, p.status, u.name order by p.session_at desc, p.id desc");
        late.params().forEach((name, value) -> query.setParameter(name, value instanceof LocalDate d ? Date.valueOf(d) : value));
        params.forEach(query::setParameter);
        return query.getResultList().stream().map(o -> {
            Object[] row = (Object[]) o;
            return new AccountabilityPlan(((Number) row[0]).longValue(), (String) row[1], number((String) row[2], (String) row[3]),
                    local(row[4]), PlanStatus.valueOf((String) row[5]), (String) row[6], ((Number) row[7]).intValue(), count(row[8]),
                    count(row[9]), count(row[10]), count(row[11]));
        }).toList();
    }

    /** A public plan none of whose rulings is issued yet: it exists, with nothing to show. */
    private java.util.Optional<AccountabilityPlan> publicPlanWithoutRulings(long planId) {
        List<?> rows = em.createNativeQuery("select p.id, p.title, p.number, p.symbol, " + SESSION_AT + ", p.status, u.name from plan p "
                + "left join org_unit u on u.id = p.issuing_unit_id where p.id = ?1 and p.status in " + PUBLIC_STATUSES)
                .setParameter(1, planId).getResultList();
        return rows.stream().findFirst().map(o -> {
            Object[] row = (Object[]) o;
            return new AccountabilityPlan(((Number) row[0]).longValue(), (String) row[1], number((String) row[2], (String) row[3]),
                    local(row[4]), PlanStatus.valueOf((String) row[5]), (String) row[6], 0, 0, 0, 0, 0);
        });
    }

    /** Issued rulings matching the condition (?1, ?2 … bound to args), by plan and number, with their items' titles. */
    private List<PublicRuling> rulings(String condition, Object... args) {
        var query = em.createNativeQuery("select " + RULING_COLUMNS + " from ruling r join plan pl on pl.id = r.plan_id "
                + "left join org_unit u on u.id = r.lead_unit_id where r.status = 'ISSUED' and " + condition + " order by r.plan_id, r.number");
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        List<?> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(o -> ((Number) ((Object[]) o)[0]).longValue()).toList();
        Map<Long, List<String>> items = names("select rf.ruling_id, f.title from ruling_feedback rf join feedback_item f on f.id = rf.feedback_id "
                + "where rf.ruling_id in (:ids) order by rf.ruling_id, rf.position", ids);
        Map<Long, List<String>> units = names("select c.ruling_id, u.name from ruling_coordinating_unit c join org_unit u on u.id = c.unit_id "
                + "where c.ruling_id in (:ids) order by c.ruling_id, u.sort_order, u.code", ids);
        LocalDate today = deadlines.today();
        List<PublicRuling> result = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            long id = ((Number) r[0]).longValue();
            RulingType type = RulingType.valueOf((String) r[2]);
            FollowUpStatus followUp = r[6] == null ? null : FollowUpStatus.valueOf((String) r[6]);
            LocalDate due = date(r[5]);
            RulingDeadline deadline = deadlines.of(type, followUp, due, ((Number) r[15]).longValue(), today);
            result.add(new PublicRuling(((Number) r[1]).intValue(), type, PublicStatus.of(deadline.standing()), deadline, (String) r[3],
                    (String) r[4],
                    units.getOrDefault(id, List.of()), due, followUp, ((Number) r[7]).intValue(), (String) r[8], date(r[9]),
                    (String) r[10], (String) r[11], date(r[12]), (String) r[13], (String) r[14], items.getOrDefault(id, List.of())));
        }
        return result;
    }

    private Map<Long, List<String>> names(String sql, List<Long> ids) {
        Map<Long, List<String>> byRuling = new HashMap<>();
        for (Object o : em.createNativeQuery(sql).setParameter("ids", ids).getResultList()) {
            Object[] row = (Object[]) o;
            byRuling.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add((String) row[1]);
        }
        return byRuling;
    }

    private static String number(String number, String symbol) {
        return number == null ? null : symbol == null ? number : number + "-" + symbol;
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private static OffsetDateTime local(Object value) {
        return value == null ? null
                : java.time.LocalDateTime.parse((String) value).atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(Clocks.VIETNAM).toOffsetDateTime();
    }
}
