package vn.doithoai.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * The leaders' figures equal what the lists show for the same filters, so the dashboard and the lists cannot drift;
 * another body's items never count; bad filters are refused in the caller's language.
 */
@QuarkusTest
class StatisticsTest {

    private static final LocalDate TODAY = TestClock.today();

    // ---- Feedback ----

    @Test
    void feedbackFiguresEqualTheListsCounts() {
        // An earlier dialogue, held, with the item raised again in the new one.
        long earlierPlan = heldPlan(10);
        long earlier = item(earlierPlan, "PETITION", "AT_SESSION", "phuong-ba-don");

        JsonPath created = TestPlans.create(TODAY.plusDays(20), "Đối thoại thống kê", "81", "Môi trường", List.of("Vệ sinh môi trường",
                "Đất đai"));
        long plan = created.getLong("id");
        long area1 = created.getLong("focusAreas[0].id");
        long area2 = created.getLong("focusAreas[1].id");
        TestPlans.publish(plan);
        long a = item(plan, "PETITION", "WARD_COLLECTED", "phuong-ba-don");
        long b = item(plan, "OPINION", "WARD_COLLECTED", "phuong-ba-don");
        long c = item(plan, "REPORT", "AT_SESSION", "xa-nam-gianh");
        long d = item(plan, "PETITION", "ORGANISATION_REPORT", null);
        long e = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        classify(a, area1);
        classify(b, area1);
        classify(c, area2);
        classify(e, area2);
        assign(b, "phong-tnmt");
        assign(e, "phong-tnmt");
        approve(e, "phong-tnmt");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(d))
                .body(Map.of("reason", "Ngoài phạm vi")).post("/api/v1/feedback/" + d + "/rejection").then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(a))
                .body(Map.of("earlierItemId", earlier)).post("/api/v1/feedback/" + a + "/raised-before").then().statusCode(200);

        JsonPath stats = stats(TestTokens.vanphong(), "feedback", Map.of("plan", plan));
        assertEquals(5, stats.getLong("total"));
        assertEquals(listCount(Map.of("plan", plan)), stats.getLong("total"));
        for (String status : List.of("RECEIVED", "CLASSIFIED", "ASSIGNED", "ANSWER_APPROVED", "REJECTED", "RULED")) {
            assertEquals(listCount(Map.of("plan", plan, "status", status)), count(stats, "byStatus", status), status);
        }
        for (String channel : List.of("WARD_COLLECTED", "AT_SESSION", "ORGANISATION_REPORT", "CITIZEN_ONLINE")) {
            assertEquals(listCount(Map.of("plan", plan, "channel", channel)), count(stats, "byChannel", channel), channel);
        }
        for (String kind : List.of("PETITION", "OPINION", "REPORT")) {
            assertEquals(listCount(Map.of("plan", plan, "kind", kind)), count(stats, "byKind", kind), kind);
        }
        assertEquals(listCount(Map.of("plan", plan, "focusArea", area1)), count(stats, "byFocusArea", "Vệ sinh môi trường"));
        assertEquals(listCount(Map.of("plan", plan, "focusArea", area2)), count(stats, "byFocusArea", "Đất đai"));
        assertEquals(2, count(stats, "byFocusArea", "Vệ sinh môi trường"));
        for (String ward : List.of("phuong-ba-don", "xa-nam-gianh")) {
            assertEquals(listCount(Map.of("plan", plan, "ward", ward)), count(stats, "byWard", ward), ward);
        }
        assertEquals(listCount(Map.of("plan", plan, "raisedBefore", true)), stats.getLong("raisedBeforeOpen"));
        assertEquals(1, stats.getLong("raisedBefore"));
        long approved = items(Map.of("plan", plan)).stream().filter(i -> i.get("answer") != null && ((Map<?, ?>) i.get("answer")).get("approvedAt") != null).count();
        assertEquals(approved, stats.getLong("answerTime.approved"));
        assertEquals(1, approved);
        assertNotNull(stats.get("answerTime.medianDays"));
        assertEquals(plan, stats.getLong("scope.planId"));
        assertEquals(List.of("dang-uy-phuong-ba-don"), stats.getList("scope.bodies.code"));

        // A period before the items were received counts none of them.
        JsonPath before = stats(TestTokens.vanphong(), "feedback", Map.of("plan", plan, "from", TODAY.minusDays(40).toString(), "to",
                TODAY.minusDays(1).toString()));
        assertEquals(0, before.getLong("total"), before.prettify());
    }

    @Test
    void anotherBodysItemsNeverCountAndTheProvinceSeesBoth() {
        long plan = TestPlans.create(TODAY.plusDays(25), "Đối thoại phạm vi", "82", "Môi trường", List.of("Môi trường")).getLong("id");
        TestPlans.publish(plan);
        long bacGianhPlan = TestPlans.createInBacGianh(TODAY.plusDays(25), "Đối thoại Bắc Gianh", "83", "Đất đai", List.of("Đất đai"))
                .getLong("id");
        TestPlans.publish(bacGianhPlan, TestTokens.vanphong2(), TestTokens.bithu2());

        long baDonBefore = stats(TestTokens.bithu(), "feedback", Map.of()).getLong("total");
        long bacGianhBefore = stats(TestTokens.vanphong2(), "feedback", Map.of()).getLong("total");
        item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        item(plan, "OPINION", "AT_SESSION", "phuong-ba-don");
        itemBy(TestTokens.vanphong2(), bacGianhPlan, "PETITION", "AT_SESSION", null);

        JsonPath baDon = stats(TestTokens.bithu(), "feedback", Map.of());
        JsonPath bacGianh = stats(TestTokens.vanphong2(), "feedback", Map.of());
        assertEquals(baDonBefore + 2, baDon.getLong("total"), "the body's own two, and nothing of Bắc Gianh's");
        assertEquals(bacGianhBefore + 1, bacGianh.getLong("total"), "Bắc Gianh's one, and nothing of Ba Đồn's");
        assertEquals(List.of("dang-uy-phuong-bac-gianh"), bacGianh.getList("scope.bodies.code"));

        // The province's office reads each body, one or all.
        JsonPath provinceBaDon = stats(TestTokens.vptinh(), "feedback", Map.of("body", "dang-uy-phuong-ba-don"));
        JsonPath provinceBacGianh = stats(TestTokens.vptinh(), "feedback", Map.of("body", "dang-uy-phuong-bac-gianh"));
        assertEquals(baDon.getLong("total"), provinceBaDon.getLong("total"));
        assertEquals(bacGianh.getLong("total"), provinceBacGianh.getLong("total"));
        JsonPath province = stats(TestTokens.vptinh(), "feedback", Map.of());
        assertTrue(province.getLong("total") >= baDon.getLong("total") + bacGianh.getLong("total"));
        assertTrue(province.getList("scope.bodies.code").containsAll(List.of("dang-uy-phuong-ba-don", "dang-uy-phuong-bac-gianh")));

        // Another body's plan does not exist for the office; another body is not one it may name.
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", bacGianhPlan).get("/api/v1/statistics/feedback").then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("body", "dang-uy-phuong-bac-gianh").get("/api/v1/statistics/rulings")
                .then().statusCode(400).contentType("application/problem+json");
        // Units see their own items only: the body's figures are not theirs.
        given().auth().oauth2(TestTokens.token("nv-phong-tnmt", "Cán bộ", List.of("unit"), "phong-tnmt", null))
                .get("/api/v1/statistics/feedback").then().statusCode(403);
    }

    @Test
    void badFiltersAreRefusedInTheCallersLanguageAndChangeNothing() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("from", "2026-13-01").queryParam("body", "khong-co")
                .get("/api/v1/statistics/feedback").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("body"))
                .body("errors.message", hasItem(containsString("Không có cơ quan")));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("from", "2026-05-01")
                .queryParam("to", "2026-04-01").get("/api/v1/statistics/rulings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("to"))
                .body("errors.message", hasItem(containsString("must not be before")));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", "abc").get("/api/v1/statistics/next-dialogue").then()
                .statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("plan"));
    }

    // ---- Tallies: whole months and years ----

    @Test
    void talliesEqualARecountOfTheItemsAfterEveryWriteOfAnItem() throws Exception {
        long earlier = item(heldPlan(12), "PETITION", "AT_SESSION", "phuong-ba-don");
        JsonPath created = TestPlans.create(TODAY.plusDays(30), "Đối thoại cộng dồn", "84", "Môi trường", List.of("Vệ sinh môi trường",
                "Đất đai"));
        long plan = created.getLong("id");
        long area1 = created.getLong("focusAreas[0].id");
        long area2 = created.getLong("focusAreas[1].id");
        TestPlans.publish(plan);
        // Created one by one.
        long a = item(plan, "PETITION", "WARD_COLLECTED", "phuong-ba-don");
        long b = item(plan, "OPINION", "AT_SESSION", "xa-nam-gianh");
        long c = item(plan, "REPORT", "AT_SESSION", null);
        long d = item(plan, "PETITION", "ORGANISATION_REPORT", "phuong-ba-don");
        long e = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        assertTalliesEqualARecount("created");
        // Classified one by one and in bulk, assigned, answered and approved, rejected, raised before.
        classify(a, area1);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("action", "CLASSIFY", "focusAreaId", area2, "priority", "NORMAL", "items", List.of(version(b), version(c))))
                .post("/api/v1/plans/" + plan + "/feedback/bulk").then().statusCode(200);
        assertTalliesEqualARecount("classified");
        assign(b, "phong-tnmt");
        approve(b, "phong-tnmt");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(d))
                .body(Map.of("reason", "Ngoài phạm vi")).post("/api/v1/feedback/" + d + "/rejection").then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(a))
                .body(Map.of("earlierItemId", earlier)).post("/api/v1/feedback/" + a + "/raised-before").then().statusCode(200);
        assertTalliesEqualARecount("assigned, approved, rejected, raised before");
        // Merged (the merged item no longer counts), unmerged (counts again), merged again.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(a))
                .body(Map.of("items", List.of(c, e))).post("/api/v1/feedback/" + a + "/merge").then().statusCode(200);
        assertTalliesEqualARecount("merged");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(a))
                .body(Map.of("items", List.of(e))).post("/api/v1/feedback/" + a + "/unmerge").then().statusCode(200);
        assertTalliesEqualARecount("unmerged");
        // Imported from an organisation's file.
        byte[] file = "\uFEFFLoại,Tiêu đề,Nội dung,Phường/xã\nKiến nghị,Một,Nội dung một,Phường Ba Đồn\nÝ kiến,Hai,Nội dung hai,Phường Ba Đồn\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().oauth2(TestTokens.vanphong()).contentType("application/octet-stream")
                .queryParam("organisation", "Ủy ban MTTQ Việt Nam thị xã Ba Đồn").queryParam("fileName", "mttq.csv").body(file)
                .post("/api/v1/plans/" + plan + "/feedback-imports").then().statusCode(201);
        assertTalliesEqualARecount("imported");
        // Changed by hand in SQL: moved to another month and year, answered at another hour.
        sql("update feedback_item set created_at = created_at - interval 400 day, answer_approved_at = answer_approved_at - interval 3 hour "
                + "where id in (" + a + ", " + b + ")");
        assertTalliesEqualARecount("moved to an earlier year");
        sql("update feedback_item set answer_approved_at = answer_approved_at + interval 30 hour where id = " + b);
        assertTalliesEqualARecount("approved at another hour");
        // A plan deleted with its items, one of them the group of another: the cascade goes unseen by triggers.
        long gone = TestPlans.create(TODAY.plusDays(31), "Đối thoại bị xóa", "85", "Môi trường", List.of("Môi trường")).getLong("id");
        TestPlans.publish(gone);
        long g1 = item(gone, "PETITION", "AT_SESSION", "phuong-ba-don");
        long g2 = item(gone, "OPINION", "AT_SESSION", "xa-nam-gianh");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(g1))
                .body(Map.of("items", List.of(g2))).post("/api/v1/feedback/" + g1 + "/merge").then().statusCode(200);
        assertTalliesEqualARecount("the plan to delete");
        sql("delete from plan where id = " + gone);
        assertTalliesEqualARecount("plan deleted");
    }

    @Test
    void figuresOverMonthsAndYearsEqualTheListsAndTheItems() throws Exception {
        JsonPath created = TestPlans.create(TODAY.plusDays(32), "Đối thoại nhiều năm", "86", "Môi trường", List.of("Vệ sinh môi trường"));
        long plan = created.getLong("id");
        long area = created.getLong("focusAreas[0].id");
        TestPlans.publish(plan);
        // Items received over three years: each moved back to its day (a write like any other, kept by the triggers).
        int[] daysAgo = { 0, 3, 20, 35, 40, 64, 100, 190, 370, 400, 420, 800, 1100 };
        String[] kinds = { "PETITION", "OPINION", "REPORT" };
        String[] channels = { "WARD_COLLECTED", "AT_SESSION", "ORGANISATION_REPORT" };
        for (int i = 0; i < daysAgo.length; i++) {
            long id = item(plan, kinds[i % 3], channels[i % 3], i % 4 == 0 ? "xa-nam-gianh" : "phuong-ba-don");
            if (i % 2 == 0 || i % 3 == 0) {
                classify(id, area);
            }
            if (i % 3 == 0) {
                assign(id, "phong-tnmt");
                approve(id, "phong-tnmt");
            }
            sql("update feedback_item set created_at = created_at - interval " + daysAgo[i] + " day - interval " + (i * 7) + " hour, "
                    + "answer_approved_at = answer_approved_at - interval " + daysAgo[i] + " day + interval " + (i * 13) + " hour where id = " + id);
        }
        assertTalliesEqualARecount("moved back");

        // Every period the calendar allows (1990 to 2100): whole years and months from the tallies, equal to the lists.
        Map<String, String> all = Map.of("from", "1990-01-01", "to", "2100-12-31");
        JsonPath stats = stats(TestTokens.vanphong(), "feedback", all);
        assertEquals(listCount(Map.of()), stats.getLong("total"));
        for (String status : List.of("RECEIVED", "CLASSIFIED", "ASSIGNED", "ANSWER_APPROVED")) {
            assertEquals(listCount(Map.of("status", status)), count(stats, "byStatus", status), status);
        }
        for (String channel : channels) {
            assertEquals(listCount(Map.of("channel", channel)), count(stats, "byChannel", channel), channel);
        }
        for (String kind : kinds) {
            assertEquals(listCount(Map.of("kind", kind)), count(stats, "byKind", kind), kind);
        }
        for (String ward : List.of("phuong-ba-don", "xa-nam-gianh")) {
            assertEquals(listCount(Map.of("ward", ward)), count(stats, "byWard", ward), ward);
        }
        assertEquals(listCount(Map.of("raisedBefore", true)), stats.getLong("raisedBeforeOpen"));
        stats(TestTokens.vanphong(), "rulings", all);

        // Periods cut mid-month, mid-year, over years, one whole month or year: equal to the items counted one by one,
        // for the body and for the province's office over every body it reads (counted from body 0, every body, less the
        // bodies it does not read: here the province's People's Committee, given one item for the while).
        LocalDate[][] periods = { { TODAY.minusDays(1130), TODAY }, { TODAY.minusDays(1000).withDayOfMonth(17), TODAY.minusDays(30) },
                { TODAY.minusYears(2).withDayOfYear(1), TODAY.minusYears(1).withDayOfYear(1).minusDays(1) },
                { TODAY.minusMonths(2).withDayOfMonth(1), TODAY.minusMonths(1).withDayOfMonth(1).minusDays(1) },
                { TODAY.minusDays(45), TODAY.minusDays(2) }, { TODAY.minusYears(1).withDayOfYear(1), TODAY } };
        long elsewhere = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        classify(elsewhere, area);
        assign(elsewhere, "phong-tnmt");
        approve(elsewhere, "phong-tnmt");
        sql("update feedback_item set body_id = (select id from org_unit where code = 'ubnd-tinh-quang-tri'), created_at = created_at - "
                + "interval 400 day where id = " + elsewhere);
        try {
            assertTalliesEqualARecount("an item of a body the province's office does not read");
            List<String> provinceBodies = stats(TestTokens.vptinh(), "feedback", Map.of()).getList("scope.bodies.code");
            assertTrue(!provinceBodies.contains("ubnd-tinh-quang-tri") && provinceBodies.size() > 3, provinceBodies.toString());
            for (LocalDate[] period : periods) {
                assertFiguresEqualTheItems(TestTokens.vanphong(), List.of("dang-uy-phuong-ba-don"), period, channels);
                assertFiguresEqualTheItems(TestTokens.vptinh(), provinceBodies, period, channels);
            }
        } finally {
            sql("update feedback_item set body_id = (select id from org_unit where code = 'dang-uy-phuong-ba-don'), created_at = "
                    + "created_at + interval 400 day where id = " + elsewhere);
        }
    }

    /** The feedback figures of the bodies (one, named; or every body the caller reads) equal their items counted one by one. */
    private void assertFiguresEqualTheItems(String token, List<String> bodies, LocalDate[] period, String[] channels) throws Exception {
        Map<String, String> query = new java.util.HashMap<>(Map.of("from", period[0].toString(), "to", period[1].toString()));
        if (bodies.size() == 1) {
            query.put("body", bodies.get(0));
        }
        JsonPath figures = stats(token, "feedback", query);
        String codes = bodies.stream().map(b -> "'" + b + "'").collect(java.util.stream.Collectors.joining(", "));
        String of = " from feedback_item where merged_into_id is null and body_id in (select id from org_unit where code in (" + codes + "))";
        String in = of + " and created_at >= '" + utc(period[0]) + "' and created_at < '" + utc(period[1].plusDays(1)) + "'";
        String name = bodies.size() + " bodies, " + period[0] + " – " + period[1];
        assertEquals(sqlCount("select count(*)" + in), figures.getLong("total"), name);
        for (String status : List.of("RECEIVED", "CLASSIFIED", "ANSWER_APPROVED")) {
            assertEquals(sqlCount("select count(*)" + in + " and status = '" + status + "'"), count(figures, "byStatus", status), name);
        }
        for (String channel : channels) {
            assertEquals(sqlCount("select count(*)" + in + " and channel = '" + channel + "'"), count(figures, "byChannel", channel), name);
        }
        // Focus areas are each plan's own, counted together by title.
        assertEquals(sqlCount("select count(*)" + in + " and focus_area_id in (select id from plan_focus_area where title = 'Vệ sinh môi "
                + "trường')"), count(figures, "byFocusArea", "Vệ sinh môi trường"), name);
        List<Long> hours = sqlLongs("select timestampdiff(hour, created_at, answer_approved_at)" + in
                + " and answer_approved_at is not null order by 1");
        assertEquals(hours.size(), figures.getLong("answerTime.approved"), name);
        assertEquals(percentileDays(hours, 50), figures.get("answerTime.medianDays") == null ? null
                : figures.getDouble("answerTime.medianDays"), name);
        assertEquals(percentileDays(hours, 90), figures.get("answerTime.p90Days") == null ? null
                : figures.getDouble("answerTime.p90Days"), name);
        String earlierIn = of + " and created_at >= '" + utc(period[0].minusYears(1)) + "' and created_at < '"
                + utc(period[1].minusYears(1).plusDays(1)) + "'";
        assertEquals(sqlCount("select count(*)" + earlierIn), figures.getLong("previousYearTotal"), name);
    }

    /** Nearest rank over the sorted hours, in days with one decimal: what the figures promise, from every row. */
    private static Double percentileDays(List<Long> sortedHours, int percent) {
        if (sortedHours.isEmpty()) {
            return null;
        }
        long hours = sortedHours.get((int) Math.ceil(percent / 100.0 * sortedHours.size()) - 1);
        return Math.round(hours / 24.0 * 10) / 10.0;
    }

    /** The first instant of a Vietnam day as the database holds instants: UTC wall-clock time. */
    private static String utc(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()
                .toString().replace('T', ' ');
    }

    @Inject
    DataSource dataSource;

    /**
     * The tallies equal the items recounted from scratch (the count the migration started them from), every figure of
     * every body, month and year, and so do the answer hours; and body 0's (every body at once) equal every item's.
     */
    private void assertTalliesEqualARecount(String after) throws Exception {
        assertTalliesEqualARecount(after, "i.body_id");
        assertTalliesEqualARecount(after + " (every body: body 0)", "0");
    }

    private void assertTalliesEqualARecount(String after, String body) throws Exception {
        String received = "date(i.created_at + interval 7 hour)";
        String period = "if(s.span = 'M', " + received + " - interval (dayofmonth(" + received + ") - 1) day, makedate(year(" + received
                + "), 1))";
        String hours = "timestampdiff(hour, i.created_at, i.answer_approved_at)";
        String recount = "select " + body + ", s.span, " + period + " p, d.dimension, case d.dimension when 'ALL' then '' "
                + "when 'STATUS' then i.status when 'CHANNEL' then i.channel when 'KIND' then i.kind "
                + "when 'AREA' then coalesce(i.focus_area_id, '') when 'WARD' then coalesce(i.ward_id, '') "
                + "when 'RAISED' then if(i.raised_before_count > 0, '1', '0') when 'PRECEDENCE' then i.precedence "
                + "else floor(" + hours + " / 24) end v, count(*) "
                + "from feedback_item i join (select 'M' span union all select 'Y') s join (select 'ALL' dimension union all "
                + "select 'STATUS' union all select 'CHANNEL' union all select 'KIND' union all select 'AREA' union all select 'WARD' "
                + "union all select 'RAISED' union all select 'PRECEDENCE' union all select 'DAYS') d "
                + "where i.merged_into_id is null and (d.dimension <> 'DAYS' or i.answer_approved_at is not null) group by 1, 2, 3, 4, 5";
        String tallied = "0".equals(body) ? "body_id = 0" : "body_id <> 0";
        assertEquals(rows(recount), rows("select body_id, span, period, dimension, value, n from feedback_tally where n <> 0 and " + tallied),
                after);
        assertEquals(rows("select " + body + ", " + hours + ", s.span, " + period + ", count(*) from feedback_item i join (select 'M' span "
                + "union all select 'Y') s where i.merged_into_id is null and i.answer_approved_at is not null group by 1, 2, 3, 4"),
                rows("select body_id, hours, span, period, n from feedback_answer_hours where n <> 0 and " + tallied), after + " (answer hours)");
    }

    /** The rows of a query, each as its columns joined, sorted: two queries compared as sets. */
    private java.util.SortedSet<String> rows(String sql) throws Exception {
        java.util.SortedSet<String> rows = new java.util.TreeSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(r.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private void sql(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private long sqlCount(String sql) throws Exception {
        return sqlLongs(sql).get(0);
    }

    private List<Long> sqlLongs(String sql) throws Exception {
        List<Long> values = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getLong(1));
            }
        }
        return values;
    }

    private static Map<String, Object> version(long id) {
        return Map.of("id", id, "version", Long.parseLong(etag(id).replaceAll("[^0-9]", "")));
    }

    // ---- Rulings ----

    @Test
    void rulingFiguresEqualTheFollowUpList() {
        long plan = heldPlan(18);
        long i1 = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        long i2 = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        long i3 = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        long i4 = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        long i5 = item(plan, "PETITION", "AT_SESSION", "phuong-ba-don");
        issued(plan, resolve(i1, "phong-tnmt", TODAY.minusDays(15)));
        issued(plan, resolve(i2, "phong-tnmt", TODAY.minusDays(10)));
        issued(plan, resolve(i3, "phong-qldt", TODAY.minusDays(12)));
        issued(plan, resolve(i4, "phong-tnmt", TODAY.plusDays(30)));
        Map<String, Object> explained = new HashMap<>(Map.of("type", "EXPLAINED", "content", "Đã giải thích", "feedbackIds", List.of(i5)));
        issued(plan, explained);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("type", "EXPLAINED", "content", "Dự thảo", "feedbackIds", List.of(i5))).post("/api/v1/plans/" + plan + "/rulings")
                .then().statusCode(201);

        JsonPath stats = stats(TestTokens.bithu(), "rulings", Map.of("plan", plan));
        assertEquals(6, stats.getLong("total"));
        assertEquals(4, count(stats, "byType", "RESOLVE"));
        assertEquals(2, count(stats, "byType", "EXPLAINED"));
        assertEquals(1, count(stats, "byStatus", "DRAFT"));
        assertEquals(5, count(stats, "byStatus", "ISSUED"));
        List<Map<String, Object>> followed = followUps(Map.of("plan", plan));
        assertEquals(followed.size(), count(stats, "byFollowUp", "OPEN"));

        List<Map<String, Object>> overdue = followUps(Map.of("plan", plan, "overdue", true));
        assertEquals(overdue.size(), stats.getLong("overdue.total"));
        assertEquals(3, overdue.size());
        for (String unit : List.of("phong-tnmt", "phong-qldt")) {
            List<Map<String, Object>> ofUnit = followUps(Map.of("plan", plan, "overdue", true, "unit", unit));
            Map<String, Object> row = stats.<Map<String, Object>> getList("overdue.byUnit").stream()
                    .filter(u -> unit.equals(u.get("unitCode"))).findFirst().orElseThrow();
            assertEquals(ofUnit.size(), ((Number) row.get("count")).intValue(), unit);
            assertEquals(ofUnit.stream().mapToInt(f -> ((Number) f.get("overdueWorkingDays")).intValue()).max().orElseThrow(),
                    ((Number) row.get("maxWorkingDaysLate")).intValue(), unit);
            assertEquals(ofUnit.stream().mapToInt(f -> ((Number) f.get("overdueWorkingDays")).intValue()).sum(),
                    ((Number) row.get("totalWorkingDaysLate")).intValue(), unit);
        }
        assertEquals("phong-tnmt", stats.getString("overdue.byUnit[0].unitCode"), "the unit with the most overdue rulings first");
        // Issued today, none resolved: three late (open past due), none on time.
        assertEquals(5, stats.getLong("onTime.issued"));
        assertEquals(3, stats.getLong("onTime.late"));
        assertEquals(0.0, stats.getDouble("onTime.percent"));
        String month = TODAY.toString().substring(0, 7);
        Map<String, Object> thisMonth = stats.<Map<String, Object>> getList("monthly").stream().filter(m -> month.equals(m.get("month")))
                .findFirst().orElseThrow();
        assertEquals(5, ((Number) thisMonth.get("issued")).intValue());
        assertEquals(0, stats.getLong("previousYear.issued"));
    }

    // ---- The next dialogue ----

    @Test
    void theNextDialoguesPreparationEqualsThePlanAndItsParticipantList() {
        long plan = TestPlans.create(TODAY.plusDays(15), "Đối thoại sắp tới", "84", "Môi trường", List.of("Môi trường")).getLong("id");
        JsonPath stats = stats(TestTokens.vanphong(), "next-dialogue", Map.of("plan", plan));
        assertEquals(plan, stats.getLong("plan.id"));
        assertEquals(15, stats.getInt("daysLeft"));
        JsonPath p = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan).then().statusCode(200).extract().jsonPath();
        assertEquals(p.getList("tasks").size(), stats.getInt("tasks.total"));
        assertEquals(p.getList("composition").size(), stats.getList("composition").size());
        for (int g = 0; g < p.getList("composition").size(); g++) {
            long groupId = p.getLong("composition[" + g + "].id");
            Map<String, Object> row = stats.<Map<String, Object>> getList("composition").get(g);
            assertEquals(groupId, ((Number) row.get("groupId")).longValue());
            assertEquals(p.get("composition[" + g + "].targetCount"), row.get("target"));
            assertEquals(participantTotal(plan, Map.of("groupId", groupId)), ((Number) row.get("registered")).longValue());
            assertEquals(participantTotal(plan, Map.of("groupId", groupId, "rsvp", "ACCEPTED")), ((Number) row.get("confirmed")).longValue());
            assertEquals(participantTotal(plan, Map.of("groupId", groupId, "attended", true)), ((Number) row.get("present")).longValue());
        }
        assertEquals(participantTotal(plan, Map.of()), stats.getLong("total.registered"));
        assertEquals(participantTotal(plan, Map.of("invited", true)), stats.getLong("invitations.invited"));
    }

    // ---- Helpers ----

    private static JsonPath stats(String token, String what, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get("/api/v1/statistics/" + what).then().log().ifValidationFails().statusCode(200).extract()
                .jsonPath();
    }

    private static long count(JsonPath stats, String list, String key) {
        return stats.<Map<String, Object>> getList(list).stream().filter(c -> key.equals(c.get("key")))
                .mapToLong(c -> ((Number) c.get("count")).longValue()).sum();
    }

    /** Every item of the feedback list for the filters, page after page. */
    private static List<Map<String, Object>> items(Map<String, ?> query) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(TestTokens.vanphong()).queryParams(query).queryParam("size", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/v1/feedback").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            after = page.getString("nextCursor");
        } while (after != null);
        return all;
    }

    private static long listCount(Map<String, ?> query) {
        return items(query).size();
    }

    private static List<Map<String, Object>> followUps(Map<String, ?> query) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(TestTokens.bithu()).queryParams(query).queryParam("size", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/v1/follow-up").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            after = page.getString("nextCursor");
        } while (after != null);
        return all;
    }

    private static long participantTotal(long plan, Map<String, ?> query) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParams(query).get("/api/v1/plans/" + plan + "/participants").then()
                .statusCode(200).extract().jsonPath().getLong("totalItems");
    }

    private static long heldPlan(int daysAgo) {
        long id = TestPlans.create(TODAY.minusDays(daysAgo), "Đối thoại đã tổ chức", "80", "Môi trường", List.of("Môi trường")).getLong("id");
        TestPlans.publish(id);
        TestPlans.act(TestTokens.vanphong(), id, "HOLD");
        return id;
    }

    private static long item(long plan, String kind, String channel, String ward) {
        return itemBy(TestTokens.vanphong(), plan, kind, channel, ward);
    }

    private static long itemBy(String office, long plan, String kind, String channel, String ward) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("channel", channel);
        body.put("title", "Ý kiến " + UUID.randomUUID());
        body.put("content", "Đường ngập khi mưa lớn");
        if (ward != null) {
            body.put("wardCode", ward);
        }
        return given().auth().oauth2(office).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/feedback").then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void classify(long id, long area) {
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("focusAreaId", area, "priority", "NORMAL")).put("/api/v1/feedback/" + id + "/classification").then()
                .statusCode(200);
    }

    private static void assign(long id, String unit) {
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("unitCode", unit)).put("/api/v1/feedback/" + id + "/assignment").then().statusCode(200);
    }

    /** Drafted by the unit, submitted by the office, approved by the chair. */
    private static void approve(long id, String unit) {
        String unitToken = TestTokens.token("nv-" + unit, "Cán bộ " + unit, List.of("unit"), unit, null);
        given().auth().oauth2(unitToken).contentType(ContentType.JSON).header("If-Match", etag(id)).body(Map.of("text", "Trả lời"))
                .put("/api/v1/feedback/" + id + "/answer").then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/submit").then().statusCode(200);
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/approval").then().statusCode(200);
    }

    private static Map<String, Object> resolve(long item, String unit, LocalDate due) {
        return new HashMap<>(Map.of("type", "RESOLVE", "content", "Giao xử lý " + UUID.randomUUID(), "feedbackIds", List.of(item),
                "unitCode", unit, "dueDate", due.toString()));
    }

    private static void issued(long plan, Map<String, Object> body) {
        long id = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/rulings").then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/v1/plans/" + plan + "/rulings/" + id;
        String etag = given().auth().oauth2(TestTokens.bithu()).get(path).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag).post(path + "/issue").then()
                .statusCode(200);
    }
}
