package vn.doithoai.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.doithoai.testsupport.ExportFiles;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** The preparation tasks as CSV and XLSX: the rows of the list with the same filters and scope, in its order. */
@QuarkusTest
class PreparationTaskExportTest {

    private static final String TASKS = "/api/v1/preparation-tasks";
    private static final LocalDate TODAY = TestClock.today();

    @Test
    void theExportHoldsTheListsRowsForTheSameFiltersAndScope() {
        long ahead = TestPlans.createCommune(TODAY.plusDays(21), "Việc chuẩn bị xuất tệp", "21", "Môi trường", List.of("Rác thải")).getLong("id");
        long soon = TestPlans.createCommune(TODAY.plusDays(2), "Việc chuẩn bị xuất tệp trễ", "22", "Giao thông", List.of("Đường")).getLong("id");
        TestPlans.act(TestTokens.vanphong(), ahead, "SUBMIT");
        TestPlans.act(TestTokens.vanphong(), soon, "SUBMIT");

        // One plan: the list's descriptions in its order, the same in CSV and XLSX.
        List<List<String>> csv = ExportFiles.csv(given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", ahead)
                .get(TASKS + "/export.csv").then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray());
        assertEquals(List.of("STT", "Kế hoạch số", "Tên kế hoạch"), csv.get(0).subList(0, 3));
        assertEquals(listed(TestTokens.vanphong(), "plan=" + ahead), column(csv, "Nhiệm vụ"));
        List<List<String>> xlsx = ExportFiles.xlsx(given().auth().oauth2(TestTokens.bithu()).header("Accept-Language", "en").queryParam("plan", ahead)
                .get(TASKS + "/export.xlsx").then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray());
        assertEquals(column(csv, "Nhiệm vụ"), column(xlsx, "Task"));

        // A filter of the list: only the late tasks of the plan due in two days.
        List<List<String>> late = ExportFiles.csv(given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", soon).queryParam("overdue", true)
                .get(TASKS + "/export.csv").then().statusCode(200).extract().asByteArray());
        assertTrue(late.size() > 1, "the fixture has late tasks");
        assertEquals(listed(TestTokens.vanphong(), "plan=" + soon + "&overdue=true"), column(late, "Nhiệm vụ"));
        assertTrue(column(late, "Tình trạng").stream().allMatch("Quá hạn"::equals));

        // Every task the office reads, across the list's pages.
        List<List<String>> all = ExportFiles.csv(given().auth().oauth2(TestTokens.vanphong()).get(TASKS + "/export.csv").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(listed(TestTokens.vanphong(), ""), column(all, "Nhiệm vụ"));

        // Another body's office: none of these plans' tasks.
        List<List<String>> theirs = ExportFiles.csv(given().auth().oauth2(TestTokens.vanphong2()).get(TASKS + "/export.csv").then()
                .statusCode(200).extract().asByteArray());
        assertTrue(column(theirs, "Tên kế hoạch").stream().noneMatch(t -> t.startsWith("Việc chuẩn bị xuất tệp")), "another body's tasks");
        given().auth().oauth2(TestTokens.phongtnmt()).get(TASKS + "/export.csv").then().statusCode(403);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("dueWithinDays", "nhiều").get(TASKS + "/export.xlsx").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", is("dueWithinDays"));
    }

    /** The descriptions the list shows, page after page of 100. */
    private static List<String> listed(String token, String query) {
        List<String> all = new ArrayList<>();
        String after = null;
        do {
            JsonPath json = given().auth().oauth2(token).queryParams(after == null ? Map.of() : Map.of("after", after))
                    .get(TASKS + "?size=100" + (query.isEmpty() ? "" : "&" + query)).then().statusCode(200).extract().jsonPath();
            all.addAll(json.getList("items.description", String.class));
            after = json.getString("nextCursor");
        } while (after != null);
        return all;
    }

    private static List<String> column(List<List<String>> rows, String name) {
        int c = rows.get(0).indexOf(name);
        return rows.stream().skip(1).map(r -> r.get(c)).toList();
    }
}
