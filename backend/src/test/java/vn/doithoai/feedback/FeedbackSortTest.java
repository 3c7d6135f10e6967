package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;

/** The feedback list in the order asked for, its pages and its total. */
@QuarkusTest
class FeedbackSortTest {

    @Inject
    DataSource dataSource;

    /** Every page of the list, in order, pages of {@code size}. */
    private static List<Integer> allPages(String token, String path, String sort, int size) {
        List<Integer> seen = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(token).queryParam("size", size);
            if (sort != null) {
                request.queryParam("sort", sort);
            }
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(path).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            after = page.getString("nextCursor");
        } while (after != null);
        return seen;
    }

    /** Marks an item as raised at an earlier dialogue and still open, as linking it to an earlier one does. */
    private void raisedBefore(long id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("update feedback_item set precedence = 1 where id = ?")) {
            s.setLong(1, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    @Test
    void oldestFirstIsTheListOrderTurnedRoundOverEveryPage() throws Exception {
        TestPlan plan = publishedPlan();
        List<Integer> created = new ArrayList<>();
        // Sent in one burst, several share a created_at to the microsecond or not: the id decides either way.
        for (int i = 0; i < 7; i++) {
            created.add((int) sendOk(null, plan.id(), item("Sắp xếp số " + i, "Nội dung " + i)).id());
        }
        raisedBefore(created.get(2));
        List<Integer> listOrder = new ArrayList<>(created.reversed());
        listOrder.remove(created.get(2));
        listOrder.add(0, created.get(2));
        String path = "/api/v1/plans/" + plan.id() + "/feedback";

        assertEquals(listOrder, allPages(TestTokens.vanphong(), path, null, 3));
        assertEquals(listOrder, allPages(TestTokens.vanphong(), path, "-createdAt", 3));
        assertEquals(listOrder.reversed(), allPages(TestTokens.vanphong(), path, "createdAt", 3));
        assertEquals(listOrder.reversed(), allPages(TestTokens.vanphong(), path, "createdAt", 2));
        // Across plans, read along other indexes (the whole table, the bodies'), the plan's items keep the same order.
        List<Integer> across = allPages(TestTokens.vanphong(), "/api/v1/feedback?plan=" + plan.id(), "createdAt", 4);
        assertEquals(listOrder.reversed(), across);
    }

    @Test
    void sortingKeepsTheCallersScope() {
        TestPlan plan = publishedPlan();
        String unit = "phong-tnmt";
        int assigned = (int) sendOk(null, plan.id(), item("Giao cho phòng", "Nội dung")).id();
        int other = (int) sendOk(null, plan.id(), item("Không giao", "Nội dung")).id();
        FeedbackTestSupport.classify(TestTokens.vanphong(), assigned, plan.area1(), "HIGH").statusCode(200);
        assign(TestTokens.vanphong(), assigned, unit).statusCode(200);
        String path = "/api/v1/plans/" + plan.id() + "/feedback";
        for (String sort : List.of("createdAt", "-createdAt")) {
            assertEquals(List.of(assigned), allPages(TestTokens.phongtnmt(), path, sort, 20));
            assertEquals(List.of(assigned), allPages(TestTokens.phongtnmt(), "/api/v1/feedback?plan=" + plan.id(), sort, 20));
        }
        assertEquals(List.of(assigned, other), allPages(TestTokens.vanphong(), path, "createdAt", 1));
        assertEquals(List.of(other, assigned), allPages(TestTokens.vanphong(), path, "-createdAt", 1));
    }

    @Test
    void theFirstPageSaysHowManyItemsTheListHolds() {
        TestPlan plan = publishedPlan();
        for (int i = 0; i < 5; i++) {
            sendOk(null, plan.id(), item("Đếm số " + i, "Nội dung"));
        }
        String path = "/api/v1/plans/" + plan.id() + "/feedback";
        JsonPath first = given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 2).get(path).then().statusCode(200)
                .body("totalItems", is(5)).body("totalCapped", is(false)).extract().jsonPath();
        // Later pages do not count again; nor does a word search, whose count would read every row.
        given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 2).queryParam("after", first.getString("nextCursor")).get(path)
                .then().statusCode(200).body("totalItems", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "dem").get(path).then().statusCode(200).body("totalItems", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("status", "REJECTED").get(path).then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void anUnknownSortIsABadRequestInTheCallersLanguage() {
        TestPlan plan = publishedPlan();
        for (String path : List.of("/api/v1/plans/" + plan.id() + "/feedback", "/api/v1/feedback")) {
            given().auth().oauth2(TestTokens.vanphong()).queryParam("sort", "title").get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is("sort"))
                    .body("errors[0].message", containsString("Không sắp xếp được theo \"title\"; chỉ theo: createdAt"));
            given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("sort", "-precedence").get(path).then()
                    .statusCode(400).body("errors[0].field", is("sort"))
                    .body("errors[0].message", containsString("Cannot sort by \"-precedence\"; only by: createdAt"));
        }
    }
}
