package vn.doithoai.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.common.time.SupportedDates;
import vn.doithoai.feedback.FeedbackChannel;
import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.followup.FollowUpSearch;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.participant.RsvpStatus;
import vn.doithoai.plan.CompositionGroup;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.plan.PreparationTask;
import vn.doithoai.plan.TaskStatus;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingStatus;
import vn.doithoai.ruling.RulingType;
import vn.doithoai.statistics.dto.Count;
import vn.doithoai.statistics.dto.FeedbackStatistics;
import vn.doithoai.statistics.dto.NextDialogue;
import vn.doithoai.statistics.dto.RulingStatistics;
import vn.doithoai.statistics.dto.StatisticsScope;

/**
 * The figures of the leaders' dashboard and of the periodic report (báo cáo kết quả đối thoại), for the caller's
 * readable bodies (one, or all of them for a province's office), a period and a plan: the one place they are counted.
 * <p>
 * Feedback figures add up the tallies (feedback_tally, kept by triggers on feedback_item in the statement that writes
 * an item) of the period's whole years and months, and the items of the days left at its edges (at most part of a
 * month at each end), read along an index that holds every column counted (ix_feedback_statistics), so a dashboard
 * load costs the same over a month or ten years; over most of the bodies (a province's office reading every body) the
 * tallies of body 0 (every body) less those of the bodies left out, so it costs the same for one body or a hundred.
 * Overdue rulings are the follow-up list's own (overdue=true), counted in working days as it counts them. Rulings (a
 * few per dialogue, thousands in a province) are counted from one read of an index holding every column counted.
 */
@ApplicationScoped
public class StatisticsService {

    /** Feedback items as the list counts them: one per merge group. */
    private static final String ITEMS = " from feedback_item f force index (ix_feedback_statistics) where f.merged_into_id is null";
    private static final String ITEMS_OF_PLAN = " from feedback_item f where f.merged_into_id is null";

    @Inject
    DataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    BodyScope bodyScope;

    @Inject
    Bodies bodies;

    @Inject
    PlanAccess plans;

    @Inject
    FollowUpSearch followUps;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /**
     * The criteria of a request, checked: {@code body} a body code the caller reads (blank: every body they read), the
     * period's dates as YYYY-MM-DD (default: from 1 January of this year to today), {@code plan} a plan id the caller
     * reads (404 otherwise, as everywhere). Every bad field is named in one 400.
     */
    public StatisticsCriteria criteria(String body, String from, String to, String plan) {
        List<Violation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
        LocalDate start = SupportedDates.date("from", from, violations);
        LocalDate end = SupportedDates.date("to", to, violations);
        Set<Long> readable = readableBodies();
        List<Long> chosen = List.copyOf(new TreeSet<>(readable));
        if (body != null && !body.isBlank()) {
            Long id = bodies.idOf(body.strip()).filter(readable::contains).orElse(null);
            if (id == null) {
                // Another province's body is as unknown as a mistyped code: its existence is not the caller's to learn.
                violations.add(new Violation("body", "statistics.body-unknown", body.strip()));
            } else {
                chosen = List.of(id);
            }
        }
        Long planId = null;
        if (plan != null && !plan.isBlank()) {
            try {
                planId = Long.parseLong(plan.strip());
            } catch (NumberFormatException e) {
                violations.add(new Violation("plan", "validation.not-a-number"));
            }
        }
        if (start == null && !violations.stream().anyMatch(v -> v.field().equals("from"))) {
            start = (end == null ? today : end).withDayOfYear(1);
        }
        if (end == null && !violations.stream().anyMatch(v -> v.field().equals("to"))) {
            end = today;
        }
        if (start != null && end != null && start.isAfter(end)) {
            violations.add(new Violation("to", "statistics.period-reversed", start.toString(), end.toString()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (planId != null) {
            Plan p = plans.readable(planId);
            if (!chosen.contains(p.bodyId())) {
                throw InvalidInputException.of("plan", "statistics.plan-not-of-body", Long.toString(planId), body == null ? "" : body.strip());
            }
            // A plan counts its own items, whichever of the caller's bodies holds it.
            chosen = List.of(p.bodyId());
        }
        return new StatisticsCriteria(chosen, start, end, planId);
    }

    /** Body ids the caller reads; the installation's administrator (not a caller of these figures) every body. */
    private Set<Long> readableBodies() {
        Set<Long> readable = bodyScope.readable();
        if (readable != null) {
            return readable;
        }
        return Set.copyOf(em.createQuery("select o.id from OrgUnit o where o.body = true", Long.class).getResultList());
    }

    // ---- Feedback ----

    public FeedbackStatistics feedback(StatisticsCriteria c) {
        FeedbackFigures figures = new FeedbackFigures();
        long previousYear = 0;
        if (!c.bodies().isEmpty()) {
            try (Connection connection = dataSource.getConnection()) {
                TallyPeriods periods = periods(c);
                for (LocalDate[] days : periods.days()) {
                    countItems(connection, c, days[0], days[1], figures);
                }
                TallyRows tallies = periods.tallied() || periods(c.yearEarlier()).tallied() ? tallyRows(connection, c) : null;
                if (periods.tallied()) {
                    countTallies(connection, tallies, periods, figures);
                }
                figures.median = percentileDays(connection, tallies, periods, figures, 50);
                figures.ninetieth = percentileDays(connection, tallies, periods, figures, 90);
                previousYear = total(connection, c.yearEarlier(), tallies);
            } catch (SQLException e) {
                throw new IllegalStateException("feedback statistics: " + e.getMessage(), e);
            }
        }
        return new FeedbackStatistics(scope(c), figures.total, previousYear, enumCounts(figures.byStatus, FeedbackStatus.values()),
                areaCounts(figures.byArea), wardCounts(figures.byWard), enumCounts(figures.byChannel, FeedbackChannel.values()),
                enumCounts(figures.byKind, FeedbackKind.values()), figures.raisedBefore, figures.raisedBeforeOpen,
                new FeedbackStatistics.AnswerTime(figures.approved(), figures.median, figures.ninetieth));
    }

    /** The feedback figures, added up from the items of the period's edges and the tallies of its whole months and years. */
    private static final class FeedbackFigures {
        final Map<FeedbackStatus, Long> byStatus = new EnumMap<>(FeedbackStatus.class);
        final Map<FeedbackChannel, Long> byChannel = new EnumMap<>(FeedbackChannel.class);
        final Map<FeedbackKind, Long> byKind = new EnumMap<>(FeedbackKind.class);
        final Map<Long, Long> byArea = new HashMap<>();
        final Map<Long, Long> byWard = new HashMap<>();
        long total;
        long raisedBefore;
        long raisedBeforeOpen;
        /** Approved answers by whole days from receipt to approval: all of them, the tallied and the counted. */
        final TreeMap<Long, Long> answerDays = new TreeMap<>();
        /** Approved answers by whole hours, of the items counted one by one (the period's edges) only. */
        final TreeMap<Long, Long> itemHours = new TreeMap<>();
        Double median;
        Double ninetieth;

        long approved() {
            return answerDays.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Whole years and months from the tallies, the rest from the items; a plan's figures from its items alone (it has
     * few, read along the plan's index, and the tallies are kept by body).
     */
    private static TallyPeriods periods(StatisticsCriteria c) {
        return c.planId() != null ? TallyPeriods.itemsOnly(c.from(), c.to()) : TallyPeriods.of(c.from(), c.to());
    }

    /** The items received on the days [from, to], grouped along the index that holds every column counted. */
    private static void countItems(Connection connection, StatisticsCriteria c, LocalDate from, LocalDate to, FeedbackFigures figures)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(c, from, to, params);
        String sql = "select f.status, f.channel, f.kind, f.focus_area_id, f.ward_id, f.precedence, f.raised_before_count > 0, count(*)"
                + where + " group by f.status, f.channel, f.kind, f.focus_area_id, f.ward_id, f.precedence, f.raised_before_count > 0";
        try (PreparedStatement s = prepare(connection, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long n = r.getLong(8);
                figures.total += n;
                figures.byStatus.merge(FeedbackStatus.valueOf(r.getString(1)), n, Long::sum);
                figures.byChannel.merge(FeedbackChannel.valueOf(r.getString(2)), n, Long::sum);
                figures.byKind.merge(FeedbackKind.valueOf(r.getString(3)), n, Long::sum);
                figures.byArea.merge(r.getObject(4, Long.class), n, Long::sum);
                figures.byWard.merge(r.getObject(5, Long.class), n, Long::sum);
                if (r.getBoolean(7)) {
                    figures.raisedBefore += n;
                }
                if (r.getInt(6) == 1) {
                    figures.raisedBeforeOpen += n;
                }
            }
        }
        // Whole hours from receipt to approval: the percentiles are read from this histogram, never from every row.
        String answered = "select timestampdiff(hour, f.created_at, f.answer_approved_at), count(*)" + where
                + " and f.answer_approved_at is not null group by 1";
        try (PreparedStatement s = prepare(connection, answered, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long hours = r.getLong(1);
                long n = r.getLong(2);
                figures.itemHours.merge(hours, n, Long::sum);
                figures.answerDays.merge(Math.floorDiv(hours, 24), n, Long::sum);
            }
        }
    }

    /**
     * Which tally rows add up to the criteria's bodies: their own, or, when they are most of the bodies counted (a
     * province's office reading every body below it), those of body 0 (every body, kept by the same triggers) less
     * those of the few bodies left out: the same figures from far fewer rows.
     *
     * @param bodies the body ids whose rows are read
     * @param sum    how a row adds up: as it is, or body 0's added and the others' taken away
     */
    private record TallyRows(List<Long> bodies, String sum) {
    }

    private static TallyRows tallyRows(Connection connection, StatisticsCriteria c) throws SQLException {
        TallyRows own = new TallyRows(c.bodies(), "t.n");
        if (c.bodies().size() < 3) {
            return own;
        }
        // The bodies with tallies: one look into the tallies' key per unit (a plan the optimiser keeps whatever the
        // statistics say; a grouped read of the tallies may scan them all).
        List<Long> left = new ArrayList<>();
        Set<Long> chosen = Set.copyOf(c.bodies());
        String withTallies = "select o.id from org_unit o where (select t.body_id from feedback_tally t where t.body_id = o.id limit 1) "
                + "is not null";
        try (PreparedStatement s = connection.prepareStatement(withTallies); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                if (!chosen.contains(r.getLong(1))) {
                    left.add(r.getLong(1));
                }
            }
        }
        if (left.size() + 1 >= c.bodies().size()) {
            return own;
        }
        left.add(0, 0L);
        return new TallyRows(left, "if(t.body_id = 0, t.n, -t.n)");
    }

    /** The tallies (feedback_tally, kept by triggers on every write of an item) of the period's whole years and months. */
    private static void countTallies(Connection connection, TallyRows tallies, TallyPeriods periods, FeedbackFigures figures)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "select t.dimension, t.value, sum(" + tallies.sum() + ") from feedback_tally t" + tallyWhere(tallies, periods, params)
                + " group by t.dimension, t.value";
        try (PreparedStatement s = prepare(connection, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String value = r.getString(2);
                long n = r.getLong(3);
                switch (r.getString(1)) {
                    case "ALL" -> figures.total += n;
                    case "STATUS" -> figures.byStatus.merge(FeedbackStatus.valueOf(value), n, Long::sum);
                    case "CHANNEL" -> figures.byChannel.merge(FeedbackChannel.valueOf(value), n, Long::sum);
                    case "KIND" -> figures.byKind.merge(FeedbackKind.valueOf(value), n, Long::sum);
                    case "AREA" -> figures.byArea.merge(value.isEmpty() ? null : Long.valueOf(value), n, Long::sum);
                    case "WARD" -> figures.byWard.merge(value.isEmpty() ? null : Long.valueOf(value), n, Long::sum);
                    case "RAISED" -> figures.raisedBefore += value.equals("1") ? n : 0;
                    case "PRECEDENCE" -> figures.raisedBeforeOpen += value.equals("1") ? n : 0;
                    case "DAYS" -> figures.answerDays.merge(Long.valueOf(value), n, Long::sum);
                    default -> throw new IllegalStateException("feedback_tally: unknown figure " + r.getString(1));
                }
            }
        }
        // Rows that fell to 0 (every item of a status moved on) are kept by the triggers: they name no figure.
        figures.byStatus.values().removeIf(n -> n == 0);
        figures.byArea.values().removeIf(n -> n == 0);
        figures.byWard.values().removeIf(n -> n == 0);
        figures.answerDays.values().removeIf(n -> n == 0);
    }

    /** " where" the tallies of the bodies and of the periods' whole years and months. */
    private static String tallyWhere(TallyRows tallies, TallyPeriods periods, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where t.body_id in (")
                .append(String.join(", ", Collections.nCopies(tallies.bodies().size(), "?"))).append(") and (");
        params.addAll(tallies.bodies());
        List<String> ranges = new ArrayList<>();
        for (LocalDate[] y : periods.years()) {
            ranges.add("(t.span = 'Y' and t.period >= ? and t.period <= ?)");
            params.add(y[0]);
            params.add(y[1]);
        }
        for (LocalDate[] m : periods.months()) {
            ranges.add("(t.span = 'M' and t.period >= ? and t.period <= ?)");
            params.add(m[0]);
            params.add(m[1]);
        }
        return sql.append(String.join(" or ", ranges)).append(")").toString();
    }

    /** How many items the criteria count: the total alone (the year-earlier comparison). */
    private static long total(Connection connection, StatisticsCriteria c, TallyRows tallies) throws SQLException {
        TallyPeriods periods = periods(c);
        long total = 0;
        for (LocalDate[] days : periods.days()) {
            List<Object> params = new ArrayList<>();
            String sql = "select count(*)" + where(c, days[0], days[1], params);
            try (PreparedStatement s = prepare(connection, sql, params); ResultSet r = s.executeQuery()) {
                r.next();
                total += r.getLong(1);
            }
        }
        if (periods.tallied()) {
            List<Object> params = new ArrayList<>();
            String sql = "select coalesce(sum(" + tallies.sum() + "), 0) from feedback_tally t" + tallyWhere(tallies, periods, params)
                    + " and t.dimension = 'ALL'";
            try (PreparedStatement s = prepare(connection, sql, params); ResultSet r = s.executeQuery()) {
                r.next();
                total += r.getLong(1);
            }
        }
        return total;
    }

    /**
     * Nearest-rank percentile of the whole hours from receipt to the approved answer, in days with one decimal; null
     * over no item. Exact, as if every item's hours were sorted: the day histogram finds the day the rank falls in and
     * how many come before it; the hours of that one day (the tallied ones from feedback_answer_hours, 24 hours of the
     * bodies' rows, plus the edges' items) give the hour.
     */
    private static Double percentileDays(Connection connection, TallyRows tallies, TallyPeriods periods, FeedbackFigures figures,
            int percent) throws SQLException {
        long n = figures.approved();
        if (n == 0) {
            return null;
        }
        long rank = (long) Math.ceil(percent / 100.0 * n);
        long before = 0;
        long day = 0;
        for (Map.Entry<Long, Long> d : figures.answerDays.entrySet()) {
            if (before + d.getValue() >= rank) {
                day = d.getKey();
                break;
            }
            before += d.getValue();
        }
        TreeMap<Long, Long> hours = new TreeMap<>(figures.itemHours.subMap(day * 24, true, day * 24 + 23, true));
        if (periods.tallied()) {
            List<Object> params = new ArrayList<>();
            String where = tallyWhere(tallies, periods, params);
            params.add(day * 24);
            params.add(day * 24 + 23);
            String sql = "select t.hours, sum(" + tallies.sum() + ") from feedback_answer_hours t" + where
                    + " and t.hours >= ? and t.hours <= ? group by t.hours";
            try (PreparedStatement s = prepare(connection, sql, params); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hours.merge(r.getLong(1), r.getLong(2), Long::sum);
                }
            }
        }
        long seen = before;
        for (Map.Entry<Long, Long> h : hours.entrySet()) {
            seen += h.getValue();
            if (seen >= rank) {
                return Math.round(h.getKey() / 24.0 * 10) / 10.0;
            }
        }
        throw new IllegalStateException("answer time: the hours of day " + day + " do not reach rank " + rank + " of " + n);
    }

    /** The items of the criteria received on the days [from, to]: the bodies', or the plan's (along its own index). */
    private static String where(StatisticsCriteria c, LocalDate from, LocalDate to, List<Object> params) {
        StringBuilder sql = new StringBuilder(c.planId() != null ? ITEMS_OF_PLAN : ITEMS);
        if (c.planId() != null) {
            sql.append(" and f.plan_id = ?");
            params.add(c.planId());
        } else {
            sql.append(" and f.body_id in (").append(String.join(", ", Collections.nCopies(c.bodies().size(), "?"))).append(")");
            params.addAll(c.bodies());
        }
        sql.append(" and f.created_at >= ? and f.created_at < ?");
        params.add(from.atStartOfDay(Clocks.VIETNAM).toInstant());
        params.add(to.plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant());
        return sql.toString();
    }

    private static <E extends Enum<E>> List<Count> enumCounts(Map<E, Long> counts, E[] all) {
        List<Count> list = new ArrayList<>();
        for (E e : all) {
            list.add(new Count(e.name(), null, counts.getOrDefault(e, 0L)));
        }
        return list;
    }

    /** Focus areas are each plan's own: counted together by title across plans, most items first. */
    private List<Count> areaCounts(Map<Long, Long> byId) {
        Map<Long, String> titles = names("select a.id, a.title from FocusArea a where a.id in :ids", byId.keySet());
        Map<String, Long> byTitle = new LinkedHashMap<>();
        byId.forEach((id, n) -> byTitle.merge(id == null ? null : titles.get(id), n, Long::sum));
        return byTitle.entrySet().stream().map(e -> new Count(e.getKey(), e.getKey(), e.getValue())).sorted(MOST_FIRST).toList();
    }

    private List<Count> wardCounts(Map<Long, Long> byId) {
        Map<Long, String[]> wards = new HashMap<>();
        List<Long> ids = byId.keySet().stream().filter(id -> id != null).toList();
        if (!ids.isEmpty()) {
            for (Object[] row : em.createQuery("select o.id, o.code, o.name from OrgUnit o where o.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                wards.put((Long) row[0], new String[] { (String) row[1], (String) row[2] });
            }
        }
        return byId.entrySet().stream().map(e -> {
            String[] w = e.getKey() == null ? null : wards.get(e.getKey());
            return new Count(w == null ? null : w[0], w == null ? null : w[1], e.getValue());
        }).sorted(MOST_FIRST).toList();
    }

    private static final Comparator<Count> MOST_FIRST = Comparator.comparingLong(Count::count).reversed()
            .thenComparing(Count::label, Comparator.nullsLast(Comparator.naturalOrder()));

    private Map<Long, String> names(String jpql, Set<Long> keys) {
        List<Long> ids = keys.stream().filter(id -> id != null).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    // ---- Rulings ----

    public RulingStatistics rulings(StatisticsCriteria c) {
        Map<RulingType, Long> byType = new EnumMap<>(RulingType.class);
        Map<RulingStatus, Long> byStatus = new EnumMap<>(RulingStatus.class);
        Map<FollowUpStatus, Long> byFollowUp = new EnumMap<>(FollowUpStatus.class);
        long total = 0;
        Map<String, long[]> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(c.from()); !m.isAfter(YearMonth.from(c.to())); m = m.plusMonths(1)) {
            months.put(m.toString(), new long[2]);
        }
        List<FollowUpSearch.OverdueRuling> overdue = c.bodies().isEmpty() ? List.of() : followUps.overdue(Set.copyOf(c.bodies()), c.planId());
        long[] resolvedNow;
        long[] resolvedBefore;
        if (c.bodies().isEmpty()) {
            resolvedNow = new long[3];
            resolvedBefore = new long[3];
        } else {
            resolvedNow = new long[4];
            resolvedBefore = new long[4];
            // One read of the bodies' rulings of both periods, each figure counted from it: a province holds thousands,
            // read along an index that holds every column counted (ix_ruling_statistics), never the rows themselves.
            StatisticsCriteria before = c.yearEarlier();
            Instant start = c.start();
            Instant end = c.end();
            List<Object> params = new ArrayList<>();
            String sql = "select r.type, r.status, r.follow_up, r.issued_at, r.created_at, r.due_date, r.resolved_on" + rulingScope(c, params)
                    + " and (coalesce(r.issued_at, r.created_at) >= ? or r.resolved_on >= ?)";
            params.add(before.start());
            params.add(c.from());
            Calendar utc = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
            try (Connection connection = dataSource.getConnection(); PreparedStatement s = prepare(connection, sql, params);
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    RulingType type = RulingType.valueOf(r.getString(1));
                    RulingStatus status = RulingStatus.valueOf(r.getString(2));
                    String followUp = r.getString(3);
                    Timestamp issuedAt = r.getTimestamp(4, utc);
                    Instant issued = issuedAt == null ? null : issuedAt.toInstant();
                    Instant counted = issued != null ? issued : r.getTimestamp(5, utc).toInstant();
                    LocalDate due = r.getObject(6, LocalDate.class);
                    LocalDate resolvedOn = r.getObject(7, LocalDate.class);
                    boolean resolved = "RESOLVED".equals(followUp);
                    if (!counted.isBefore(start) && counted.isBefore(end)) {
                        total++;
                        byType.merge(type, 1L, Long::sum);
                        byStatus.merge(status, 1L, Long::sum);
                        if (status == RulingStatus.ISSUED && followUp != null) {
                            byFollowUp.merge(FollowUpStatus.valueOf(followUp), 1L, Long::sum);
                        }
                    }
                    if (status != RulingStatus.ISSUED) {
                        continue;
                    }
                    if (issued != null && !issued.isBefore(start) && issued.isBefore(end)) {
                        addResolved(resolvedNow, resolved, due, resolvedOn);
                        // Months as in Vietnam (UTC+7 all year round, no summer time).
                        months.computeIfAbsent(YearMonth.from(issued.atZone(Clocks.VIETNAM)).toString(), k -> new long[2])[0]++;
                    }
                    if (issued != null && !issued.isBefore(before.start()) && issued.isBefore(before.end())) {
                        addResolved(resolvedBefore, resolved, due, resolvedOn);
                    }
                    if (resolved && resolvedOn != null && !resolvedOn.isBefore(c.from()) && !resolvedOn.isAfter(c.to())) {
                        months.computeIfAbsent(YearMonth.from(resolvedOn).toString(), k -> new long[2])[1]++;
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("ruling statistics: " + e.getMessage(), e);
            }
        }
        List<RulingStatistics.Month> monthly = months.entrySet().stream()
                .map(e -> new RulingStatistics.Month(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new RulingStatistics(scope(c), total, enumCounts(byType, RulingType.values()), enumCounts(byStatus, RulingStatus.values()),
                enumCounts(byFollowUp, FollowUpStatus.values()), onTime(resolvedNow, overdue, c), overdue(overdue), monthly,
                onTime(resolvedBefore, overdue, c.yearEarlier()));
    }

    /** One ruling issued in the period: how many, resolved, resolved by the due date, resolved after it. */
    private static void addResolved(long[] figures, boolean resolved, LocalDate due, LocalDate resolvedOn) {
        figures[0]++;
        if (resolved) {
            figures[1]++;
            if (due != null && resolvedOn != null) {
                figures[resolvedOn.isAfter(due) ? 3 : 2]++;
            }
        }
    }

    /** Rulings of the bodies (or of the plan). */
    private static String rulingScope(StatisticsCriteria c, List<Object> params) {
        StringBuilder sql = new StringBuilder(" from ruling r join plan p on p.id = r.plan_id where ");
        if (c.planId() != null) {
            sql.append("r.plan_id = ?");
            params.add(c.planId());
        } else {
            sql.append("p.body_id in (").append(String.join(", ", Collections.nCopies(c.bodies().size(), "?"))).append(")");
            params.addAll(c.bodies());
        }
        return sql.toString();
    }

    private static RulingStatistics.OnTime onTime(long[] resolved, List<FollowUpSearch.OverdueRuling> overdue, StatisticsCriteria c) {
        if (resolved.length < 4) {
            return new RulingStatistics.OnTime(0, 0, 0, 0, null);
        }
        Instant start = c.start();
        Instant end = c.end();
        long openLate = overdue.stream().filter(o -> o.issuedAt() != null && !o.issuedAt().isBefore(start) && o.issuedAt().isBefore(end))
                .count();
        long onTime = resolved[2];
        long late = resolved[3] + openLate;
        Double percent = onTime + late == 0 ? null : Math.round(onTime * 1000.0 / (onTime + late)) / 10.0;
        return new RulingStatistics.OnTime(resolved[0], resolved[1], onTime, late, percent);
    }

    private static RulingStatistics.Overdue overdue(List<FollowUpSearch.OverdueRuling> overdue) {
        Map<String, List<FollowUpSearch.OverdueRuling>> byUnit = new LinkedHashMap<>();
        for (FollowUpSearch.OverdueRuling o : overdue) {
            byUnit.computeIfAbsent(o.unitCode(), k -> new ArrayList<>()).add(o);
        }
        List<RulingStatistics.UnitOverdue> units = byUnit.entrySet().stream().map(e -> {
            List<FollowUpSearch.OverdueRuling> rows = e.getValue();
            return new RulingStatistics.UnitOverdue(e.getKey(), rows.get(0).unitName(), rows.size(),
                    rows.stream().mapToInt(FollowUpSearch.OverdueRuling::workingDaysLate).max().orElse(0),
                    rows.stream().mapToLong(FollowUpSearch.OverdueRuling::workingDaysLate).sum());
        }).sorted(Comparator.comparingLong(RulingStatistics.UnitOverdue::count).reversed()
                .thenComparing(Comparator.comparingLong(RulingStatistics.UnitOverdue::totalWorkingDaysLate).reversed())
                .thenComparing(RulingStatistics.UnitOverdue::unitCode, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new RulingStatistics.Overdue(overdue.size(), units);
    }

    // ---- The next dialogue ----

    /**
     * The plan asked for, or else the bodies' next dialogue: the earliest session from today on of a plan not yet held
     * nor cancelled (a draft included: its preparation is what the leaders want to see coming).
     */
    public NextDialogue nextDialogue(StatisticsCriteria c) {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
        Plan plan;
        if (c.planId() != null) {
            plan = plans.readable(c.planId());
        } else if (c.bodies().isEmpty()) {
            plan = null;
        } else {
            plan = em.createQuery("select p from Plan p where p.bodyId in :bodies and p.status in :open and p.sessionAt >= :today "
                    + "order by p.sessionAt, p.id", Plan.class).setParameter("bodies", c.bodies())
                    .setParameter("open", List.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED))
                    .setParameter("today", today.atStartOfDay(Clocks.VIETNAM).toInstant()).setMaxResults(1).getResultStream()
                    .findFirst().orElse(null);
        }
        if (plan == null) {
            return new NextDialogue(scope(c), null, null, null, null, null, List.of(), null);
        }
        WorkingDays days = calendar.forBody(plan.bodyId());
        LocalDate session = plan.sessionDate();
        Integer daysLeft = session == null ? null : (int) java.time.temporal.ChronoUnit.DAYS.between(today, session);
        Integer workingDaysLeft = session == null ? null : Math.max(0, days.workingDaysBetween(today, session));

        int done = 0;
        int late = 0;
        int open = 0;
        List<PreparationTask> tasks = em.createQuery("select t from PreparationTask t where t.plan.id = :plan", PreparationTask.class)
                .setParameter("plan", plan.id()).getResultList();
        for (PreparationTask t : tasks) {
            TaskStatus status = t.status(today);
            switch (status) {
                case DONE -> done++;
                case OVERDUE -> late++;
                default -> open++;
            }
        }

        Object[] batches = em.createQuery("select count(b), coalesce(sum(case when b.late = true then 1 else 0 end), 0) "
                + "from InvitationBatch b where b.plan.id = :plan", Object[].class).setParameter("plan", plan.id()).getSingleResult();
        Map<Long, long[]> byGroup = new HashMap<>();
        long[] all = new long[4];
        for (Object[] row : em.createQuery("select g.id, count(pa), "
                + "coalesce(sum(case when pa.rsvp = :accepted then 1 else 0 end), 0), "
                + "coalesce(sum(case when pa.checkedInAt is not null then 1 else 0 end), 0), "
                + "coalesce(sum(case when pa.invitation is not null then 1 else 0 end), 0) "
                + "from Participation pa left join pa.group g where pa.plan.id = :plan group by g.id", Object[].class)
                .setParameter("plan", plan.id()).setParameter("accepted", RsvpStatus.ACCEPTED).getResultList()) {
            long[] n = { ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue() };
            byGroup.put((Long) row[0], n);
            for (int i = 0; i < 4; i++) {
                all[i] += n[i];
            }
        }
        List<NextDialogue.Group> composition = new ArrayList<>();
        Integer targets = null;
        for (CompositionGroup g : plan.composition()) {
            long[] n = byGroup.getOrDefault(g.id(), new long[4]);
            composition.add(new NextDialogue.Group(g.id(), g.level(), g.description(), g.targetCount(), n[0], n[1], n[2]));
            if (g.targetCount() != null) {
                targets = (targets == null ? 0 : targets) + g.targetCount();
            }
        }
        LocalDate deadline = plan.invitationDeadline(false, days);
        NextDialogue.Invitations invitations = new NextDialogue.Invitations(deadline, plan.invitationDeadline(true, days),
                deadline == null ? null
                        : days.workingDaysBetween(today, deadline),
                ((Number) batches[0]).intValue(), ((Number) batches[1]).intValue(), all[3], all[0]);
        var body = plan.body();
        return new NextDialogue(scope(c),
                new NextDialogue.PlanRef(plan.id(), plan.title(), plan.status(), plan.sessionAt(), plan.venue(), body.code(), body.name()),
                daysLeft, workingDaysLeft, new NextDialogue.Tasks(tasks.size(), done, late, open), invitations, composition,
                new NextDialogue.Group(null, null, null, targets, all[0], all[1], all[2]));
    }

    // ---- Shared ----

    private StatisticsScope scope(StatisticsCriteria c) {
        Set<Long> readable = readableBodies();
        Map<Long, StatisticsScope.BodyRef> names = new HashMap<>();
        if (!readable.isEmpty()) {
            for (Object[] row : em.createQuery("select o.id, o.code, o.name from OrgUnit o where o.id in :ids", Object[].class)
                    .setParameter("ids", readable).getResultList()) {
                names.put((Long) row[0], new StatisticsScope.BodyRef((String) row[1], (String) row[2]));
            }
        }
        List<StatisticsScope.BodyRef> choices = names.values().stream().sorted(Comparator.comparing(StatisticsScope.BodyRef::name))
                .toList();
        return new StatisticsScope(c.bodies().stream().map(names::get).filter(n -> n != null).toList(), choices, c.from(), c.to(),
                c.planId());
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params) throws SQLException {
        Calendar utc = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant), utc);
            } else if (value instanceof LocalDate date) {
                statement.setObject(i + 1, date);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
