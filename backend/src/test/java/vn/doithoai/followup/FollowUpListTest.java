package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;
import static vn.doithoai.followup.FollowUpTestSupport.outcome;
import static vn.doithoai.followup.FollowUpTestSupport.report;
import static vn.doithoai.followup.FollowUpTestSupport.unit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingStanding;
import vn.doithoai.ruling.RulingType;
import vn.doithoai.testsupport.TestTokens;

/** The list across plans (scopes, filters, cursor) and due dates counted in working days. */
@QuarkusTest
class FollowUpListTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void overdueIsCountedInWorkingDaysAcrossTet() {
        // Tết 2024: 8/2 (Thu) is the last working day; 9/2–15/2 are days off (with the weekend); work resumes on Fri 16/2.
        LocalDate due = LocalDate.of(2024, 2, 8);
        WorkingDays national = calendar.national();
        RulingDeadline inTet = RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.OPEN, due, LocalDate.of(2024, 2, 15), national);
        assertEquals(0, inTet.workingDaysLate(), "a week of Tết is no delay");
        assertEquals(RulingStanding.NOT_STARTED, inTet.standing());
        RulingDeadline after = RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.IN_PROGRESS, due, LocalDate.of(2024, 2, 16), national);
        assertEquals(1, after.workingDaysLate());
        assertEquals(RulingStanding.OVERDUE, after.standing());
        assertEquals(2, RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.OPEN, due, LocalDate.of(2024, 2, 19), national).workingDaysLate());
        assertEquals(new RulingDeadline(RulingStanding.RESOLVED, null, null),
                RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.RESOLVED, due, LocalDate.of(2024, 2, 19), national));
        assertEquals(LocalDate.of(2024, 2, 8), national.lastWorkingDay(LocalDate.of(2024, 2, 15)));
        // Due right after Tết, seen the day before it: two working days left (8/2 and 16/2).
        RulingDeadline before = RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.IN_PROGRESS, LocalDate.of(2024, 2, 16),
                LocalDate.of(2024, 2, 7), national);
        assertEquals(new RulingDeadline(RulingStanding.IN_PROGRESS, 0, 2), before);
        assertEquals(0, RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.OPEN, LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 16),
                national).workingDaysLeft());
        assertEquals(null, RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.OPEN, LocalDate.of(2024, 2, 16), LocalDate.of(2024, 2, 19),
                national).workingDaysLeft());
        // National Day 2025 (1–2/9, Mon–Tue): due Fri 29/8, Wednesday 3/9 is the first working day late.
        assertEquals(1, RulingDeadline.of(RulingType.RESOLVE, FollowUpStatus.OPEN, LocalDate.of(2025, 8, 29), LocalDate.of(2025, 9, 3),
                national).workingDaysLate());
    }

    @Test
    void aUnitListsItsOwnRulingsAcrossPlansWithFilters() {
        long plan = heldPlan(TODAY, 10);
        long item = item(plan, null, null, null);
        String tag = UUID.randomUUID().toString();
        long late = issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), TODAY.minusDays(10), "Quá hạn " + tag);
        long coordinated = issued(plan, "RESOLVE", List.of(item), "phong-kinh-te", List.of("phong-tnmt"), TODAY.plusDays(40), "Phối hợp " + tag);
        long others = issued(plan, "RESOLVE", List.of(item), "phong-qldt", List.of(), TODAY.plusDays(20), "Của đơn vị khác " + tag);
        long escalation = issued(plan, "ESCALATE", List.of(item), null, null, null, "Kiến nghị " + tag);
        issued(plan, "EXPLAINED", List.of(item), null, null, null, "Đã giải thích " + tag);
        String list = "/api/v1/follow-up";

        given().auth().oauth2(TestTokens.phongtnmt()).queryParam("plan", plan).get(list).then().statusCode(200)
                .body("items.ruling.id", contains((int) late, (int) coordinated)).body("nextCursor", nullValue())
                .body("items[0].overdueWorkingDays", greaterThan(0)).body("items[0].dueInWorkingDays", nullValue())
                .body("items[1].overdueWorkingDays", is(0)).body("items[1].dueInWorkingDays", greaterThan(20))
                .body("items[0].planCode", is("73-KH/ThU"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).get(list).then().statusCode(200)
                .body("items.ruling.id", contains((int) late, (int) others, (int) coordinated, (int) escalation));
        given().auth().oauth2(TestTokens.bithu()).queryParam("plan", plan).queryParam("overdue", true).get(list).then().statusCode(200)
                .body("items.ruling.id", contains((int) late));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("overdue", false).get(list).then().statusCode(200)
                .body("items.ruling.id", contains((int) others, (int) coordinated, (int) escalation));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("unit", "phong-tnmt").get(list).then()
                .body("items.ruling.id", contains((int) late, (int) coordinated));
        given().auth().oauth2(unit("phong-qldt")).queryParam("plan", plan).get(list).then().body("items.ruling.id", contains((int) others));

        report(TestTokens.phongtnmt(), plan, late, "\"1\"", outcome("RESOLVED", 100, "Xong", null)).statusCode(201);
        given().auth().oauth2(TestTokens.phongtnmt()).queryParam("plan", plan).queryParam("status", "RESOLVED").get(list).then()
                .body("items.ruling.id", contains((int) late)).body("items[0].overdueWorkingDays", nullValue());
        given().auth().oauth2(TestTokens.phongtnmt()).queryParam("plan", plan).queryParam("overdue", true).get(list).then()
                .body("items", org.hamcrest.Matchers.empty());

        // Paged by cursor.
        String next = given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("size", 2).get(list).then()
                .body("items.ruling.id", contains((int) late, (int) others)).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("size", 2).queryParam("after", next).get(list)
                .then().body("items.ruling.id", containsInAnyOrder((int) coordinated, (int) escalation)).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("after", "nonsense!").get(list).then().statusCode(400);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 500).get(list).then().statusCode(400);
        given().auth().oauth2(TestTokens.phuongbadon()).get(list).then().statusCode(403);
        given().auth().oauth2(TestTokens.congdan()).get(list).then().statusCode(403);
        given().get(list).then().statusCode(401);
    }
}
