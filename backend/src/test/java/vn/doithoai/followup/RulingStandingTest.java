package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.testsupport.ExportFiles;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestRulings;
import vn.doithoai.testsupport.TestTokens;

/**
 * One ruling stands the same everywhere: the plan's rulings, the follow-up list (and its overdue filter), the public
 * page and the export give the same standing and the same working days, counted across a holiday on the plan's body's
 * calendar; a ruling nobody has reported on is "not started" on the public page too.
 */
@QuarkusTest
class RulingStandingTest {

    private static final LocalDate TODAY = TestClock.today();
    private static final String OVERRIDES = "/api/v1/calendar/overrides";

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager em;

    @Test
    void anOverdueRulingAcrossAHolidayStandsTheSameInEveryListPageAndExport() {
        long plan = TestRulings.plan(TODAY.minusDays(12), "Giao thông");
        long body = ((Number) em.createNativeQuery("select body_id from plan where id = ?1").setParameter(1, plan).getSingleResult()).longValue();
        // Due three working days ago; the body gives the next working day off (its own holiday, e.g. a local festival),
        // which the national calendar and the SQL cut's one date do not know.
        LocalDate due = calendar.forBody(body).addWorkingDays(TODAY, -3);
        LocalDate holiday = calendar.forBody(body).addWorkingDays(due, 1);
        assertTrue(!due.isBefore(TODAY.minusDays(12)), "due " + due + " after the session");
        given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON).queryParam("body", TestTokens.BA_DON)
                .body(Map.of("day", holiday.toString(), "kind", "DAY_OFF", "name", "Lễ hội làng " + holiday)).post(OVERRIDES).then()
                .statusCode(201);
        try {
            sameStandingEverywhere(plan, body, due, holiday);
        } finally {
            String etag = given().auth().oauth2(TestTokens.quantri()).queryParam("body", TestTokens.BA_DON).get(OVERRIDES + "/" + holiday)
                    .then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(TestTokens.quantri()).queryParam("body", TestTokens.BA_DON).header("If-Match", etag)
                    .delete(OVERRIDES + "/" + holiday).then().statusCode(204);
        }
    }

    private void sameStandingEverywhere(long plan, long body, LocalDate due, LocalDate holiday) {
        TestRulings.hold(plan);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long item = ((Number) TestRulings.item(plan, "Cầu tràn ngập " + tag, "Mùa lũ", "phuong-ba-don").get("id")).longValue();
        long late = TestRulings.ruling(plan, TestRulings.resolve(List.of(item), "Sửa cầu tràn " + tag, "phong-qldt", due));
        long notStarted = TestRulings.ruling(plan, TestRulings.resolve(List.of(item), "Lắp biển báo " + tag, "phong-qldt", TODAY.plusDays(40)));
        TestRulings.issue(plan, late);
        TestRulings.issue(plan, notStarted);

        // Expected: the weekdays in (due, today] that are working days of the plan's body, its holiday not among them.
        WorkingDays days = calendar.forBody(body);
        int expected = 0;
        int national = 0;
        for (LocalDate d = due.plusDays(1); !d.isAfter(TODAY); d = d.plusDays(1)) {
            expected += days.isWorkingDay(d) ? 1 : 0;
            national += calendar.national().isWorkingDay(d) ? 1 : 0;
        }
        assertFalse(days.isWorkingDay(holiday));
        assertTrue(expected > 0 && expected == national - 1, "late " + expected + " working days, " + national + " nationally, across " + holiday);

        // The plan's rulings.
        JsonPath rulings = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/rulings").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("OVERDUE", rulings.getString("items.find { it.id == " + late + " }.deadline.standing"));
        assertEquals(expected, rulings.getInt("items.find { it.id == " + late + " }.deadline.workingDaysLate"));
        assertEquals("NOT_STARTED", rulings.getString("items.find { it.id == " + notStarted + " }.deadline.standing"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/rulings/" + late).then().statusCode(200)
                .body("deadline.standing", is("OVERDUE")).body("deadline.workingDaysLate", is(expected));

        // The follow-up list, and its overdue filter that the counts use.
        JsonPath overdue = given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("overdue", true)
                .get("/api/v1/follow-up").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(late), overdue.getList("items.ruling.id", Long.class));
        assertEquals("OVERDUE", overdue.getString("items[0].ruling.deadline.standing"));
        assertEquals(expected, overdue.getInt("items[0].ruling.deadline.workingDaysLate"));
        assertEquals(expected, overdue.getInt("items[0].overdueWorkingDays"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("overdue", false).get("/api/v1/follow-up").then()
                .statusCode(200).body("items.ruling.id", is(List.of((int) notStarted)))
                .body("items[0].ruling.deadline.standing", is("NOT_STARTED"));

        // The public page: the same standing, and "not started" for the ruling nobody has reported on.
        JsonPath pub = given().get("/api/v1/public/plans/" + plan + "/rulings").then().statusCode(200).extract().jsonPath();
        assertEquals("OVERDUE", pub.getString("rulings.items.find { it.content == 'Sửa cầu tràn " + tag + "' }.status"));
        assertEquals(expected, pub.getInt("rulings.items.find { it.content == 'Sửa cầu tràn " + tag + "' }.deadline.workingDaysLate"));
        assertEquals("NOT_STARTED", pub.getString("rulings.items.find { it.content == 'Lắp biển báo " + tag + "' }.status"));
        assertEquals(1, pub.getInt("plan.overdue"));
        assertEquals(1, pub.getInt("plan.notStarted"));
        assertEquals(0, pub.getInt("plan.inProgress"));
        given().queryParam("status", "NOT_STARTED").get("/api/v1/public/plans/" + plan + "/rulings").then().statusCode(200)
                .body("rulings.items.content", is(List.of("Lắp biển báo " + tag)));

        // The export: the same words and days.
        List<List<String>> csv = ExportFiles.csv(given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan)
                .get("/api/v1/follow-up/export.csv").then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray());
        Map<String, String> row = row(csv, "Sửa cầu tràn " + tag);
        assertEquals("Quá hạn " + expected + " ngày làm việc", row.get("Tình trạng"));
        assertEquals(Integer.toString(expected), row.get("Số ngày làm việc quá hạn"));
        assertEquals("Chưa thực hiện", row(csv, "Lắp biển báo " + tag).get("Tình trạng"));
        List<List<String>> xlsx = ExportFiles.xlsx(given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en")
                .queryParam("plan", plan).queryParam("overdue", true).get("/api/v1/follow-up/export.xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).extract().asByteArray());
        assertEquals(2, xlsx.size(), "the header and the overdue ruling");
        assertEquals(expected + " working days late", row(xlsx, "Sửa cầu tràn " + tag).get("Standing"));
    }

    @Test
    void theFollowUpExportKeepsToTheCallersScope() {
        long plan = TestRulings.plan(TODAY.minusDays(3), "Đất đai");
        TestRulings.hold(plan);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long item = ((Number) TestRulings.item(plan, "Đo đạc đất " + tag, "Chậm", "phuong-ba-don").get("id")).longValue();
        TestRulings.issue(plan, TestRulings.ruling(plan, TestRulings.resolve(List.of(item), "Đo đạc lại " + tag, "phong-tnmt", TODAY.plusDays(20))));
        String path = "/api/v1/follow-up/export.csv";
        // The lead unit and the province's office see it; another body's office and an unrelated unit do not.
        assertEquals(1, rowsWith(TestTokens.phongtnmt(), path, plan, tag));
        assertEquals(1, rowsWith(TestTokens.vptinh(), path, plan, tag));
        assertEquals(0, rowsWith(TestTokens.vanphong2(), path, plan, tag));
        assertEquals(0, rowsWith(TestTokens.token("canbo-qldt", "Cán bộ", List.of("unit"), "phong-qldt", null), path, plan, tag));
        given().auth().oauth2(TestTokens.phuongbadon()).get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("unit", "khong-co-don-vi").get(path).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", is("unit"));
    }

    private static int rowsWith(String token, String path, long plan, String tag) {
        List<List<String>> rows = ExportFiles.csv(given().auth().oauth2(token).queryParam("plan", plan).get(path).then().statusCode(200)
                .extract().asByteArray());
        return (int) rows.stream().skip(1).filter(r -> String.join(",", r).contains(tag)).count();
    }

    private static Map<String, String> row(List<List<String>> rows, String content) {
        List<String> header = rows.get(0);
        List<String> row = rows.stream().skip(1).filter(r -> r.contains(content)).findFirst().orElseThrow(() -> new AssertionError(content));
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i < row.size() ? row.get(i) : "");
        }
        return m;
    }
}
