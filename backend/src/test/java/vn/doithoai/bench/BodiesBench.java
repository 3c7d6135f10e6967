package vn.doithoai.bench;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.feedback.FeedbackSearch;
import vn.doithoai.feedback.FeedbackStatements;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/**
 * `make bench`: one installation for a province. 100 bodies (the Party committee and People's Committee of 40 communes
 * and wards of today, and of 10 communes merged into them on 1 July 2025, whose records their successors carry on),
 * ten years of plans and 1,000,000 feedback items spread over them, the bigger bodies holding many more than the
 * smaller ones. Measures, each at 200 requests/s against the same statements over plain JDBC (ListBench): a body's
 * office reading its filtered feedback list and its plan list, and the province's office reading the oversight lists
 * of every body below it.
 */
@QuarkusTest
@Tag("bench")
class BodiesBench {

    private static final int ROWS = Integer.getInteger("bench.feedback.rows", 1_000_000);
    /** Today's communes and wards, each with its Party committee and People's Committee. */
    private static final int COMMUNES = 40;
    /** Communes merged into the first five of today's on 1 July 2025, two into each: their bodies are history. */
    private static final int MERGED = 10;
    private static final int YEARS = 10;
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    /** The biggest body: the first commune's Party committee, which carries on two merged ones. */
    private static final String BIGGEST = "dang-uy-xa-do-tai-1";
    private static final String[] OPEN = { "RECEIVED", "RECEIVED", "CLASSIFIED", "CLASSIFIED", "ASSIGNED", "ASSIGNED", "ASSIGNED",
            "ASSIGNED", "ANSWER_DRAFTED", "ANSWER_APPROVED", "ANSWERED_AT_SESSION", "RULED", "REJECTED" };
    /** Items of a dialogue held more than a year ago: answered, ruled on or rejected. */
    private static final String[] SETTLED = { "RULED", "RULED", "RULED", "RULED", "ANSWERED_AT_SESSION", "ANSWERED_AT_SESSION",
            "ANSWERED_AT_SESSION", "ANSWER_APPROVED", "ANSWER_APPROVED", "REJECTED" };

    @Inject
    DataSource dataSource;

    @Inject
    FeedbackSearch search;

    @Inject
    Bodies bodies;

    @TestHTTPResource("/")
    URL base;

    /** A body of the bench: its commune, the commune's departments, its share of the items, and its successor if merged. */
    record Body(long id, String code, long communeId, long[] units, double weight, boolean merged) {
    }

    /** A plan of the bench with its one focus area, the window in which its items came in, and how many. */
    record PlanRow(long id, Body body, long focusAreaId, LocalDate issued, LocalDate session, int items) {
    }

    private ListBench bench;
    private final SplittableRandom random = new SplittableRandom(2025);

    @Test
    void oneProvinceOfBodies() throws Exception {
        bench = new ListBench("bodies", base);
        LocalDate today = TestClock.today();
        load(bench, today);

        // A body's office: the biggest body, which carries on two merged ones (three bodies' items, its own the newest).
        Set<Long> own = bodies.reachOf(bodies.idOf(BIGGEST).orElseThrow()).readable();
        Supplier<String> office = () -> TestTokens.tokenIn(BIGGEST, "vanphong-do-tai", "Văn phòng Đo Tải", List.of("secretariat"),
                null, null);
        // The province's office: every body below the province.
        Set<Long> province = bodies.reachOf(bodies.idOf(TestTokens.PROVINCE).orElseThrow()).readable();
        bench.line(String.format("a body's office reads %d bodies (%,d items, %d plans); the province's office %d bodies (%,d items, %d plans)",
                own.size(), count("select count(*) from feedback_item where body_id in " + in(own)), count("select count(*) from plan "
                        + "where body_id in " + in(own)), province.size(), count("select count(*) from feedback_item where body_id in "
                                + in(province)), count("select count(*) from plan where body_id in " + in(province))));

        bench.measure(feedback("body: feedback status=ASSIGNED", "status=ASSIGNED", office, own,
                new FeedbackSearch.Filter(null, null, null, null, FeedbackStatus.ASSIGNED, null, null, null)));
        bench.measure(feedback("body: feedback q=khai thac cat", "q=khai%20thac%20cat", office, own,
                new FeedbackSearch.Filter(null, null, null, null, null, null, null, "khai thac cat")));
        bench.measure(plans("body: plans", office, own));
        bench.measure(feedback("province: feedback", "", TestTokens::vptinh, province,
                new FeedbackSearch.Filter(null, null, null, null, null, null, null, null)));
        bench.measure(feedback("province: feedback status=ASSIGNED", "status=ASSIGNED", TestTokens::vptinh, province,
                new FeedbackSearch.Filter(null, null, null, null, FeedbackStatus.ASSIGNED, null, null, null)));
        bench.measure(plans("province: plans", TestTokens::vptinh, province));
        bench.finish();
    }

    /**
     * The leaders' dashboard (/tong-quan) over the same province: one load is every call the page makes, at once as the
     * browser makes them (the next dialogue, the feedback and ruling figures, the plans for the filter), timed until
     * the last answer is read in full. Loads one after another; p50 and p95 over LOADS.
     */
    @Test
    void statisticsDashboard() throws Exception {
        ListBench out = new ListBench("statistics", base);
        LocalDate today = TestClock.today();
        load(out, today);
        rulingsAndAnswers(out, today);
        Supplier<String> office = () -> TestTokens.tokenIn(BIGGEST, "vanphong-do-tai", "Văn phòng Đo Tải", List.of("secretariat"),
                null, null);
        String year = "from=" + today.withDayOfYear(1) + "&to=" + today;
        dashboard(out, "body's office, this year", office, year);
        dashboard(out, "body's office, ten years", office, "from=" + today.minusYears(YEARS) + "&to=" + today);
        dashboard(out, "province's office, every body, this year", TestTokens::vptinh, year);
        dashboard(out, "province's office, one body, this year", TestTokens::vptinh, "body=" + BIGGEST + "&" + year);
        dashboard(out, "province's office, every body, ten years", TestTokens::vptinh, "from=" + today.minusYears(YEARS) + "&to=" + today);
        out.finish();
    }

    private static final int LOADS = Integer.getInteger("bench.dashboard.loads", 100);

    private void dashboard(ListBench out, String name, Supplier<String> token, String query) throws Exception {
        if (!ListBench.selected(name)) {
            return;
        }
        String bearer = "Bearer " + token.get();
        List<String> calls = List.of("/api/v1/statistics/next-dialogue?" + query, "/api/v1/statistics/feedback?" + query,
                "/api/v1/statistics/rulings?" + query, "/api/v1/plans?size=100");
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1)
                .executor(java.util.concurrent.Executors.newFixedThreadPool(4)).build();
        java.util.function.IntFunction<List<String>> load = n -> calls.stream()
                .map(c -> client.sendAsync(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toString().replaceAll("/$", "") + c))
                        .header("Authorization", bearer).header("Accept", "application/json").build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString()))
                .toList().stream().map(f -> {
                    var r = f.join();
                    if (r.statusCode() != 200) {
                        throw new AssertionError(name + ": " + r.uri() + " answered " + r.statusCode() + " " + r.body());
                    }
                    return r.body();
                }).toList();
        List<String> first = load.apply(0);
        String feedback = first.get(1);
        long total = new com.fasterxml.jackson.databind.ObjectMapper().readTree(feedback).get("totalItems").asLong();
        if (total == 0) {
            throw new AssertionError(name + ": no feedback counted: " + feedback.substring(0, Math.min(300, feedback.length())));
        }
        for (int i = 0; i < 10; i++) {
            load.apply(i);
        }
        long[] nanos = new long[LOADS];
        for (int i = 0; i < LOADS; i++) {
            long t0 = System.nanoTime();
            load.apply(i);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        out.line(String.format("dashboard load, %s (%,d items counted; %d calls at once): %d loads one after another, p50 %.1f ms, "
                + "p95 %.1f ms, max %.1f ms (load %s)", name, total, calls.size(), LOADS, ListBench.ms(nanos[LOADS / 2]),
                ListBench.ms(nanos[LOADS * 95 / 100]), ListBench.ms(nanos[LOADS - 1]), ListBench.loadAverage()));
        client.close();
    }

    /**
     * Rulings for the plans held (eight each: four to resolve, due a month apart, resolved on time, late or, for the
     * last year's dialogues, still open; an escalation; two explained; one declined), and the approval time of every
     * answered item: what the ruling and answer-time figures read. Added once per database.
     */
    private void rulingsAndAnswers(ListBench out, LocalDate today) throws SQLException {
        if (count("select count(*) from ruling where created_by = 'bench'") > 0) {
            return;
        }
        long t0 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); PreparedStatement rulings = c.prepareStatement("insert into ruling (plan_id, "
                + "number, type, status, content, lead_unit_id, due_date, escalated_to, recommendation, reason, follow_up, issued_by, "
                + "issued_at, version, created_by, created_at, updated_at, progress_percent, resolved_on) "
                + "select p.id, k.n, case when k.n <= 4 then 'RESOLVE' when k.n = 5 then 'ESCALATE' when k.n <= 7 then 'EXPLAINED' "
                + "else 'DECLINED' end, 'ISSUED', 'Kết luận đo tải', case when k.n <= 4 then (select min(u.id) from org_unit u "
                + "where u.owner_body_id = p.body_id and not u.body) end, case when k.n <= 4 then date(p.session_at) + interval "
                + "(30 * k.n) day end, case when k.n = 5 then 'UBND tỉnh' end, case when k.n = 5 then 'Đề nghị hỗ trợ' end, "
                + "case when k.n = 8 then 'Ngoài thẩm quyền' end, case when k.n <= 4 then case when p.session_at > ? and "
                + "(p.id + k.n) % 3 = 0 then 'OPEN' else 'RESOLVED' end when k.n = 5 then 'OPEN' end, 'bench', p.session_at + "
                + "interval 5 day, 0, 'bench', p.session_at + interval 3 day, p.session_at + interval 5 day, 0, case when k.n <= 4 "
                + "and not (p.session_at > ? and (p.id + k.n) % 3 = 0) then least(?, date(p.session_at) + interval (30 * k.n + "
                + "(p.id + k.n) % 5 * 5 - 10) day) end from plan p join (select 1 n union all select 2 union all select 3 union "
                + "all select 4 union all select 5 union all select 6 union all select 7 union all select 8) k where p.session_at < ? "
                + "and p.created_by = 'bench'"); Statement s = c.createStatement()) {
            // Half a million rows updated outlasts a request's statement limit (the datasource's socketTimeout).
            int usualTimeout = c.getNetworkTimeout();
            c.setNetworkTimeout(Runnable::run, 0);
            Timestamp lastYear = Timestamp.valueOf(today.minusYears(1).atStartOfDay());
            rulings.setTimestamp(1, lastYear);
            rulings.setTimestamp(2, lastYear);
            rulings.setObject(3, today);
            rulings.setTimestamp(4, Timestamp.valueOf(today.minusDays(5).atStartOfDay()));
            int n = rulings.executeUpdate();
            int answered = s.executeUpdate("update feedback_item set answer_approved_at = created_at + interval (3 + id % 37) day "
                    + "+ interval (id % 24) hour where status in ('ANSWER_APPROVED', 'ANSWERED_AT_SESSION', 'RULED')");
            s.executeUpdate("update feedback_item set raised_before_count = 1 where precedence = 1");
            s.execute("analyze table feedback_item, ruling");
            out.line(String.format("added %,d rulings and the approval time of %,d answered items in %.0f s", n, answered,
                    (System.nanoTime() - t0) / 1e9));
            c.setNetworkTimeout(Runnable::run, usualTimeout);
        }
    }

    /** The province's bodies, plans and items, loaded once per database (a second measure in the same run reuses them). */
    private void load(ListBench out, LocalDate today) throws SQLException {
        if (count("select count(*) from org_unit where code = '" + BIGGEST + "'") == 0) {
            List<Body> created = bodies();
            List<PlanRow> plans = plans(created, today);
            long t0 = System.nanoTime();
            double seconds = FeedbackRows.bulk(dataSource, random, writer -> items(writer, plans, today));
            out.line(String.format("loaded %d bodies, %d plans over %d years, %,d feedback items in %.0f s (%.0f rows/s), "
                    + "FULLTEXT index built, all in %.0f s", created.size(), plans.size(), YEARS, ROWS, seconds, ROWS / seconds,
                    (System.nanoTime() - t0) / 1e9));
        } else {
            // A database given by DOITHOAI_TEST_DB_URL that holds them already (trying the bench out): measured as it is.
            out.line("the bodies, plans and items were loaded by an earlier run: measured as they are");
        }
        out.line(String.format("%d bodies in the installation, %d plans, %,d feedback items; items per body from %,d to %,d",
                count("select count(*) from org_unit where body"), count("select count(*) from plan"),
                count("select count(*) from feedback_item"),
                count("select min(n) from (select count(*) n from feedback_item group by body_id) c where n > 100"),
                count("select max(n) from (select count(*) n from feedback_item group by body_id) c")));
    }

    /** GET /api/v1/feedback (a page of 20) and the statements FeedbackSearch runs for it. */
    private ListBench.Case feedback(String name, String query, Supplier<String> token, Set<Long> readable, FeedbackSearch.Filter filter) {
        List<FeedbackStatements.Statement> statements = FeedbackStatements.firstPage(search, readable, filter, null, null, 20);
        return new ListBench.Case(name, "/api/v1/feedback?" + (query.isEmpty() ? "" : query + "&") + "size=20", token,
                () -> FeedbackRows.firstPage(dataSource, statements, 20));
    }

    /**
     * GET /api/v1/plans (the first page of 20, with its total), and over plain JDBC the statements PlanRepository has
     * Hibernate run: the count, and the page with the body and issuing unit of each plan (LEFT JOINs, plan driving).
     */
    private ListBench.Case plans(String name, Supplier<String> token, Set<Long> readable) {
        String within = " where p.body_id in " + in(readable);
        String page = "select p.id, p.number, p.symbol, p.title, p.level, p.status, p.issue_date, p.planned_month, p.session_at, "
                + "p.venue, b.code, b.name, u.code, u.name from plan p left join org_unit b on b.id = p.body_id left join org_unit u "
                + "on u.id = p.issuing_unit_id" + within + " order by p.issue_date desc, p.id desc limit 20";
        return new ListBench.Case(name, "/api/v1/plans?size=20", token, () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                try (ResultSet total = s.executeQuery("select count(*) from plan p" + within)) {
                    total.next();
                    total.getLong(1);
                }
                List<Long> ids = new ArrayList<>();
                try (ResultSet r = s.executeQuery(page)) {
                    while (r.next()) {
                        for (int col = 2; col <= 14; col++) {
                            r.getObject(col);
                        }
                        ids.add(r.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    /** "(1, 2, 3)": ids are numbers, written into the statement as the endpoint's IN list holds them. */
    private static String in(Set<Long> ids) {
        return ListBench.sorted(ids).stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * Today's communes under the province (the demo's Quảng Trị), each with its two bodies and two departments; the
     * merged communes retired on the day of the merger, their bodies pointing to their successors. The biggest body
     * is the first commune's Party committee, which carries on two merged ones.
     */
    private List<Body> bodies() throws SQLException {
        List<Body> bodies = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            long province = id(c, "select id from org_unit where code = 'quang-tri'");
            int[] ranks = ranks();
            for (int i = 0; i < COMMUNES + MERGED; i++) {
                boolean merged = i >= COMMUNES;
                String commune = (merged ? "xa-cu-do-tai-" : "xa-do-tai-") + (merged ? i - COMMUNES + 1 : i + 1);
                String name = (merged ? "Xã cũ Đo Tải " + (i - COMMUNES + 1) : "Xã Đo Tải " + (i + 1));
                long communeId = unit(c, commune, "COMMUNE", false, name, province, null, merged);
                String[] kinds = { "PARTY_COMMITTEE", "PEOPLES_COMMITTEE" };
                String[] prefixes = { "dang-uy-", "ubnd-" };
                String[] names = { "Đảng ủy ", "Ủy ban nhân dân " };
                for (int k = 0; k < 2; k++) {
                    String code = prefixes[k] + commune;
                    long body = unit(c, code, kinds[k], true, names[k] + name, communeId, null, merged);
                    execute(c, "update org_unit set owner_body_id = id where id = " + body);
                    long[] units = new long[2];
                    for (int u = 0; u < 2; u++) {
                        units[u] = unit(c, "phong-" + (u == 0 ? "kinh-te-" : "van-hoa-") + prefixes[k] + commune, k == 0 ? "PARTY_BOARD"
                                : "DEPARTMENT", false, (u == 0 ? "Phòng Kinh tế " : "Phòng Văn hóa ") + name, body, body, merged);
                    }
                    bodies.add(new Body(body, code, communeId, units, 1.0 / (ranks[bodies.size()] + 5), merged));
                }
            }
            // Merged commune j went into today's commune j / 2: each of its bodies into the body of the same kind.
            for (int j = 0; j < MERGED; j++) {
                for (int k = 0; k < 2; k++) {
                    Body old = bodies.get(2 * (COMMUNES + j) + k);
                    Body successor = bodies.get(2 * (j / 2) + k);
                    execute(c, "update org_unit set successor_id = " + successor.id() + " where id in (" + old.id() + ", " + old.communeId() + ")");
                }
            }
        }
        return bodies;
    }

    /** Sizes by rank (the biggest first): rank 0 to the first body, the others shuffled. */
    private int[] ranks() {
        int n = 2 * (COMMUNES + MERGED);
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = i;
        }
        for (int i = n - 1; i > 1; i--) {
            int j = 1 + random.nextInt(i);
            int t = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = t;
        }
        return ranks;
    }

    private long unit(Connection c, String code, String kind, boolean body, String name, long parent, Long owner, boolean retired)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into org_unit (code, kind, body, name, parent_id, owner_body_id, "
                + "sort_order, retired_on, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 500, ?, 0, utc_timestamp(6), "
                + "utc_timestamp(6))", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, code);
            s.setString(2, kind);
            s.setBoolean(3, body);
            s.setString(4, name);
            s.setLong(5, parent);
            s.setObject(6, owner);
            s.setObject(7, retired ? MERGER : null);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Every body's plans of the last ten years (a merged body's until the merger): one to three a year, a few more for
     * the ten biggest, each with one focus area; the body's items shared among them at random.
     */
    private List<PlanRow> plans(List<Body> bodies, LocalDate today) throws SQLException {
        double total = bodies.stream().mapToDouble(Body::weight).sum();
        List<PlanRow> plans = new ArrayList<>();
        int assigned = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement plan = c.prepareStatement("insert into plan (status, level, body_id, number, symbol, issue_date, "
                        + "issuing_unit_id, title, legal_bases, purposes, topic, session_at, venue, format, version, created_by, "
                        + "created_at, updated_at) values (?, 'COMMUNE', ?, ?, 'KH-ĐU', ?, ?, ?, '[]', '[]', 'Đo tải', ?, 'Hội trường', "
                        + "'IN_PERSON', 0, 'bench', ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement area = c.prepareStatement("insert into plan_focus_area (plan_id, position, title) values (?, 0, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
            for (int b = 0; b < bodies.size(); b++) {
                Body body = bodies.get(b);
                int items = b == bodies.size() - 1 ? ROWS - assigned : (int) Math.round(ROWS * body.weight() / total);
                assigned += items;
                List<LocalDate[]> dates = new ArrayList<>();
                for (int year = today.getYear() - YEARS + 1; year <= today.getYear(); year++) {
                    int n = 1 + random.nextInt(3) + (body.weight() > 1.0 / 15 ? 2 : 0);
                    for (int p = 0; p < n; p++) {
                        LocalDate issued = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                        LocalDate end = body.merged() ? MERGER.minusDays(60) : today.minusDays(2);
                        if (issued.isAfter(end)) {
                            continue;
                        }
                        dates.add(new LocalDate[] { issued, issued.plusDays(20 + random.nextInt(40)) });
                    }
                }
                double[] shares = dates.stream().mapToDouble(d -> 0.5 + random.nextDouble()).toArray();
                double sum = Arrays.stream(shares).sum();
                int left = items;
                for (int p = 0; p < dates.size(); p++) {
                    LocalDate issued = dates.get(p)[0];
                    LocalDate session = dates.get(p)[1];
                    int n = p == dates.size() - 1 ? left : (int) Math.round(items * shares[p] / sum);
                    left -= n;
                    String status = session.isBefore(today.minusDays(180)) ? "CLOSED" : session.isBefore(today) ? "CONCLUDED" : "PUBLISHED";
                    Timestamp created = Timestamp.valueOf(issued.atTime(8, 0));
                    plan.setString(1, status);
                    plan.setLong(2, body.id());
                    plan.setString(3, Integer.toString(p + 1));
                    plan.setObject(4, issued);
                    plan.setLong(5, body.id());
                    plan.setString(6, "Kế hoạch đối thoại năm " + issued.getYear() + " của " + body.code());
                    plan.setTimestamp(7, Timestamp.valueOf(LocalDateTime.of(session, LocalTime.of(8, 0))));
                    plan.setTimestamp(8, created);
                    plan.setTimestamp(9, created);
                    plan.executeUpdate();
                    long planId = generated(plan);
                    area.setLong(1, planId);
                    area.setString(2, "Vệ sinh môi trường");
                    area.executeUpdate();
                    plans.add(new PlanRow(planId, body, generated(area), issued, session, n));
                }
            }
        }
        return plans;
    }

    /**
     * The items in the order they came in: each plan's from its issue date to ten days after its session (or today),
     * every plan's interleaved by time. Items of a dialogue held more than a year ago are settled; 1 in 100 of the
     * open ones was raised at an earlier dialogue and is still open (lists show them first).
     */
    private void items(FeedbackRows.Writer writer, List<PlanRow> plans, LocalDate today) throws SQLException {
        LocalDateTime epoch = today.minusYears(YEARS + 1).atStartOfDay();
        LocalDateTime now = today.atStartOfDay().minusHours(1);
        long[] arrivals = new long[ROWS];
        int i = 0;
        for (int p = 0; p < plans.size(); p++) {
            PlanRow plan = plans.get(p);
            LocalDateTime from = plan.issued().atTime(7, 0);
            LocalDateTime to = plan.session().plusDays(10).atTime(17, 0);
            if (to.isAfter(now)) {
                to = now;
            }
            long span = Math.max(1, ChronoUnit.SECONDS.between(from, to));
            long start = ChronoUnit.SECONDS.between(epoch, from);
            for (int n = 0; n < plan.items(); n++) {
                arrivals[i++] = (start + random.nextLong(span)) << 20 | p;
            }
        }
        Arrays.sort(arrivals);
        LocalDate settledBefore = today.minusYears(1);
        for (long arrival : arrivals) {
            PlanRow plan = plans.get((int) (arrival & 0xFFFFF));
            LocalDateTime at = epoch.plusSeconds(arrival >>> 20);
            boolean settled = plan.session().isBefore(settledBefore);
            String status = settled ? SETTLED[random.nextInt(SETTLED.length)] : OPEN[random.nextInt(OPEN.length)];
            boolean assigned = !status.equals("RECEIVED") && !status.equals("CLASSIFIED") && !status.equals("REJECTED");
            Body body = plan.body();
            writer.add(new FeedbackRows.Item(plan.id(), body.id(), body.communeId(), plan.focusAreaId(),
                    assigned ? body.units()[random.nextInt(body.units().length)] : null, status, at,
                    !settled && !status.equals("REJECTED") && !status.equals("RULED") && random.nextInt(100) == 0));
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return id(c, sql);
        }
    }

    private static long id(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static long generated(PreparedStatement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
