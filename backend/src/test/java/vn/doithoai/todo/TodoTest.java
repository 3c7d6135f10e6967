package vn.doithoai.todo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/**
 * "Việc của tôi" for each role: every count is the total of the list its entry links to (called here with the entry's
 * own query), what one body does never counts for another, and the deadlines are in working days.
 */
@QuarkusTest
class TodoTest {

    private static final String TODO = "/api/v1/me/todo";
    private static final LocalDate TODAY = TestClock.today();
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Bodies bodies;

    @Test
    void theChairSeesAnAnswerToApproveOnlyInTheirOwnBodyAndEveryCountIsItsList() {
        long before = count(TestTokens.bithu(), "chair", "ANSWERS_TO_APPROVE");
        long otherBefore = count(TestTokens.bithu2(), "chair", "ANSWERS_TO_APPROVE");
        long id = submittedAnswer();
        assertEquals(before + 1, count(TestTokens.bithu(), "chair", "ANSWERS_TO_APPROVE"));
        assertEquals(otherBefore, count(TestTokens.bithu2(), "chair", "ANSWERS_TO_APPROVE"), "another body's answer never counts");
        everyCountIsItsList(TestTokens.bithu());
        everyCountIsItsList(TestTokens.bithu2());

        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/approval").then().statusCode(200);
        assertEquals(before, count(TestTokens.bithu(), "chair", "ANSWERS_TO_APPROVE"));

        JsonPath todo = todo(TestTokens.bithu(), "vi");
        Map<String, Object> entry = entry(todo, "chair", "ANSWERS_TO_APPROVE");
        assertEquals("/feedback", ((Map<?, ?>) entry.get("link")).get("path"));
        assertEquals(Map.of("status", "ANSWER_SUBMITTED"), ((Map<?, ?>) entry.get("link")).get("query"));
        assertEquals(before + " câu trả lời chờ phê duyệt", entry.get("reason"));
        assertEquals(before + " answers to approve", entry(todo(TestTokens.bithu(), "en"), "chair", "ANSWERS_TO_APPROVE").get("reason"));
    }

    @Test
    void theOfficeSeesItsTasksAndTheInvitationDeadlineInWorkingDays() {
        long overdueBefore = count(TestTokens.vanphong(), "secretariat", "TASKS_OVERDUE");
        long otherOverdueBefore = count(TestTokens.vanphong2(), "secretariat", "TASKS_OVERDUE");
        // A session in two days: its "ten days before" tasks are late once the plan is submitted.
        long late = TestPlans.createCommune(TODAY.plusDays(2), "Việc trễ cho văn phòng", "31", "Giao thông", List.of("Đường")).getLong("id");
        TestPlans.act(TestTokens.vanphong(), late, "SUBMIT");
        long lateTasks = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + late).then().extract().jsonPath()
                .getList("tasks.status").stream().filter("OVERDUE"::equals).count();
        assertTrue(lateTasks > 0);
        assertEquals(overdueBefore + lateTasks, count(TestTokens.vanphong(), "secretariat", "TASKS_OVERDUE"));
        assertEquals(otherOverdueBefore, count(TestTokens.vanphong2(), "secretariat", "TASKS_OVERDUE"));

        // A published plan three weeks ahead: its invitation deadline, with the working days left on its body's calendar.
        JsonPath created = TestPlans.createCommune(TODAY.plusDays(21), "Giấy mời cho văn phòng", "32", "Môi trường", List.of("Rác"));
        long ahead = created.getLong("id");
        TestPlans.publish(ahead);
        JsonPath plan = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + ahead).then().extract().jsonPath();
        String deadline = plan.getString("invitationDeadline");
        JsonPath todo = todo(TestTokens.vanphong(), "vi");
        List<Map<String, Object>> invitations = todo.getList("entries.findAll { it.kind == 'INVITATION_DEADLINE' && it.plan.id == " + ahead + " }");
        assertNotNull(deadline, "the commune template has an invitation rule");
        {
            assertFalse(invitations.isEmpty(), "the plan's invitation deadline is on the office's to-do");
            Map<String, Object> general = invitations.get(0);
            assertEquals(deadline, general.get("dueDate"));
            LocalDate due = LocalDate.parse(deadline);
            long bodyId = bodies.idOf(TestTokens.BA_DON).orElseThrow();
            int left = calendar.forBody(bodyId).workingDaysBetween(TODAY, due);
            assertEquals(left, general.get("workingDaysLeft"));
            assertEquals("/plans/" + ahead + "/participants", ((Map<?, ?>) general.get("link")).get("path"));
            assertTrue(((String) general.get("reason")).contains(String.format("%02d/%02d/%d", due.getDayOfMonth(), due.getMonthValue(), due.getYear())));
        }
        assertTrue(todo(TestTokens.vanphong2(), "vi").getList("entries.findAll { it.plan?.id == " + ahead + " }").isEmpty(),
                "another body's plan is not on their to-do");
        everyCountIsItsList(TestTokens.vanphong());
        everyCountIsItsList(TestTokens.vanphong2());
    }

    @Test
    void unitWardAndAdminCountsAreTheirLists() {
        long toAnswerBefore = count(TestTokens.phongtnmt(), "unit", "ITEMS_TO_ANSWER");
        long wardOpenBefore = count(TestTokens.phuongbadon(), "ward", "WARD_OPEN_ITEMS");
        long planId = publishedPlan();
        long item = sent(planId);
        assertEquals(wardOpenBefore + 1, count(TestTokens.phuongbadon(), "ward", "WARD_OPEN_ITEMS"));
        classifyAndAssign(planId, item, "phong-tnmt");
        assertEquals(toAnswerBefore + 1, count(TestTokens.phongtnmt(), "unit", "ITEMS_TO_ANSWER"));
        everyCountIsItsList(TestTokens.phongtnmt());
        everyCountIsItsList(TestTokens.phuongbadon());

        JsonPath ward = todo(TestTokens.phuongbadon(), "vi");
        Map<String, Object> report = ward.getMap("entries.find { it.kind == 'WARD_REPORT' }");
        assertNotNull(report, "the ward officer is asked to enter the items of the next dialogue");
        // The ward's own entry form: no organisation to name, the ward from the officer's account.
        assertTrue(((String) ((Map<?, ?>) report.get("link")).get("path")).endsWith("/feedback/ward"));
        assertNotNull(ward.getMap("entries.find { it.kind == 'WARD_CHECK_IN' }"));

        JsonPath admin = todo(TestTokens.quantri(), "vi");
        assertEquals(List.of("admin"), admin.getList("entries.role").stream().distinct().toList());
        Map<String, Object> years = admin.getMap("entries.find { it.kind == 'CALENDAR_YEARS' }");
        long missing = 0;
        for (int year = TODAY.getYear(); year <= TODAY.getYear() + 1; year++) {
            if (given().auth().oauth2(TestTokens.quantri()).get("/api/v1/calendar/overrides?year=" + year).then().statusCode(200).extract()
                    .jsonPath().getList("$").isEmpty()) {
                missing++;
            }
        }
        assertEquals(missing, ((Number) years.get("count")).longValue());
    }

    @Test
    void aHeldDialogueAsksTheChairToIssueItsDraftsAndTheOfficeToIssueTheNotice() {
        long planId = TestPlans.create(TODAY.minusDays(1), "Đối thoại đã tổ chức", "42", "Giao thông", List.of("Đường giao thông")).getLong("id");
        TestPlans.publish(planId);
        long item = sent(planId);
        classifyAndAssign(planId, item, "phong-tnmt");
        TestPlans.act(TestTokens.vanphong(), planId, "HOLD");
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                    .body(Map.of("type", "RESOLVE", "content", "Sửa đường tổ " + i, "feedbackIds", List.of(item), "unitCode", "phong-tnmt",
                            "dueDate", TODAY.plusDays(30).toString()))
                    .post("/api/v1/plans/" + planId + "/rulings").then().statusCode(201);
        }
        JsonPath first = given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + planId + "/rulings").then().extract().jsonPath();
        String etag = given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + planId + "/rulings/" + first.getLong("items[0].id")).then()
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag)
                .post("/api/v1/plans/" + planId + "/rulings/" + first.getLong("items[0].id") + "/issue").then().statusCode(200);

        Map<String, Object> drafts = todo(TestTokens.bithu(), "vi").getMap("entries.find { it.kind == 'RULINGS_TO_ISSUE' && it.plan?.id == " + planId + " }");
        assertNotNull(drafts);
        assertEquals(1L, ((Number) drafts.get("count")).longValue(), "the issued one no longer waits");
        assertEquals(Map.of("status", "DRAFT"), ((Map<?, ?>) drafts.get("link")).get("query"));
        given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + planId + "/rulings?status=ISSUED").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(1)).body("items[0].status", org.hamcrest.Matchers.is("ISSUED"))
                .body("totalItems", org.hamcrest.Matchers.is(1));
        everyCountIsItsList(TestTokens.bithu());
        assertTrue(todo(TestTokens.bithu2(), "vi").getList("entries.findAll { it.plan?.id == " + planId + " }").isEmpty());

        String noticeDue = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + planId + "/conclusion-notice").then().statusCode(200)
                .extract().path("deadline.dueDate");
        Map<String, Object> notice = todo(TestTokens.vanphong(), "vi").getMap("entries.find { it.kind == 'NOTICE_DEADLINE' && it.plan.id == " + planId + " }");
        assertNotNull(notice, "the held dialogue's notice deadline is on the office's to-do");
        assertEquals(noticeDue, notice.get("dueDate"));
    }

    @Test
    void aCallerWithSeveralRolesSeesEachAndOthersAreRefused() {
        String both = TestTokens.tokenIn(TestTokens.BA_DON, "vpbt", "Văn Phòng Bí Thư", List.of("secretariat", "chair"), "vp-thi-uy", null);
        List<Object> roles = todo(both, "vi").getList("entries.role").stream().distinct().map(Object.class::cast).toList();
        assertEquals(List.of("secretariat", "chair"), roles);
        given().auth().oauth2(TestTokens.congdan()).get(TODO).then().statusCode(403);
        given().get(TODO).then().statusCode(401);
    }

    // --- the lists the entries open ----------------------------------------------------------------------------------

    /** Each entry with a count: the list it links to, called with its own query, holds exactly that many. */
    private static void everyCountIsItsList(String token) {
        List<Map<String, Object>> entries = todo(token, "vi").getList("entries");
        int checked = 0;
        for (Map<String, Object> entry : entries) {
            Map<?, ?> link = (Map<?, ?>) entry.get("link");
            if (entry.get("count") == null || link.get("api") == null) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> query = (Map<String, String>) link.get("query");
            assertEquals(((Number) entry.get("count")).longValue(), total(token, (String) link.get("api"), query),
                    entry.get("role") + " " + entry.get("kind") + " " + query);
            checked++;
        }
        assertTrue(checked > 0, "some entries are counted");
    }

    private static long total(String token, String api, Map<String, String> query) {
        if (api.equals("/api/v1/feedback") || api.equals("/api/v1/follow-up")) {
            // Paged by cursor without a total: read every page.
            long n = 0;
            String after = null;
            do {
                RequestSpecification request = given().auth().oauth2(token).queryParams(query).queryParam("size", 100);
                if (after != null) {
                    request.queryParam("after", after);
                }
                JsonPath page = request.get(api).then().statusCode(200).extract().jsonPath();
                n += page.getList("items").size();
                after = page.getString("nextCursor");
            } while (after != null);
            return n;
        }
        return given().auth().oauth2(token).queryParams(query).queryParam("size", 1).get(api).then().statusCode(200).extract().jsonPath()
                .getLong("totalItems");
    }

    private static JsonPath todo(String token, String language) {
        return given().auth().oauth2(token).header("Accept-Language", language).get(TODO).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entry(JsonPath todo, String role, String kind) {
        return todo.getMap("entries.find { it.role == '" + role + "' && it.kind == '" + kind + "' }");
    }

    private static long count(String token, String role, String kind) {
        Map<String, Object> entry = entry(todo(token, "vi"), role, kind);
        assertNotNull(entry, role + " " + kind);
        return ((Number) entry.get("count")).longValue();
    }

    // --- fixtures ----------------------------------------------------------------------------------------------------

    private static long publishedPlan() {
        long id = TestPlans.create(TODAY.plusDays(30), "Đối thoại việc của tôi", "41", "Môi trường", List.of("Vệ sinh môi trường"))
                .getLong("id");
        TestPlans.publish(id);
        return id;
    }

    /** An item a citizen of Ba Đồn sent to the plan. */
    private static long sent(long planId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("title", "Đèn đường hỏng " + UUID.randomUUID());
        body.put("content", "Đèn đường tổ 3 hỏng đã lâu");
        body.put("wardCode", "phuong-ba-don");
        // Sent as themselves: tied to their account, so with their consent.
        body.put("consent", TestConsents.given());
        int n = ADDRESSES.getAndIncrement();
        return given().auth().oauth2(TestTokens.congdan()).contentType(ContentType.JSON).header("X-Forwarded-For", "10.79." + (n / 250) + "." + (n % 250 + 1))
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/api/v1/plans/" + planId + "/feedback")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void classifyAndAssign(long planId, long id, String unit) {
        long area = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + planId).then().extract().jsonPath()
                .getLong("focusAreas[0].id");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("focusAreaId", area, "priority", "NORMAL")).put("/api/v1/feedback/" + id + "/classification").then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("unitCode", unit)).put("/api/v1/feedback/" + id + "/assignment").then().statusCode(200);
    }

    /** An answer drafted by the unit and submitted by the office: awaiting the chair. */
    private static long submittedAnswer() {
        long planId = publishedPlan();
        long id = sent(planId);
        classifyAndAssign(planId, id, "phong-tnmt");
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("text", "Đèn sẽ được sửa trong tuần")).put("/api/v1/feedback/" + id + "/answer").then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .post("/api/v1/feedback/" + id + "/answer/submit").then().statusCode(200);
        return id;
    }

    private static String etag(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().statusCode(200).extract().header("ETag");
    }
}
