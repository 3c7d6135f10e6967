package vn.doithoai.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.DemoPlans;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.testsupport.TestTokens;

@QuarkusTest
class PlanResourceTest {

    private static final String PLANS = "/api/v1/plans";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = TestClock.today();

    @Inject
    WorkingDayCalendar calendar;

    // ---------------------------------------------------------------- the seed plan

    @Test
    void theSeedPlanCarriesEverythingTheDocumentSays() {
        long id = seedPlanId();
        given().auth().oauth2(TestTokens.vanphong()).when().get(PLANS + "/" + id).then().statusCode(200)
                .body("number", is("61")).body("symbol", is("KH/ThU"))
                .body("issueDate", is("2022-10-20"))
                .body("issuingUnit.code", is("thi-uy"))
                .body("status", is("CONCLUDED"))
                .body("legalBases", hasSize(2))
                .body("purposes", hasSize(3))
                .body("topic", startsWith("Thực trạng và giải pháp nâng cao hiệu quả công tác xây dựng nông thôn mới"))
                .body("focusAreas", hasSize(5))
                .body("focusAreas[4].title", is("Tình hình thực hiện công tác cải cách hành chính, giải quyết thủ tục hành chính"))
                .body("plannedMonth", is("2022-11"))
                .body("sessionAt", is("2022-11-25T08:00:00+07:00"))
                .body("venue", is("Trung tâm Văn hóa - Thể thao thị xã"))
                .body("format", is("IN_PERSON"))
                .body("agenda", hasSize(7))
                .body("composition.level", contains("TOWN", "WARD", "VILLAGE"))
                .body("tasks.status", everyItem(is("DONE")));
    }

    @Test
    void everyDeadlineOfTheSeedPlanFollowsFromFriday25November2022() {
        long id = seedPlanId();
        List<String> due = given().auth().oauth2(TestTokens.bithu()).get(PLANS + "/" + id).then().statusCode(200)
                .extract().jsonPath().getList("tasks.dueDate");
        // 10 days before: Tue 15/11. 7 days before: Fri 18/11. At least 3 working days before: Tue 22/11.
        // At least 3 days before: Tue 22/11. At most 10 working days after: Fri 09/12.
        assertEquals(java.util.Arrays.asList("2022-11-15", "2022-11-15", "2022-11-15", "2022-11-18", null, null, "2022-11-22",
                "2022-12-09", null, null, null, "2022-11-22"), due);
    }

    // ---------------------------------------------------------------- templates

    @Test
    void aPlanFromTheCommuneTemplateGetsItsTasksRulesAndOwners() {
        var plan = create(draft("commune-2025", TODAY.plusDays(21))).extract().jsonPath();
        assertEquals("commune-2025", plan.getString("templateCode"));
        assertEquals(List.of(7, 5, 3, 10), plan.getList("tasks.rule.offset"));
        assertEquals(List.of("ubnd-phuong-ba-don", "mttq-phuong-ba-don", "ubnd-phuong-ba-don", "ubnd-phuong-ba-don"),
                plan.getList("tasks.owner.code"));
        LocalDate session = TODAY.plusDays(21);
        // Seven calendar days before; a day off moves it to the working day before.
        LocalDate expected = session.minusDays(7);
        while (!calendar.national().isWorkingDay(expected)) {
            expected = expected.minusDays(1);
        }
        assertEquals(expected, LocalDate.parse(plan.getString("tasks[0].dueDate")));
        assertEquals(List.of("OPEN", "OPEN", "OPEN", "OPEN"), plan.getList("tasks.status"));
        assertEquals(5, plan.getList("agenda").size());
        assertEquals(List.of("EDIT", "DELETE", "SCHEDULE", "SUBMIT", "CANCEL"), plan.getList("allowedActions"));
    }

    @Test
    void templatesAreListedForStaffAndWrittenByTheAdmin() {
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plan-templates").then().statusCode(200)
                .body("code", hasItem("town-2022")).body("code", hasItem("commune-2025"))
                .body("find { it.code == 'town-2022' }.content.tasks.rule.unit", hasItem("WORKING_DAYS"));
        given().auth().oauth2(TestTokens.congdan()).get("/api/v1/plan-templates").then().statusCode(403);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("code", "x", "name", "x", "level", "COMMUNE", "content", Map.of()))
                .post("/api/v1/plan-templates").then().statusCode(403);
        Map<String, Object> content = Map.of("legalBases", List.of("Luật năm 2030"), "purposes", List.of(), "agenda", List.of(),
                "composition", List.of(), "tasks", List.of(Map.of("ownerKind", "PEOPLES_COMMITTEE", "description", "Thông báo",
                        "rule", Map.of("offset", 15, "unit", "WORKING_DAYS", "direction", "BEFORE"))));
        String etag = given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("code", "commune-2030", "name", "Mẫu 2030", "level", "COMMUNE", "content", content))
                .post("/api/v1/plan-templates").then().statusCode(201).extract().header("ETag");
        given().auth().oauth2(TestTokens.quantri()).header("If-Match", etag).delete("/api/v1/plan-templates/commune-2030")
                .then().statusCode(204);
    }

    // ---------------------------------------------------------------- editing

    @Test
    void editsNeedTheCurrentETag() {
        var created = create(draft(null, TODAY.plusDays(30)));
        long id = created.extract().jsonPath().getLong("id");
        String etag = created.extract().header("ETag");
        Map<String, Object> changed = draft(null, TODAY.plusDays(30));
        changed.put("title", "Đối thoại về rác thải");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(changed)
                .put(PLANS + "/" + id).then().statusCode(428).contentType("application/problem+json");
        String next = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .put(PLANS + "/" + id).then().statusCode(200).body("title", is("Đối thoại về rác thải")).extract().header("ETag");
        changed.put("title", "Bản cũ ghi đè");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag).body(changed)
                .put(PLANS + "/" + id).then().statusCode(412);
        given().auth().oauth2(TestTokens.vanphong()).get(PLANS + "/" + id).then()
                .body("title", is("Đối thoại về rác thải")).header("ETag", is(next));
    }

    @Test
    void listItemsKeepTheirIdsWhenReordered() {
        var plan = create(draft(null, TODAY.plusDays(30))).extract();
        long id = plan.jsonPath().getLong("id");
        List<Map<String, Object>> areas = plan.jsonPath().getList("focusAreas");
        Map<String, Object> edit = draft(null, TODAY.plusDays(30));
        edit.put("focusAreas", List.of(Map.of("id", areas.get(1).get("id"), "title", areas.get(1).get("title")),
                Map.of("id", areas.get(0).get("id"), "title", "Rác thải (sửa)"), Map.of("title", "Nội dung mới")));
        var after = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", plan.header("ETag"))
                .body(edit).put(PLANS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(areas.get(1).get("id"), areas.get(0).get("id")), after.getList("focusAreas.id").subList(0, 2));
        assertEquals("Rác thải (sửa)", after.getString("focusAreas[1].title"));
        // An id from elsewhere is refused, naming the item.
        edit.put("focusAreas", List.of(Map.of("id", 999999, "title", "Lạ")));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .header("If-Match", given().auth().oauth2(TestTokens.vanphong()).get(PLANS + "/" + id).header("ETag"))
                .body(edit).put(PLANS + "/" + id).then().statusCode(400).body("errors[0].field", is("focusAreas[0].id"));
    }

    @Test
    void impossibleDatesAndMissingFieldsAreNamedInBothLanguages() {
        // The session five days before the plan's issue date, both in the month a month ago, whatever today is.
        LocalDate issued = TODAY.minusMonths(1).withDayOfMonth(20);
        Map<String, Object> bad = draft(null, issued.minusDays(5));
        bad.put("issueDate", issued.toString());
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(bad).post(PLANS).then().statusCode(400)
                .body("errors.field", contains("sessionAt"))
                .body("errors[0].message", startsWith("Ngày đối thoại không thể trước ngày ban hành kế hoạch"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("Accept-Language", "en").body(bad).post(PLANS)
                .then().statusCode(400)
                .body("errors[0].message", startsWith("The session cannot be before the plan is issued"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("level", "NOWHERE")).post(PLANS)
                .then().statusCode(400).body("errors[0].field", is("level"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("level", "TOWN", "title", " ",
                "tasks", List.of(Map.of("description", "", "rule", Map.of("offset", -1, "unit", "WORKING_DAYS", "direction", "BEFORE")))))
                .post(PLANS).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("title", "tasks[0].description", "tasks[0].rule.offset"));

        // A bare draft may be saved, but not submitted: each missing field is named.
        var bare = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("level", "COMMUNE", "title", "Bản nháp")).post(PLANS).then().statusCode(201).extract();
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", bare.header("ETag"))
                .body(Map.of("action", "SUBMIT")).post(PLANS + "/" + bare.jsonPath().getLong("id") + "/transitions")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("number", "symbol", "issueDate", "issuingUnitCode", "topic", "venue", "format",
                        "focusAreas", "plannedMonth"));
    }

    // ---------------------------------------------------------------- workflow and roles

    @Test
    void eachActionIsTakenOnlyByItsRoles() {
        Map<String, String> tokens = new HashMap<>();
        tokens.put("admin", TestTokens.quantri());
        tokens.put("secretariat", TestTokens.vanphong());
        tokens.put("chair", TestTokens.bithu());
        tokens.put("unit", TestTokens.phongtnmt());
        tokens.put("ward", TestTokens.phuongbadon());
        tokens.put("citizen", TestTokens.congdan());
        Map<String, List<String>> allowed = Map.of(
                "SUBMIT", List.of("secretariat"), "APPROVE", List.of("chair"), "RETURN", List.of("chair"),
                "PUBLISH", List.of("secretariat"), "HOLD", List.of("secretariat"), "CONCLUDE", List.of("secretariat"),
                "CLOSE", List.of("secretariat"), "CANCEL", List.of("secretariat", "chair"));
        Map<String, List<String>> pathTo = Map.of(
                "SUBMIT", List.of(), "APPROVE", List.of("SUBMIT"), "RETURN", List.of("SUBMIT"),
                "PUBLISH", List.of("SUBMIT", "APPROVE"), "HOLD", List.of("SUBMIT", "APPROVE", "PUBLISH"),
                "CONCLUDE", List.of("SUBMIT", "APPROVE", "PUBLISH", "HOLD"),
                "CLOSE", List.of("SUBMIT", "APPROVE", "PUBLISH", "HOLD", "CONCLUDE"), "CANCEL", List.of("SUBMIT"));
        for (String action : allowed.keySet()) {
            for (String allowedRole : allowed.get(action)) {
                // A session yesterday, so that the plan can be marked held; its tasks are past due.
                long id = create(draft(null, TODAY.minusDays(1))).extract().jsonPath().getLong("id");
                for (String step : pathTo.get(action)) {
                    act(step.equals("APPROVE") ? TestTokens.bithu() : TestTokens.vanphong(), id, step).statusCode(200);
                }
                String status = given().auth().oauth2(TestTokens.vanphong()).get(PLANS + "/" + id).then().extract().path("status");
                for (var role : tokens.entrySet()) {
                    if (allowed.get(action).contains(role.getKey())) {
                        continue;
                    }
                    act(role.getValue(), id, action).statusCode(403).contentType("application/problem+json");
                }
                given().when().contentType(ContentType.JSON).body(Map.of("action", action)).header("If-Match", "\"0\"")
                        .post(PLANS + "/" + id + "/transitions").then().statusCode(401);
                given().auth().oauth2(TestTokens.vanphong()).get(PLANS + "/" + id).then().body("status", is(status));
                act(tokens.get(allowedRole), id, action).statusCode(200).body("status", not(status));
            }
        }
    }

    @Test
    void aWrongStepIsAConflictAndTheChairReturnsWithAReason() {
        long id = create(draft(null, TODAY.plusDays(30))).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("action", "PUBLISH")).post(PLANS + "/" + id + "/transitions").then().statusCode(409).body("detail", is("Không thể thực hiện thao tác công bố khi kế hoạch đang ở trạng thái Dự thảo."));
        act(TestTokens.vanphong(), id, "SUBMIT").statusCode(200).body("status", is("SUBMITTED"))
                .body("allowedActions", contains("PROGRESS", "CANCEL"));
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("action", "RETURN")).post(PLANS + "/" + id + "/transitions").then().statusCode(400)
                .body("errors[0].field", is("reason"));
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("action", "RETURN", "reason", "Bổ sung nội dung trọng tâm về giao thông"))
                .post(PLANS + "/" + id + "/transitions").then().statusCode(200)
                .body("status", is("DRAFT")).body("returnReason", is("Bổ sung nội dung trọng tâm về giao thông"));
        var history = given().auth().oauth2(TestTokens.vanphong()).get(PLANS + "/" + id + "/history").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("created", "submit", "return"), history.getList("action"));
        assertEquals(List.of("vanphong", "vanphong", "bithu"), history.getList("actor"));
        assertEquals("SUBMITTED", history.getString("[2].changes.status.from"));
    }

    @Test
    void publishingWithTasksPastDueMustBeAcknowledged() {
        long id = create(draft(null, TODAY.plusDays(2))).extract().jsonPath().getLong("id");
        act(TestTokens.vanphong(), id, "SUBMIT").statusCode(200);
        act(TestTokens.bithu(), id, "APPROVE").statusCode(200);
        // With the session in two days, "10 days before" was due last week.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("action", "PUBLISH")).post(PLANS + "/" + id + "/transitions").then().statusCode(409)
                .body("warnings.ref", hasItem(startsWith("tasks/")))
                .body("warnings[0].message", startsWith("Nhiệm vụ"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("action", "PUBLISH", "acknowledgeWarnings", true)).post(PLANS + "/" + id + "/transitions")
                .then().statusCode(200).body("status", is("PUBLISHED")).body("tasks.status", hasItem("OVERDUE"));
    }

    @Test
    void movingTheSessionMovesEveryDueDate() {
        var plan = create(draft("town-2022", TODAY.plusDays(40))).extract();
        long id = plan.jsonPath().getLong("id");
        LocalDate newSession = TODAY.plusDays(60);
        var moved = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", plan.header("ETag"))
                .body(Map.of("plannedMonth", newSession.toString().substring(0, 7), "sessionAt", at(newSession), "venue", "Hội trường mới"))
                .put(PLANS + "/" + id + "/schedule").then().statusCode(200).extract().jsonPath();
        List<String> due = moved.getList("tasks.dueDate");
        List<Map<String, Object>> rules = moved.getList("tasks.rule");
        var preview = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("sessionDate", newSession.toString(), "rules", rules.stream().filter(r -> r != null).toList()))
                .post(PLANS + "/deadline-preview").then().statusCode(200).extract().jsonPath().getList("dueDates");
        assertEquals(due.stream().filter(d -> d != null).toList(), preview);
        assertEquals(true, newSession.isAfter(LocalDate.parse(due.get(0))));
    }

    @Test
    void progressAndReportsOfTasks() {
        long id = create(draft(null, TODAY.plusDays(20))).extract().jsonPath().getLong("id");
        act(TestTokens.vanphong(), id, "SUBMIT").statusCode(200);
        long taskId = given().auth().oauth2(TestTokens.vanphong()).get(PLANS + "/" + id).then().extract().jsonPath().getLong("tasks[0].id");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("doneOn", TODAY.plusDays(1).toString())).put(PLANS + "/" + id + "/tasks/" + taskId + "/progress")
                .then().statusCode(400).body("errors[0].field", is("doneOn"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("doneOn", TODAY.toString())).put(PLANS + "/" + id + "/tasks/" + taskId + "/progress")
                .then().statusCode(200).body("tasks[0].status", is("DONE")).body("tasks[0].doneOn", is(TODAY.toString()));

        byte[] html = "<html><script>alert(1)</script></html>".getBytes();
        given().auth().oauth2(TestTokens.vanphong()).contentType("application/pdf").header("If-Match", etag(id)).body(html)
                .queryParam("fileName", "bao-cao.pdf").put(PLANS + "/" + id + "/tasks/" + taskId + "/report")
                .then().statusCode(400).body("errors[0].field", is("file"));
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes();
        given().auth().oauth2(TestTokens.vanphong()).contentType("application/pdf").header("If-Match", etag(id)).body(pdf)
                .queryParam("fileName", "Báo cáo UBND.pdf").put(PLANS + "/" + id + "/tasks/" + taskId + "/report")
                .then().statusCode(200).body("tasks[0].report.fileName", is("Báo cáo UBND.pdf"))
                .body("tasks[0].report.contentType", is("application/pdf"));
        byte[] back = given().auth().oauth2(TestTokens.bithu()).get(PLANS + "/" + id + "/tasks/" + taskId + "/report")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals(new String(pdf), new String(back));
    }

    // ---------------------------------------------------------------- who reads what

    @Test
    void thePublicReadsPublishedPlansOnlyAndWithoutInternals() {
        long seed = seedPlanId();
        given().when().get("/api/v1/public/plans/" + seed).then().statusCode(200)
                .body("title", startsWith("Tổ chức đối thoại giữa đồng chí Bí thư Thị ủy"))
                .body("focusAreas", hasSize(5))
                .body("tasks[0].dueDate", is("2022-11-15"))
                .body("tasks[0].status", nullValue())
                .body("version", nullValue()).body("allowedActions", nullValue());
        given().when().queryParam("year", 2022).get("/api/v1/public/plans").then().statusCode(200)
                .body("items.id", hasItem((int) seed)).body("items.status", everyItem(is("CONCLUDED")));
        long draft = create(draft(null, TODAY.plusDays(30))).extract().jsonPath().getLong("id");
        given().when().get("/api/v1/public/plans/" + draft).then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/public/plans").then().statusCode(200).body("items.id", not(hasItem((int) draft)));
        given().when().get(PLANS).then().statusCode(401);
        given().auth().oauth2(TestTokens.congdan()).get(PLANS).then().statusCode(403);
        given().auth().oauth2(TestTokens.phongtnmt()).get(PLANS + "/" + draft).then().statusCode(403);
    }

    @Test
    void theListFiltersByYearStatusLevelAndText() {
        given().auth().oauth2(TestTokens.bithu()).queryParam("year", 2022).queryParam("status", "CONCLUDED").queryParam("level", "TOWN")
                .queryParam("q", "binh thuong khong co").get(PLANS).then().statusCode(200).body("totalItems", is(0));
        given().auth().oauth2(TestTokens.bithu()).queryParam("year", 2022).queryParam("q", "bi thu thi uy").get(PLANS)
                .then().statusCode(200).body("items.number", hasItem("61"));
        given().auth().oauth2(TestTokens.bithu()).queryParam("year", "năm").get(PLANS).then().statusCode(400)
                .body("errors[0].field", is("year"));
    }

    // ---------------------------------------------------------------- helpers

    private static long seedPlanId() {
        return DemoPlans.plan61();
    }

    static Map<String, Object> draft(String template, LocalDate session) {
        Map<String, Object> d = new HashMap<>();
        if (template != null) {
            d.put("templateCode", template);
        }
        d.put("level", template != null && template.startsWith("town") ? "TOWN" : "COMMUNE");
        d.put("title", "Đối thoại giữa Chủ tịch UBND phường với Nhân dân");
        d.put("number", "15");
        d.put("symbol", "KH-UBND");
        d.put("issueDate", TODAY.minusDays(30).toString());
        d.put("issuingUnitCode", "phuong-ba-don");
        d.put("topic", "Vệ sinh môi trường đô thị");
        d.put("focusAreas", new ArrayList<>(List.of(Map.of("title", "Rác thải sinh hoạt"), Map.of("title", "Nước thải"))));
        d.put("plannedMonth", session.toString().substring(0, 7));
        d.put("sessionAt", at(session));
        d.put("venue", "Hội trường UBND phường");
        d.put("format", "IN_PERSON");
        if (template == null) {
            d.put("tasks", List.of(Map.of("ownerUnitCode", "ubnd-phuong-ba-don", "description", "Báo cáo tình hình",
                    "rule", Map.of("offset", 10, "unit", "CALENDAR_DAYS", "direction", "BEFORE"))));
        }
        return d;
    }

    private static String at(LocalDate day) {
        return LocalDateTime.of(day, java.time.LocalTime.of(8, 0)).atZone(VIETNAM).toOffsetDateTime().toString();
    }

    private static ValidatableResponse create(Map<String, Object> draft) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(draft).when().post(PLANS)
                .then().statusCode(201).header("ETag", notNullValue());
    }

    private static String etag(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get(PLANS + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static ValidatableResponse act(String token, long id, String action) {
        Map<String, Object> body = new HashMap<>(Map.of("action", action, "acknowledgeWarnings", true));
        if (action.equals("RETURN") || action.equals("CANCEL")) {
            body.put("reason", "Lý do kiểm thử");
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post(PLANS + "/" + id + "/transitions").then();
    }
}
