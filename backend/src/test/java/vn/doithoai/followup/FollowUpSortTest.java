package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;
import static vn.doithoai.followup.FollowUpTestSupport.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/** The follow-up list in the order asked for: by due date or by issue, either way, paged, and its total. */
@QuarkusTest
class FollowUpSortTest {

    private static final LocalDate TODAY = TestClock.today();
    private static final String LIST = "/api/v1/follow-up";

    private static List<Long> allPages(String token, long plan, String sort, int size) {
        List<Long> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(token).queryParam("plan", plan).queryParam("size", size);
            if (sort != null) {
                request.queryParam("sort", sort);
            }
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(LIST).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.ruling.id", Long.class));
            after = page.getString("nextCursor");
        } while (after != null);
        return seen;
    }

    @Test
    void byDueDateEitherWayEscalationsLastAndByIssueWithTheIdBreakingTies() {
        long plan = heldPlan(TODAY, 10);
        long item = item(plan, null, null, null);
        String tag = UUID.randomUUID().toString();
        long soon = issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), TODAY.plusDays(5), "Sớm " + tag);
        long escalation = issued(plan, "ESCALATE", List.of(item), null, List.of(), null, "Kiến nghị " + tag);
        long later = issued(plan, "RESOLVE", List.of(item), "phong-kinh-te", List.of("phong-tnmt"), TODAY.plusDays(40), "Muộn " + tag);
        // Two due the same day: the id decides, in the direction asked.
        long sameDay = issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), TODAY.plusDays(5), "Cùng ngày " + tag);

        assertEquals(List.of(soon, sameDay, later, escalation), allPages(TestTokens.vanphong(), plan, null, 2));
        assertEquals(List.of(soon, sameDay, later, escalation), allPages(TestTokens.vanphong(), plan, "dueDate", 1));
        assertEquals(List.of(later, sameDay, soon, escalation), allPages(TestTokens.vanphong(), plan, "-dueDate", 1));
        assertEquals(List.of(soon, escalation, later, sameDay), allPages(TestTokens.vanphong(), plan, "issuedAt", 3));
        assertEquals(List.of(sameDay, later, escalation, soon), allPages(TestTokens.vanphong(), plan, "-issuedAt", 1));
        // The unit's scope is the same in every order: what it leads or coordinates.
        assertEquals(List.of(later, sameDay, soon), allPages(TestTokens.phongtnmt(), plan, "-dueDate", 2));
        assertEquals(List.of(later), allPages(unit("phong-kinh-te"), plan, "-issuedAt", 2));

        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("size", 1).get(LIST).then().statusCode(200)
                .body("totalItems", is(4));
        String next = given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("size", 1).get(LIST).then()
                .extract().path("nextCursor");
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("size", 1).queryParam("after", next).get(LIST)
                .then().statusCode(200).body("totalItems", nullValue());
        // A cursor of one order is not a position in another.
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("sort", "issuedAt").queryParam("after", next)
                .get(LIST).then().statusCode(400).body("errors[0].field", is("after"));
    }

    @Test
    void anUnknownSortIsABadRequestInTheCallersLanguage() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("sort", "unit").get(LIST).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("sort"))
                .body("errors[0].message", containsString("Không sắp xếp được theo \"unit\"; chỉ theo: dueDate, issuedAt"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("sort", "-id").get(LIST).then()
                .statusCode(400).body("errors[0].message", containsString("Cannot sort by \"-id\"; only by: dueDate, issuedAt"));
    }
}
