package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * A partner keeps a copy in sync by reading what changed since its last call: updatedSince on the feedback, plans and
 * rulings lists, in the stable order (updatedAt, id), paged by cursor so that an item changed while it pages moves to the
 * end of the feed and is read there, never skipped.
 */
@QuarkusTest
class ChangeFeedTest {

    private static String since() {
        return TestClock.now().truncatedTo(ChronoUnit.MICROS).minus(1, ChronoUnit.MICROS).toString();
    }

    private static long sendAsPartner(long planId, String title, String reference) {
        Map<String, Object> body = item(title, "Nội dung từ Cổng PAKN.");
        body.put("externalReference", reference);
        return given().auth().oauth2(TestTokens.integration()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + planId + "/feedback").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract()
                .jsonPath().getLong("id");
    }

    private static JsonPath feed(String path, String since, String after, int size) {
        var request = given().auth().oauth2(TestTokens.integration()).queryParam("updatedSince", since).queryParam("size", size);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPartnerPagesThroughTheFeedbackChangedSinceItsLastCallWithoutGapsOrRepeats() {
        TestPlan plan = publishedPlan();
        String since = since();
        String a = "A-" + UUID.randomUUID();
        long first = sendAsPartner(plan.id(), "Thứ nhất", a);
        long second = sendAsPartner(plan.id(), "Thứ hai", "B-" + UUID.randomUUID());
        long third = sendAsPartner(plan.id(), "Thứ ba", "C-" + UUID.randomUUID());
        String path = "/api/v1/plans/" + plan.id() + "/feedback";

        JsonPath page1 = feed(path, since, null, 2);
        assertEquals(List.of(first, second), ids(page1));
        String next = page1.getString("nextCursor");
        assertNotNull(next);
        // The first item changes while the partner is between pages: it moves to the end of the feed.
        sendAsPartner(plan.id(), "Thứ nhất, đã sửa", a);
        JsonPath page2 = feed(path, since, next, 2);
        assertEquals(List.of(third, first), ids(page2));
        assertEquals("Thứ nhất, đã sửa", page2.getString("items[1].title"));
        assertTrue(page2.get("nextCursor") == null, page2.prettify());

        // Across plans, the same feed; an item changed before the time is not in it.
        JsonPath all = feed("/api/v1/feedback", since, null, 100);
        assertTrue(ids(all).containsAll(List.of(first, second, third)), all.prettify());
        List<String> times = all.getList("items.updatedAt");
        for (int i = 1; i < times.size(); i++) {
            assertTrue(!OffsetDateTime.parse(times.get(i)).isBefore(OffsetDateTime.parse(times.get(i - 1))), times.toString());
        }
        String later = TestClock.now().plus(1, ChronoUnit.DAYS).toString();
        assertEquals(List.of(), ids(feed(path, later, null, 20)));
    }

    @Test
    void plansAndRulingsChangedSinceATime() {
        String since = since();
        long plan = TestPlans.create(FeedbackTestSupport.TODAY.plusDays(40), "Đối thoại đồng bộ", "72", "Đồng bộ",
                List.of("Đất đai")).getLong("id");
        JsonPath plans = feed("/api/v1/plans", since, null, 100);
        assertTrue(ids(plans).contains(plan), plans.prettify());
        assertNotNull(plans.getString("items[0].updatedAt"));
        given().auth().oauth2(TestTokens.integration()).queryParam("updatedSince", TestClock.now().plus(1, ChronoUnit.DAYS).toString())
                .get("/api/v1/plans").then().statusCode(200).body("items.id", not(hasItem((int) plan)));
        given().auth().oauth2(TestTokens.integration()).queryParam("updatedSince", since).get("/api/v1/plans/" + plan + "/rulings")
                .then().statusCode(200).body("items", hasSize(0)).body("nextCursor", nullValue());
    }

    @Test
    void aTimeOrACursorNotOfOursIsA400InTheCallersLanguage() {
        TestPlan plan = publishedPlan();
        given().auth().oauth2(TestTokens.integration()).queryParam("updatedSince", "hôm qua").get("/api/v1/plans/" + plan.id() + "/feedback")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("updatedSince"))
                .body("errors[0].message", containsString("ISO 8601"));
        given().auth().oauth2(TestTokens.integration()).header("Accept-Language", "en").queryParam("updatedSince", "2026-13-01")
                .get("/api/v1/plans").then().statusCode(400).body("errors[0].field", is("updatedSince"))
                .body("errors[0].message", containsString("is not valid"));
        given().auth().oauth2(TestTokens.integration()).queryParam("updatedSince", since()).queryParam("after", "xyz")
                .get("/api/v1/feedback").then().statusCode(400).body("errors[0].field", is("after"));
        given().auth().oauth2(TestTokens.integration()).queryParam("updatedSince", "x").get("/api/v1/plans/" + plan.id() + "/rulings")
                .then().statusCode(400).body("errors[0].field", is("updatedSince"));
    }

    private static List<Long> ids(JsonPath page) {
        List<Long> ids = new ArrayList<>();
        for (Object id : page.getList("items.id")) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }
}
