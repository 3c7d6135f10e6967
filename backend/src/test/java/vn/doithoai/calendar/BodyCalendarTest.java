package vn.doithoai.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.testsupport.TestTokens;

/**
 * A body's own days off: a province's day off counts for the deadlines of its plans and of every commune's of the
 * province, a ward's own day off for the ward's plans only, never elsewhere; the national calendar stays as it is.
 * Kept by the installation's administrator (national) and each body's administrator (their body's).
 */
@QuarkusTest
class BodyCalendarTest {

    private static final String OVERRIDES = "/api/v1/calendar/overrides";
    /** Thursday 20 October 2089, far from every other test's dates: one working day before it is Wednesday the 19th. */
    private static final LocalDate SESSION = LocalDate.of(2089, 10, 20);
    private static final LocalDate WEDNESDAY = LocalDate.of(2089, 10, 19);
    private static final LocalDate TUESDAY = LocalDate.of(2089, 10, 18);
    private static final LocalDate MONDAY = LocalDate.of(2089, 10, 17);

    @Inject
    AuditLog audit;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Bodies bodies;

    /** What each test recorded, as (body or null, day), removed afterwards so that no other test counts on it. */
    private final List<String[]> recorded = new ArrayList<>();

    @AfterEach
    void removeWhatWasRecorded() {
        for (String[] r : recorded) {
            RequestSpecification get = given().auth().oauth2(TestTokens.quantri());
            if (r[0] != null) {
                get.queryParam("body", r[0]);
            }
            var read = get.get(OVERRIDES + "/" + r[1]);
            if (read.statusCode() == 200) {
                RequestSpecification delete = given().auth().oauth2(TestTokens.quantri()).header("If-Match", read.header("ETag"));
                if (r[0] != null) {
                    delete.queryParam("body", r[0]);
                }
                delete.delete(OVERRIDES + "/" + r[1]).then().statusCode(204);
            }
        }
    }

    @Test
    void aProvincesDayOffMovesTheDeadlinesOfItsCommunesPlansAndAWardsOwnDayOffOnlyItsOwn() {
        // Nothing recorded: one working day before the session is the Wednesday, for every body.
        assertEquals(WEDNESDAY, dueDate(TestTokens.vanphong2()));

        // The province's own day off (Tỉnh ủy Quảng Trị), recorded by the installation's administrator.
        record(TestTokens.quantri(), TestTokens.PROVINCE, WEDNESDAY, "Ngày giải phóng tỉnh (ví dụ)").then().statusCode(201)
                .body("body.code", is(TestTokens.PROVINCE)).body("kind", is("DAY_OFF"));
        assertEquals(TUESDAY, dueDate(TestTokens.vanphong2()), "a ward of the province");
        assertEquals(TUESDAY, dueDate(TestTokens.vanphong()), "another ward of the province");
        assertEquals(TUESDAY, dueDate(TestTokens.vptinh()), "the province itself");

        // Phường Bắc Gianh's own day off, recorded by its administrator, counts for its plans only.
        record(TestTokens.quantri2(), TestTokens.BAC_GIANH, TUESDAY, "Lễ hội truyền thống phường (ví dụ)").then().statusCode(201);
        assertEquals(MONDAY, dueDate(TestTokens.vanphong2()));
        assertEquals(TUESDAY, dueDate(TestTokens.vanphong()), "Phường Ba Đồn keeps the province's calendar");
        assertEquals(TUESDAY, dueDate(TestTokens.vptinh()), "a ward's day off is not the province's");

        // The national calendar (and every public answer without a body) is unchanged.
        assertEquals(WEDNESDAY, calendar.national().addWorkingDays(SESSION, -1));
        given().queryParam("year", 2089).get("/api/v1/calendar/holidays").then().statusCode(200)
                .body("date", not(hasItem(WEDNESDAY.toString()))).body("date", not(hasItem(TUESDAY.toString())));
        given().queryParam("date", SESSION.toString()).queryParam("days", -1).get("/api/v1/calendar/add-working-days").then()
                .statusCode(200).body("result", is(WEDNESDAY.toString()));
        // With a body, its calendar.
        given().queryParam("year", 2089).queryParam("body", TestTokens.BAC_GIANH).get("/api/v1/calendar/holidays").then().statusCode(200)
                .body("date", hasItems(WEDNESDAY.toString(), TUESDAY.toString()));
        given().queryParam("date", SESSION.toString()).queryParam("days", -1).queryParam("body", TestTokens.BAC_GIANH)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200).body("result", is(MONDAY.toString()));
        given().queryParam("date", SESSION.toString()).queryParam("days", -1).queryParam("body", TestTokens.BA_DON)
                .get("/api/v1/calendar/add-working-days").then().statusCode(200).body("result", is(TUESDAY.toString()));
        given().queryParam("year", 2089).queryParam("body", "phuong-bac-gianh").header("Accept-Language", "en")
                .get("/api/v1/calendar/holidays").then().statusCode(400).body("errors[0].field", is("body"))
                .body("errors[0].message", is("No body holding dialogues has the code \"phuong-bac-gianh\"."));

        // The preview of the office's editor counts on its body's calendar too.
        given().auth().oauth2(TestTokens.vanphong2()).contentType(ContentType.JSON)
                .body(Map.of("sessionDate", SESSION.toString(), "rules", List.of(rule())))
                .post("/api/v1/plans/deadline-preview").then().statusCode(200).body("dueDates[0]", is(MONDAY.toString()));

        // Every change is audited under the day and the body.
        assertEquals("created", audit.trail(CalendarOverrideService.AUDIT_TYPE, TUESDAY + "@" + TestTokens.BAC_GIANH).get(0).action);
    }

    @Test
    void aBodysAdministratorKeepsTheirBodysDaysOnly() {
        LocalDate day = LocalDate.of(2089, 11, 8); // a Tuesday
        // The national schedule is the installation's administrator's.
        record(TestTokens.quantri2(), null, day, "Nghỉ").then().statusCode(403)
                .body("detail", is("Lịch nghỉ chung cả nước do quản trị viên hệ thống ghi; cơ quan của bạn chỉ ghi ngày nghỉ, ngày làm việc riêng của mình."));
        // Another body's days do not exist for them; the province's (above them) they read and do not change.
        record(TestTokens.quantri2(), TestTokens.BA_DON, day, "Nghỉ").then().statusCode(404);
        given().auth().oauth2(TestTokens.quantri2()).queryParam("year", 2089).queryParam("body", TestTokens.BA_DON).get(OVERRIDES)
                .then().statusCode(404);
        record(TestTokens.quantri2(), TestTokens.PROVINCE, day, "Nghỉ").then().statusCode(403);
        given().auth().oauth2(TestTokens.quantri2()).queryParam("year", 2089).queryParam("body", TestTokens.PROVINCE).get(OVERRIDES)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.quantri2()).queryParam("year", 2089).get(OVERRIDES).then().statusCode(200);
        // Their own: recorded, changed with If-Match, listed with their body, deleted.
        var created = record(TestTokens.quantri2(), TestTokens.BAC_GIANH, day, "Nghỉ bù lễ hội").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(OVERRIDES + "/" + day + "?body=" + TestTokens.BAC_GIANH)).extract();
        given().auth().oauth2(TestTokens.quantri2()).queryParam("body", TestTokens.BAC_GIANH).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(Map.of("kind", "DAY_OFF", "name", "Nghỉ lễ hội đình làng"))
                .put(OVERRIDES + "/" + day).then().statusCode(200).body("name", is("Nghỉ lễ hội đình làng"));
        given().auth().oauth2(TestTokens.quantri2()).queryParam("year", 2089).queryParam("body", TestTokens.BAC_GIANH).get(OVERRIDES)
                .then().statusCode(200).body("day", hasItem(day.toString())).body("body.code", hasItem(TestTokens.BAC_GIANH));
        // The national schedule of that year does not hold it.
        given().auth().oauth2(TestTokens.quantri()).queryParam("year", 2089).get(OVERRIDES).then().statusCode(200)
                .body("day", not(hasItem(day.toString())));
        // The same day in two layers: one each.
        record(TestTokens.quantri(), TestTokens.BA_DON, day, "Nghỉ").then().statusCode(201);
        // Staff other than admins record nothing.
        record(TestTokens.vanphong2(), TestTokens.BAC_GIANH, day, "Nghỉ").then().statusCode(403);
    }

    @Test
    void aBodysDayIsHeldToTheCalendarBeneathIt() {
        // The province makes Wednesday a day off; a ward of it may make it a working day again (its own swap)...
        LocalDate day = LocalDate.of(2089, 11, 16);
        record(TestTokens.quantri(), TestTokens.PROVINCE, day, "Nghỉ").then().statusCode(201);
        given().auth().oauth2(TestTokens.quantri2()).queryParam("body", TestTokens.BAC_GIANH).contentType(ContentType.JSON)
                .body(Map.of("day", day.toString(), "kind", "WORKING_DAY", "name", "Làm việc bình thường"))
                .post(OVERRIDES).then().statusCode(201).body("computedName", is("Nghỉ"));
        recorded.add(new String[] { TestTokens.BAC_GIANH, day.toString() });
        assertEquals(true, calendar.forBody(bodyId(TestTokens.BAC_GIANH)).isWorkingDay(day));
        assertEquals(false, calendar.forBody(bodyId(TestTokens.BA_DON)).isWorkingDay(day));
        // ...but a working day it already works is a mistyped date.
        LocalDate thursday = day.plusDays(1);
        given().auth().oauth2(TestTokens.quantri2()).queryParam("body", TestTokens.BAC_GIANH).contentType(ContentType.JSON)
                .body(Map.of("day", thursday.toString(), "kind", "WORKING_DAY", "name", "Làm việc"))
                .post(OVERRIDES).then().statusCode(400).body("errors[0].field", is("kind"));
    }

    private long bodyId(String code) {
        return bodies.idOf(code).orElseThrow();
    }

    private Response record(String token, String body, LocalDate day, String name) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request.queryParam("body", body);
        }
        var response = request.body(Map.of("day", day.toString(), "kind", "DAY_OFF", "name", name)).post(OVERRIDES);
        if (response.statusCode() == 201) {
            recorded.add(new String[] { body, day.toString() });
        }
        return response;
    }

    private static Map<String, Object> rule() {
        return Map.of("offset", 1, "unit", "WORKING_DAYS", "direction", "BEFORE");
    }

    /** The due date of a task "one working day before the session" in a new plan of the caller's body. */
    private static LocalDate dueDate(String office) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("level", "COMMUNE");
        draft.put("title", "Lịch riêng " + UUID.randomUUID());
        draft.put("sessionAt", SESSION + "T08:00:00+07:00");
        draft.put("tasks", List.of(Map.of("description", "Gửi báo cáo", "rule", rule())));
        draft.put("invitationRule", rule());
        var plan = given().auth().oauth2(office).contentType(ContentType.JSON).body(draft).post("/api/v1/plans").then().statusCode(201)
                .extract().jsonPath();
        // The invitations' deadline is counted on the same calendar as the tasks'.
        assertEquals(plan.getString("tasks[0].dueDate"), plan.getString("invitationDeadline"));
        long id = plan.getLong("id");
        String etag = given().auth().oauth2(office).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(office).header("If-Match", etag).delete("/api/v1/plans/" + id).then().statusCode(204);
        return LocalDate.parse(plan.getString("tasks[0].dueDate"));
    }
}
