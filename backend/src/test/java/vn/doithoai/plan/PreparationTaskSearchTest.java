package vn.doithoai.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** The list of preparation tasks across plans: each filter, the caller's scope, and totals that match the rows. */
@QuarkusTest
class PreparationTaskSearchTest {

    private static final String TASKS = "/api/v1/preparation-tasks";
    private static final LocalDate TODAY = TestClock.today();

    @Test
    void filtersByPlanUnitStatusDueWithinAndOverdue() {
        // A session three weeks ahead: every task still open. One in two days: the "ten days before" ones are late.
        long ahead = TestPlans.createCommune(TODAY.plusDays(21), "Việc chuẩn bị sắp đến hạn", "11", "Môi trường", List.of("Rác thải")).getLong("id");
        long soon = TestPlans.createCommune(TODAY.plusDays(2), "Việc chuẩn bị đã trễ", "12", "Giao thông", List.of("Đường")).getLong("id");
        long draft = TestPlans.createCommune(TODAY.plusDays(21), "Kế hoạch còn dự thảo", "13", "Đất đai", List.of("Đất")).getLong("id");
        TestPlans.act(TestTokens.vanphong(), ahead, "SUBMIT");
        TestPlans.act(TestTokens.vanphong(), soon, "SUBMIT");
        JsonPath soonPlan = plan(soon);
        long doneTask = soonPlan.getLong("tasks[0].id");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(soon))
                .body(Map.of("doneOn", TODAY.toString())).put("/api/v1/plans/" + soon + "/tasks/" + doneTask + "/progress")
                .then().statusCode(200);
        soonPlan = plan(soon);
        JsonPath aheadPlan = plan(ahead);

        JsonPath all = list(TestTokens.vanphong(), "plan=" + ahead);
        assertEquals(aheadPlan.getList("tasks").size(), all.getInt("totalItems"));
        assertEquals(idsByDue(aheadPlan), all.getList("items.id").stream().map(o -> ((Number) o).longValue()).toList(), "earliest due first");
        assertEquals(List.of(ahead), all.getList("items.plan.id").stream().distinct().map(o -> ((Number) o).longValue()).toList());

        long overdueInSoon = soonPlan.getList("tasks.status").stream().filter("OVERDUE"::equals).count();
        assertTrue(overdueInSoon > 0, "the fixture has late tasks");
        assertEquals(overdueInSoon, list(TestTokens.vanphong(), "plan=" + soon + "&overdue=true").getInt("totalItems"));
        assertEquals(overdueInSoon, list(TestTokens.vanphong(), "plan=" + soon + "&status=OVERDUE").getInt("totalItems"));
        assertEquals(soonPlan.getList("tasks").size() - overdueInSoon,
                list(TestTokens.vanphong(), "plan=" + soon + "&overdue=false").getInt("totalItems"));
        JsonPath done = list(TestTokens.vanphong(), "plan=" + soon + "&status=DONE");
        assertEquals(List.of(doneTask), done.getList("items.id").stream().map(o -> ((Number) o).longValue()).toList());
        assertEquals(TODAY.toString(), done.getString("items[0].doneOn"));

        List<String> dueDates = aheadPlan.getList("tasks.dueDate");
        long within14 = dueDates.stream().filter(d -> d != null && !LocalDate.parse(d).isAfter(TODAY.plusDays(14))).count();
        assertEquals(within14, list(TestTokens.vanphong(), "plan=" + ahead + "&dueWithinDays=14").getInt("totalItems"));
        assertEquals(0, list(TestTokens.vanphong(), "plan=" + soon + "&dueWithinDays=366&status=DONE").getInt("totalItems"),
                "a task done is no longer due");
        assertEquals(1, list(TestTokens.vanphong(), "plan=" + ahead + "&unit=mttq-phuong-ba-don").getInt("totalItems"));
        given().auth().oauth2(TestTokens.vanphong()).get(TASKS + "?plan=" + ahead + "&unit=mttq-phuong-ba-don").then()
                .body("items.owner.code", everyItem(is("mttq-phuong-ba-don")));
        assertEquals(0, list(TestTokens.vanphong(), "plan=" + draft).getInt("totalItems"), "a draft's tasks are not yet work in hand");

        // Across plans: overdue means overdue on every row, and the total counts exactly the rows.
        JsonPath overdue = list(TestTokens.vanphong(), "overdue=true&size=100");
        given().auth().oauth2(TestTokens.vanphong()).get(TASKS + "?overdue=true&size=100").then().body("items.status", everyItem(is("OVERDUE")));
        if (overdue.getInt("totalItems") <= 100) {
            assertEquals(overdue.getInt("totalItems"), overdue.getList("items").size());
        }
    }

    @Test
    void anotherBodysTasksAreNotListedAndTheProvinceReadsThem() {
        long mine = TestPlans.createCommune(TODAY.plusDays(2), "Việc chuẩn bị của Ba Đồn", "21", "Giao thông", List.of("Đường")).getLong("id");
        long theirs = TestPlans.createInBacGianh(TODAY.plusDays(2), "Việc chuẩn bị của Bắc Gianh", "22", "Giao thông", List.of("Đường")).getLong("id");
        TestPlans.act(TestTokens.vanphong(), mine, "SUBMIT");
        TestPlans.act(TestTokens.vanphong2(), theirs, "SUBMIT");
        assertTrue(list(TestTokens.vanphong(), "plan=" + mine).getInt("totalItems") > 0);
        assertEquals(0, list(TestTokens.vanphong2(), "plan=" + mine).getInt("totalItems"));
        assertEquals(0, list(TestTokens.vanphong(), "plan=" + theirs).getInt("totalItems"));
        given().auth().oauth2(TestTokens.vanphong2()).get(TASKS + "?overdue=true&size=100").then().statusCode(200)
                .body("items.plan.body.code", everyItem(is(TestTokens.BAC_GIANH)));
        given().auth().oauth2(TestTokens.bithu()).get(TASKS + "?overdue=true&size=100").then().statusCode(200)
                .body("items.plan.body.code", everyItem(oneOf(TestTokens.BA_DON, "thi-uy")));
        // The province's office oversees both.
        assertTrue(list(TestTokens.vptinh(), "plan=" + mine).getInt("totalItems") > 0);
        assertTrue(list(TestTokens.vptinh(), "plan=" + theirs).getInt("totalItems") > 0);
    }

    @Test
    void badFiltersAreRefusedByNameAndOnlyPlanReadersList() {
        given().auth().oauth2(TestTokens.vanphong()).get(TASKS + "?dueWithinDays=abc").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("dueWithinDays"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").get(TASKS + "?dueWithinDays=400").then().statusCode(400)
                .body("errors[0].field", is("dueWithinDays")).body("errors[0].message", is("Must be between 0 and 366."));
        given().auth().oauth2(TestTokens.vanphong()).get(TASKS + "?size=0").then().statusCode(400).body("errors[0].field", is("size"));
        given().auth().oauth2(TestTokens.phongtnmt()).get(TASKS).then().statusCode(403);
        given().auth().oauth2(TestTokens.congdan()).get(TASKS).then().statusCode(403);
        given().get(TASKS).then().statusCode(401);
    }

    private static JsonPath list(String token, String query) {
        return given().auth().oauth2(token).get(TASKS + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath plan(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + id).then().statusCode(200).extract().jsonPath();
    }

    /** The plan's task ids in the list's order: by due date (none last), then position (the plan's own order). */
    private static List<Long> idsByDue(JsonPath plan) {
        List<Map<String, Object>> tasks = new ArrayList<>(plan.getList("tasks"));
        tasks.sort(Comparator.comparing((Map<String, Object> t) -> (String) t.get("dueDate"), Comparator.nullsLast(Comparator.naturalOrder())));
        return tasks.stream().map(t -> ((Number) t.get("id")).longValue()).toList();
    }

    private static String etag(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + id).then().extract().header("ETag");
    }
}
