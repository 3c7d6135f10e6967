package vn.doithoai.bench;

import static io.restassured.RestAssured.given;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.feedback.FeedbackSearch;
import vn.doithoai.feedback.FeedbackStatements;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/**
 * `make bench`: the filtered feedback list of one body holding 1,000,000 items (20 plans of the Ba Đồn office, which
 * also carries on the town's), through the harness of ListBench: GET /api/v1/feedback at 200 requests/s against the
 * statements FeedbackSearch runs, over plain JDBC. The figures of this one-body case stay comparable from run to run;
 * BodiesBench spreads the million over a province's bodies.
 */
@QuarkusTest
@Tag("bench")
class FeedbackListBench {

    private static final int ROWS = Integer.getInteger("bench.feedback.rows", 1_000_000);
    private static final int PLANS = 20;
    private static final String[] STATUSES = { "RECEIVED", "RECEIVED", "CLASSIFIED", "CLASSIFIED", "ASSIGNED", "ASSIGNED", "ASSIGNED",
            "ASSIGNED", "ANSWER_DRAFTED", "ANSWER_APPROVED", "ANSWERED_AT_SESSION", "RULED", "REJECTED" };

    @Inject
    DataSource dataSource;

    @Inject
    FeedbackSearch search;

    @Inject
    Bodies bodies;

    @TestHTTPResource("/")
    URL base;

    private record Ref(long id, String code) {
    }

    @Test
    void listOverOneMillionItems() throws Exception {
        ListBench bench = new ListBench("feedback-list", base);
        String office = TestTokens.vanphong();
        List<long[]> plans = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            plans.add(plan(office, i));
        }
        List<Ref> wards = refs("select id, code from org_unit where kind in ('WARD', 'COMMUNE') order by sort_order, id limit 16");
        List<Ref> units = refs("select id, code from org_unit where kind in ('DEPARTMENT', 'POLICE') order by sort_order, id limit 10");
        long body = bodies.idOf(TestTokens.BA_DON).orElseThrow();
        double seconds = FeedbackRows.bulk(dataSource, new SplittableRandom(61), writer -> items(writer, plans, body, wards, units));
        bench.line(String.format("loaded %,d rows of one body in %.0f s (%.0f rows/s), FULLTEXT index built", ROWS, seconds,
                ROWS / seconds));

        // The office reads its body's items and those of the town it carries on.
        Set<Long> readable = bodies.reachOf(body).readable();
        long plan = plans.get(3)[0];
        Ref ward = wards.get(5);
        // Within a plan, a place and a status: the plan's index.
        bench.measure(office("plan+status+ward", "plan=" + plan + "&status=ASSIGNED&ward=" + ward.code(), readable,
                new FeedbackSearch.Filter(plan, null, ward.code(), null, FeedbackStatus.ASSIGNED, null, null, null), ward.id()));
        // Common words within a plan: the plan's range newest first, each row tested (LIKE).
        bench.measure(office("plan+q", "plan=" + plan + "&q=ve%20sinh%20moi%20truong", readable,
                new FeedbackSearch.Filter(plan, null, null, null, null, null, null, "ve sinh moi truong"), null));
        // Across all plans, common words (1 item in 12): the page comes from the newest items alone (FeedbackSearch.WINDOW).
        bench.measure(office("all+common q", "q=khai%20thac%20cat", readable,
                new FeedbackSearch.Filter(null, null, null, null, null, null, null, "khai thac cat"), null));
        // Across all plans, words that narrow (about 80 of 1,000,000 rows): the newest items fall short, the FULLTEXT index answers.
        bench.measure(office("all+q", "q=khai%20thac%20cat%20123", readable,
                new FeedbackSearch.Filter(null, null, null, null, null, null, null, "khai thac cat 123"), null));
        bench.finish();
    }

    /** The list as the Ba Đồn office asks for it (a page of 20), and the statements the endpoint runs for it. */
    private ListBench.Case office(String name, String query, Set<Long> readable, FeedbackSearch.Filter filter, Long wardId) {
        List<FeedbackStatements.Statement> statements = FeedbackStatements.firstPage(search, readable, filter, wardId, null, 20);
        return new ListBench.Case(name, "/api/v1/feedback?" + query + "&size=20", TestTokens::vanphong,
                () -> FeedbackRows.firstPage(dataSource, statements, 20));
    }

    /**
     * 1,000,000 rows oldest first over 20 plans, 16 wards, 10 units and every status; 1 in 100 raised at an earlier
     * dialogue and still open (lists show them first).
     */
    private void items(FeedbackRows.Writer writer, List<long[]> plans, long body, List<Ref> wards, List<Ref> units) throws SQLException {
        SplittableRandom random = new SplittableRandom(62);
        LocalDateTime first = LocalDateTime.of(2023, 1, 1, 7, 0);
        long spanSeconds = Duration.ofDays(3 * 365).toSeconds();
        for (int i = 0; i < ROWS; i++) {
            long[] plan = plans.get(random.nextInt(PLANS));
            String status = STATUSES[random.nextInt(STATUSES.length)];
            boolean assigned = !status.equals("RECEIVED") && !status.equals("CLASSIFIED") && !status.equals("REJECTED");
            writer.add(new FeedbackRows.Item(plan[0], body, wards.get(random.nextInt(wards.size())).id(), plan[1],
                    assigned ? units.get(random.nextInt(units.size())).id() : null, status, first.plusSeconds(spanSeconds * i / ROWS),
                    random.nextInt(100) == 0 && !status.equals("REJECTED")));
        }
    }

    private List<Ref> refs(String sql) throws SQLException {
        List<Ref> refs = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); ResultSet rows = connection.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                refs.add(new Ref(rows.getLong(1), rows.getString(2)));
            }
        }
        return refs;
    }

    /** A published plan with one focus area: its id and the area's id. */
    private static long[] plan(String office, int n) {
        LocalDate session = TestClock.today().plusDays(30);
        Map<String, Object> d = new HashMap<>();
        d.put("templateCode", "commune-2025");
        d.put("level", "COMMUNE");
        d.put("title", "Đối thoại đo tải ý kiến " + n);
        d.put("number", Integer.toString(100 + n));
        d.put("symbol", "KH-UBND");
        d.put("issueDate", TestClock.today().minusDays(10).toString());
        d.put("issuingUnitCode", "ubnd-phuong-ba-don");
        d.put("topic", "Đo tải");
        d.put("focusAreas", List.of(Map.of("title", "Vệ sinh môi trường")));
        d.put("sessionAt", LocalDateTime.of(session, LocalTime.of(8, 0)).atZone(FeedbackRows.VIETNAM).toOffsetDateTime().toString());
        d.put("venue", "Hội trường");
        d.put("format", "IN_PERSON");
        var created = given().auth().oauth2(office).contentType(ContentType.JSON).body(d).post("/api/v1/plans").then().statusCode(201)
                .extract().jsonPath();
        return new long[] { created.getLong("id"), created.getLong("focusAreas[0].id") };
    }
}
