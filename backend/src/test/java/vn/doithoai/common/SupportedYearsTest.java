package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestRulings;
import vn.doithoai.testsupport.TestTokens;

/**
 * The API takes every date of the years its calendar covers, 1990 to 2100 (a session in 2099 is saved and read back as
 * sent, past MariaDB's TIMESTAMP limit of 2038), and refuses any other with a 400 that names the field, with the same
 * words for a plan, a ruling, an invitation, a filter or the calendar.
 */
@QuarkusTest
class SupportedYearsTest {

    private static final LocalDate TODAY = TestClock.today();
    private static final String VI = "Phải thuộc các năm từ 1990 đến 2100.";
    private static final String EN = "Must be within the years 1990 to 2100.";

    @Test
    void aSessionOnTheLastDayOf2099IsSavedAndReadBackExactly() {
        OffsetDateTime session = OffsetDateTime.parse("2099-12-31T08:00+07:00");
        long id = TestPlans.create(session.toLocalDate(), "Đối thoại cuối thế kỷ", "99", "Quy hoạch dài hạn", List.of("Đất đai")).getLong("id");
        var plan = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(session, OffsetDateTime.parse(plan.getString("sessionAt")));
        assertEquals("2099-12", plan.getString("plannedMonth"));
        // The calendar counts the deadlines of that session: Tết of 2100 and all.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + id).then()
                .body("invitationDeadline", notNullValue()).body("tasks[0].dueDate", notNullValue());
        // Found by its year, like any other plan.
        given().auth().oauth2(TestTokens.vanphong()).queryParam("year", "2099").queryParam("q", plan.getString("title"))
                .get("/api/v1/plans").then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void aSessionIn2101IsRefusedNamingTheFieldInBothLanguages() {
        Map<String, Object> draft = draft("2101-01-02T08:00:00+07:00", "2101-01");
        newPlan(draft, "vi").body("errors.field", hasItems("sessionAt", "plannedMonth"))
                .body("errors.find { it.field == 'sessionAt' }.message", is(VI));
        newPlan(draft, "en").body("errors.find { it.field == 'sessionAt' }.message", is(EN))
                .body("errors.find { it.field == 'plannedMonth' }.message", is(EN));
        // 8 pm on New Year's Eve in New York is already 2101 in Vietnam, where the session takes place.
        newPlan(draft("2100-12-31T20:00:00-05:00", null), "en").body("errors.field", is(List.of("sessionAt")));
        Map<String, Object> tooEarly = draft("2022-11-25T08:00:00+07:00", "2022-11");
        tooEarly.put("issueDate", "1989-12-31");
        newPlan(tooEarly, "en").body("errors.field", is(List.of("issueDate"))).body("errors[0].message", is(EN));

        // Moving an existing plan's session there is refused the same way.
        long id = TestPlans.create(TODAY.plusDays(40), "Đối thoại dời lịch", "98", "Giao thông", List.of("Đường sá")).getLong("id");
        String etag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + id).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("sessionAt", "2101-03-01T08:00:00+07:00")).put("/api/v1/plans/" + id + "/schedule")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("sessionAt")).body("errors[0].message", is(EN));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("sessionDate", "2101-01-05", "rules", List.of(Map.of("offset", 10, "unit", "CALENDAR_DAYS", "direction", "BEFORE"))))
                .post("/api/v1/plans/deadline-preview").then().statusCode(400).body("errors[0].field", is("sessionDate"))
                .body("errors[0].message", is(VI));
    }

    @Test
    void aRulingDueIn2090IsIssuedAndOneDueIn2101IsRefused() {
        long plan = TestRulings.plan(TODAY.minusDays(2), "Cầu dân sinh");
        long item = ((Number) TestRulings.item(plan, "Cầu treo xuống cấp " + UUID.randomUUID(), "Cần xây cầu mới", "phuong-ba-don").get("id"))
                .longValue();
        TestRulings.hold(plan);
        long ruling = TestRulings.ruling(plan, TestRulings.resolve(List.of(item), "Xây cầu bê tông", "phong-tnmt", LocalDate.of(2090, 6, 30)));
        TestRulings.issue(plan, ruling);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/rulings/" + ruling).then().statusCode(200)
                .body("dueDate", is("2090-06-30")).body("status", is("ISSUED"));

        long other = ((Number) TestRulings.item(plan, "Đèn đường " + UUID.randomUUID(), "Lắp đèn", "phuong-ba-don").get("id")).longValue();
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(TestRulings.resolve(List.of(other), "Lắp đèn", "phong-tnmt", LocalDate.of(2101, 1, 1)))
                .post("/api/v1/plans/" + plan + "/rulings").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("dueDate")).body("errors[0].message", is(EN));

        long escalated = TestRulings.ruling(plan, TestRulings.of("ESCALATE", List.of(other), "Kiến nghị tỉnh"));
        TestRulings.issue(plan, escalated);
        String path = "/api/v1/plans/" + plan + "/rulings/" + escalated;
        String etag = given().auth().oauth2(TestTokens.vanphong()).get(path).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("reply", "Tỉnh đã ghi nhận", "repliedOn", "1989-06-01")).put(path + "/escalation-reply")
                .then().statusCode(400).body("errors[0].field", is("repliedOn")).body("errors[0].message", is(VI));
    }

    @Test
    void invitationsFiltersAndTheCalendarUseTheSameRule() {
        long plan = TestPlans.create(TODAY.plusDays(30), "Đối thoại mời họp", "97", "Y tế", List.of("Trạm y tế")).getLong("id");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("number", "1-GM/ThU", "issuedOn", "2101-01-01", "channel", "HAND_DELIVERY", "participantIds", List.of(1)))
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(400)
                .body("errors.find { it.field == 'issuedOn' }.message", is(EN));
        yearOutside(given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("year", "2101")
                .get("/api/v1/plans").then(), "year", EN);
        yearOutside(given().queryParam("year", "1989").get("/api/v1/public/plans").then(), "year", VI);
        yearOutside(given().queryParam("year", "2101").get("/api/v1/calendar/holidays").then(), "year", VI);
        yearOutside(given().header("Accept-Language", "en").queryParam("date", "2101-01-01").queryParam("days", "1")
                .get("/api/v1/calendar/add-working-days").then(), "date", EN);
    }

    private static void yearOutside(ValidatableResponse response, String field, String message) {
        response.statusCode(400).contentType("application/problem+json").body("errors[0].field", is(field))
                .body("errors[0].message", is(message));
    }

    private static Map<String, Object> draft(String sessionAt, String plannedMonth) {
        Map<String, Object> d = new HashMap<>();
        d.put("level", "TOWN");
        d.put("title", "Đối thoại " + UUID.randomUUID());
        d.put("issuingUnitCode", "thi-uy");
        d.put("sessionAt", sessionAt);
        d.put("plannedMonth", plannedMonth);
        return d;
    }

    private static ValidatableResponse newPlan(Map<String, Object> draft, String language) {
        return given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", language).contentType(ContentType.JSON).body(draft)
                .post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json");
    }
}
