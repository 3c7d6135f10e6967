package vn.doithoai.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.common.audit.AuditEntry;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestTokens;

/**
 * The public calendar endpoints and the admin's official schedule. Overrides are recorded only in 2031–2035,
 * which no other test uses, and removed after each test.
 */
@QuarkusTest
class CalendarResourceTest {

    private static final String CALENDAR = "/api/v1/calendar";
    private static final String OVERRIDES = CALENDAR + "/overrides";

    @Inject
    AuditLog audit;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    CalendarOverrideRepository overrides;

    /** A safety net: a failed test must not leave its overrides behind for the next one. */
    @AfterEach
    void removeWhatWasRecorded() {
        long removed = QuarkusTransaction.requiringNew().call(() -> overrides.delete(
                "from CalendarOverride o where o.day between ?1 and ?2", LocalDate.of(2031, 1, 1), LocalDate.of(2035, 12, 31)));
        if (removed > 0) {
            calendar.overridesChanged(new CalendarOverridesChanged(LocalDate.of(2031, 1, 1)));
        }
    }

    // --- public endpoints ---

    @Test
    void anyoneReadsTheHolidaysOfAYear() {
        given().queryParam("year", 2024)
                .when().get(CALENDAR + "/holidays")
                .then().statusCode(200)
                .body("date", hasItem("2024-02-10"))
                .body("find { it.date == '2024-02-10' }.name", is("Tết Nguyên Đán (mùng 1 tháng Giêng)"))
                .body("find { it.date == '2024-02-10' }.nameEn", is("Lunar New Year (day 1)"))
                .body("find { it.date == '2024-04-18' }.name", is("Giỗ Tổ Hùng Vương (10/3 âm lịch)"))
                .body("find { it.date == '2024-02-15' }.name", is("Nghỉ bù Tết Nguyên Đán"))
                .body("source", everyItem(is("COMPUTED")))
                .body("size()", is(14));
        // A signed-in caller gets the same.
        given().auth().oauth2(TestTokens.congdan()).queryParam("year", 2026)
                .when().get(CALENDAR + "/holidays")
                .then().statusCode(200)
                .body("find { it.date == '2026-04-27' }.name", is("Nghỉ bù Giỗ Tổ Hùng Vương"));
    }

    @Test
    void anyoneCountsWorkingDays() {
        given().queryParam("date", "2022-11-25").queryParam("days", "-3")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(200)
                .body("date", is("2022-11-25")).body("days", is(-3)).body("result", is("2022-11-22"));
        given().queryParam("date", "2022-11-25").queryParam("days", "10")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(200).body("result", is("2022-12-09"));
        given().queryParam("date", "2024-02-08").queryParam("days", "1")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(200).body("result", is("2024-02-16"));
    }

    @Test
    void aBadYearIsNamedInTheCallersLanguage() {
        given().when().get(CALENDAR + "/holidays")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", is("Dữ liệu không hợp lệ"))
                .body("errors.field", contains("year"))
                .body("errors[0].message", is("Bắt buộc phải có."));
        given().queryParam("year", "năm nay")
                .when().get(CALENDAR + "/holidays")
                .then().statusCode(400).body("errors[0].message", is("Phải là một số nguyên."));
        given().queryParam("year", "1989")
                .when().get(CALENDAR + "/holidays")
                .then().statusCode(400).body("errors.field", contains("year"))
                .body("errors[0].message", is("Phải thuộc các năm từ 1990 đến 2100."));
        given().queryParam("year", "2101").header("Accept-Language", "en")
                .when().get(CALENDAR + "/holidays")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", is("Invalid data"))
                .body("errors.field", contains("year"))
                .body("errors[0].message", is("Must be within the years 1990 to 2100."));
    }

    @Test
    void badDatesAndCountsAreNamedInTheCallersLanguage() {
        // JAX-RS would answer 404 for a query parameter it cannot convert; every bad one is named instead.
        given().queryParam("date", "25/11/2022").queryParam("days", "ba")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("date", "days"))
                .body("errors.find { it.field == 'date' }.message", is("Phải là một ngày dạng YYYY-MM-DD, ví dụ 2022-11-25."))
                .body("errors.find { it.field == 'days' }.message", is("Phải là một số nguyên."));
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("date", "days"))
                .body("errors.message", everyItem(is("Required.")));
        given().queryParam("date", "2022-02-30").queryParam("days", "3651").header("Accept-Language", "en")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(400)
                .body("errors.find { it.field == 'date' }.message", is("Must be a date as YYYY-MM-DD, e.g. 2022-11-25."))
                .body("errors.find { it.field == 'days' }.message", is("The number of working days must be between -3650 and 3650."));
        given().queryParam("date", "1985-01-21").queryParam("days", "1")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(400).body("errors.field", contains("date"));
        // A count that runs past 2100 is the count's fault.
        given().queryParam("date", "2100-12-20").queryParam("days", "30")
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(400).body("errors.field", contains("days"))
                .body("errors[0].message", is("Kết quả vượt ra ngoài các năm lịch tính được (1990–2100)."));
    }

    // --- the official schedule ---

    @Test
    void aSwappedSaturdayAndAnExtraDayOffChangeTheCount() {
        // Tết 2032: 10/2 (29 Chạp, Tue) to 14/2 (mùng 4, Sat), made up on Monday 16/2. Suppose the official
        // schedule adds Monday 9/2 as a day off and has Saturday 21/2 worked in exchange.
        assertEquals(LocalDate.of(2032, 2, 9), countFrom("2032-02-06", 1));
        assertEquals(LocalDate.of(2032, 2, 23), countFrom("2032-02-20", 1));

        create("2032-02-09", "DAY_OFF", "Nghỉ Tết Nguyên Đán (hoán đổi)", "Lunar New Year (swapped)")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(OVERRIDES + "/2032-02-09"))
                .header("ETag", notNullValue())
                .body("day", is("2032-02-09")).body("kind", is("DAY_OFF")).body("version", is(0))
                .body("computedName", nullValue());
        create("2032-02-21", "WORKING_DAY", "Làm bù cho thứ Hai 09/02/2032", null).then().statusCode(201);

        // Tết now runs from 9/2 to 16/2; the Saturday after is worked.
        assertEquals(LocalDate.of(2032, 2, 17), countFrom("2032-02-06", 1));
        assertEquals(LocalDate.of(2032, 2, 21), countFrom("2032-02-20", 1));
        // The plans' code sees the same at once.
        assertEquals(LocalDate.of(2032, 2, 21), calendar.national().addWorkingDays(LocalDate.of(2032, 2, 20), 1));
        assertTrue(calendar.national().isWorkingDay(LocalDate.of(2032, 2, 21)));
        given().queryParam("year", 2032).when().get(CALENDAR + "/holidays").then().statusCode(200)
                .body("find { it.date == '2032-02-09' }.name", is("Nghỉ Tết Nguyên Đán (hoán đổi)"))
                .body("find { it.date == '2032-02-09' }.nameEn", is("Lunar New Year (swapped)"))
                .body("find { it.date == '2032-02-09' }.source", is("RECORDED"))
                .body("date", not(hasItem("2032-02-21")));
        given().auth().oauth2(TestTokens.quantri()).queryParam("year", 2032)
                .when().get(OVERRIDES)
                .then().statusCode(200)
                .body("day", contains("2032-02-09", "2032-02-21"))
                .body("kind", contains("DAY_OFF", "WORKING_DAY"))
                .body("[1].nameEn", nullValue());

        delete("2032-02-21");
        assertEquals(LocalDate.of(2032, 2, 23), countFrom("2032-02-20", 1));
        assertFalse(calendar.national().isWorkingDay(LocalDate.of(2032, 2, 21)));
        delete("2032-02-09");
        assertEquals(LocalDate.of(2032, 2, 9), countFrom("2032-02-06", 1));
        given().queryParam("year", 2032).when().get(CALENDAR + "/holidays").then()
                .body("source", everyItem(is("COMPUTED")))
                .body("date", not(hasItem("2032-02-09")));
    }

    @Test
    void aComputedHolidayMovedByTheOfficialSchedule() {
        // 2/9/2033 is a Friday; suppose the government picks Saturday 3/9 rather than the computed 1/9, so that
        // Thursday 1/9 is worked and the Saturday is made up on Monday 5/9.
        assertEquals(LocalDate.of(2033, 9, 5), countFrom("2033-08-31", 1));
        create("2033-09-01", "WORKING_DAY", "Quốc khánh: nghỉ 03/09 thay cho 01/09", "National Day: off on 3 Sep instead of 1 Sep")
                .then().statusCode(201).body("computedName", is("Quốc khánh (ngày liền kề)"));
        create("2033-09-05", "DAY_OFF", "Nghỉ bù Quốc khánh (03/09)", null).then().statusCode(201);

        assertEquals(LocalDate.of(2033, 9, 1), countFrom("2033-08-31", 1));
        assertEquals(LocalDate.of(2033, 9, 6), countFrom("2033-08-31", 2));
        given().queryParam("year", 2033).when().get(CALENDAR + "/holidays").then().statusCode(200)
                .body("date", not(hasItem("2033-09-01")))
                .body("find { it.date == '2033-09-05' }.nameEn", is("Nghỉ bù Quốc khánh (03/09)"));
        delete("2033-09-01");
        delete("2033-09-05");
        assertEquals(LocalDate.of(2033, 9, 5), countFrom("2033-08-31", 1));
    }

    @Test
    void everyChangeIsAuditedAndAStaleOrBlindWriteIsRefused() {
        String day = "2034-06-09"; // a Friday
        String etag = create(day, "DAY_OFF", "Nghỉ thêm", null).then().statusCode(201).extract().header("ETag");

        // Two admins read the same version; the first one saves.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("kind", "DAY_OFF", "name", "Nghỉ thêm một ngày", "nameEn", "Extra day off"))
                .when().put(OVERRIDES + "/" + day)
                .then().statusCode(200)
                .body("name", is("Nghỉ thêm một ngày")).body("version", is(1))
                .header("ETag", not(etag));
        // The second one's copy is stale.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("If-Match", etag)
                .header("Accept-Language", "en")
                .body(Map.of("kind", "DAY_OFF", "name", "Nghỉ", "nameEn", "Off"))
                .when().put(OVERRIDES + "/" + day)
                .then().statusCode(412).contentType("application/problem+json")
                .body("title", is("Changed by someone else"));
        // Without If-Match nothing is written at all.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("kind", "DAY_OFF", "name", "Nghỉ"))
                .when().put(OVERRIDES + "/" + day)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.quantri())
                .when().delete(OVERRIDES + "/" + day)
                .then().statusCode(428);
        given().auth().oauth2(TestTokens.quantri()).header("If-Match", etag)
                .when().delete(OVERRIDES + "/" + day)
                .then().statusCode(412);
        given().auth().oauth2(TestTokens.quantri()).when().get(OVERRIDES + "/" + day)
                .then().statusCode(200).header("ETag", is("\"1\"")).body("name", is("Nghỉ thêm một ngày"));

        delete(day);
        given().auth().oauth2(TestTokens.quantri()).when().get(OVERRIDES + "/" + day)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", is("Chưa ghi lịch điều chỉnh cho ngày 09/06/2034."));

        List<AuditEntry> trail = audit.trail(CalendarOverrideService.AUDIT_TYPE, day);
        List<AuditEntry> last = trail.subList(trail.size() - 3, trail.size());
        assertEquals(List.of("created", "updated", "deleted"), last.stream().map(e -> e.action).toList());
        assertTrue(last.stream().allMatch(e -> e.actor.equals("quantri")));
        assertEquals("{\"kind\":{\"from\":null,\"to\":\"DAY_OFF\"},\"name\":{\"from\":null,\"to\":\"Nghỉ thêm\"}}", last.get(0).changes);
        assertEquals("{\"name\":{\"from\":\"Nghỉ thêm\",\"to\":\"Nghỉ thêm một ngày\"},\"nameEn\":{\"from\":null,\"to\":\"Extra day off\"}}",
                last.get(1).changes);
    }

    @Test
    void aDayIsRecordedOnce() {
        create("2034-07-03", "DAY_OFF", "Nghỉ thêm", null).then().statusCode(201);
        create("2034-07-03", "DAY_OFF", "Nghỉ thêm lần nữa", null)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", is("Ngày 03/07/2034 đã có lịch điều chỉnh; hãy sửa bản đã ghi."));
        delete("2034-07-03");
    }

    @Test
    void everyInvalidFieldIsNamedInTheCallersLanguage() {
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("name", " "))
                .when().post(OVERRIDES)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("day", "kind", "name"))
                .body("errors.find { it.field == 'name' }.message", is("Không được để trống."));
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("day", "2031-03-05", "kind", "DAY_OFF", "name", "x".repeat(256)))
                .when().post(OVERRIDES)
                .then().statusCode(400).body("errors.field", contains("name"));
        // A day outside the calendar's years.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("day", "2101-01-03", "kind", "DAY_OFF", "name", "Nghỉ"))
                .when().post(OVERRIDES)
                .then().statusCode(400).body("errors.field", contains("day"))
                .body("errors[0].message", is("Must be within the years 1990 to 2100."));
        // An override that would change nothing is most likely a mistyped date.
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                .body(Map.of("day", "2031-03-05", "kind", "WORKING_DAY", "name", "Làm bù"))
                .when().post(OVERRIDES)
                .then().statusCode(400).body("errors.field", contains("kind"))
                .body("errors[0].message", is("Ngày 05/03/2031 vốn đã là ngày làm việc; chỉ ghi ngày làm việc cho ngày nghỉ cuối tuần hoặc ngày lễ được đổi thành ngày làm."));
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("day", "2031-03-08", "kind", "DAY_OFF", "name", "Nghỉ"))
                .when().post(OVERRIDES)
                .then().statusCode(400).body("errors.field", contains("kind"))
                .body("errors[0].message", is("8 Mar 2031 is a weekend day already; record days off only for working days or holidays."));
        // A path that is not a date.
        given().auth().oauth2(TestTokens.quantri()).when().get(OVERRIDES + "/05-03-2031")
                .then().statusCode(400).body("errors.field", contains("date"));
        given().auth().oauth2(TestTokens.quantri()).when().get(OVERRIDES)
                .then().statusCode(400).body("errors.field", contains("year"));
        assertEquals(0, given().auth().oauth2(TestTokens.quantri()).queryParam("year", 2031).get(OVERRIDES)
                .then().statusCode(200).extract().jsonPath().getList("$").size());
    }

    @Test
    void onlyTheAdminRecordsTheSchedule() {
        for (String token : List.of(TestTokens.congdan(), TestTokens.vanphong(), TestTokens.bithu(), TestTokens.phongtnmt(),
                TestTokens.phuongbadon())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("day", "2035-03-05", "kind", "DAY_OFF", "name", "Nghỉ"))
                    .when().post(OVERRIDES)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("title", is("Không có quyền"));
            given().auth().oauth2(token).queryParam("year", 2035).when().get(OVERRIDES).then().statusCode(403);
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("day", "2035-03-05", "kind", "DAY_OFF", "name", "Nghỉ"))
                .when().post(OVERRIDES)
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().queryParam("year", 2035).when().get(OVERRIDES).then().statusCode(401);
        given().header("If-Match", "\"0\"").when().delete(OVERRIDES + "/2035-03-05").then().statusCode(401);
        given().queryParam("year", 2035).when().get(CALENDAR + "/holidays").then().statusCode(200)
                .body("date", not(hasItem("2035-03-05")));
    }

    private static io.restassured.response.Response create(String day, String kind, String name, String nameEn) {
        Map<String, Object> body = new HashMap<>(Map.of("day", day, "kind", kind, "name", name));
        if (nameEn != null) {
            body.put("nameEn", nameEn);
        }
        return given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).body(body).when().post(OVERRIDES);
    }

    private static void delete(String day) {
        String etag = given().auth().oauth2(TestTokens.quantri()).when().get(OVERRIDES + "/" + day)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.quantri()).header("If-Match", etag)
                .when().delete(OVERRIDES + "/" + day)
                .then().statusCode(204);
    }

    private static LocalDate countFrom(String date, int days) {
        return LocalDate.parse(given().queryParam("date", date).queryParam("days", days)
                .when().get(CALENDAR + "/add-working-days")
                .then().statusCode(200).extract().path("result"));
    }
}
