package vn.doithoai.statistics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
