package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.ExportFiles;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestTokens;

/**
 * The feedback list as CSV and XLSX: every item the list shows with the same filters and the caller's scope, across
 * several of the export's pages, the sender's contact only where the list shows it, formulas neutralised.
 */
@QuarkusTest
class FeedbackExportTest {

    private static final String CSV = "/api/v1/feedback/export.csv";
    private static final String XLSX = "/api/v1/feedback/export.xlsx";
    /** More than two of the export's pages of 100. */
    private static final int ITEMS = 230;

    private static TestPlan plan;
    private static String tag;
    private static Sent formula;
    private static Set<String> codes;

    /** Sent once for the class, on the first test's call (the application is up by then). */
    @BeforeEach
    void manyItemsInOnePlan() {
        if (plan != null) {
            return;
        }
        plan = publishedPlan();
        tag = "xk" + UUID.randomUUID().toString().substring(0, 6);
        codes = new HashSet<>();
        for (int i = 0; i < ITEMS - 1; i++) {
            Map<String, Object> body = item("Ý kiến số " + i + " " + tag, "Nội dung, có dấu phẩy và \"ngoặc kép\"\nvà xuống dòng");
            body.put("submitterName", "Người gửi " + i);
            body.put("consent", TestConsents.given());
            body.put("submitterPhone", "09" + String.format("%08d", i));
            codes.add(sendOk(TestTokens.phuongbadon(), plan.id(), body).code());
        }
        Map<String, Object> bad = item("=HYPERLINK(\"http://evil.example\",\"Bấm vào\") " + tag, "@SUM(A1)");
        bad.put("submitterName", "+84 912 000 111");
        bad.put("consent", TestConsents.given());
        formula = sendOk(TestTokens.phuongbadon(), plan.id(), bad);
        codes.add(formula.code());
        classify(TestTokens.vanphong(), formula.id(), plan.area1(), "HIGH").statusCode(200);
        assign(TestTokens.vanphong(), formula.id(), "phong-tnmt").statusCode(200);
    }

    private static Response export(String token, String path, Map<String, ?> query) {
        return given().auth().oauth2(token).queryParams(query).get(path);
    }

    @Test
    void theOfficeExportsEveryItemOfTheListWithSendersAsCsv() {
        Response response = export(TestTokens.vanphong(), CSV, Map.of("plan", plan.id()));
        response.then().statusCode(200).contentType(containsString("text/csv")).contentType(containsString("charset=UTF-8"))
                .header("Content-Disposition", containsString(".csv")).header("Cache-Control", "no-store");
        byte[] file = response.asByteArray();
        assertTrue(ExportFiles.startsWithBom(file), "Excel needs the BOM to read Vietnamese");
        List<List<String>> rows = ExportFiles.csv(file);
        List<String> header = rows.get(0);
        assertEquals(List.of("STT", "Mã tra cứu", "Kế hoạch"), header.subList(0, 3));
        assertEquals(ITEMS, rows.size() - 1, "every item, across the pages");
        assertEquals(codes, new HashSet<>(column(rows, "Mã tra cứu")));
        assertEquals(listedCodes(TestTokens.vanphong(), Map.of("plan", plan.id())), column(rows, "Mã tra cứu"),
                "exactly what the list shows, in its order");
        Map<String, String> bad = rowOf(rows, formula.code());
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"Bấm vào\") " + tag, bad.get("Tiêu đề"));
        assertEquals("'@SUM(A1)", bad.get("Nội dung"));
        assertEquals("'+84 912 000 111", bad.get("Người gửi"));
        Map<String, String> first = rows.stream().skip(1).map(r -> zip(header, r)).filter(r -> r.get("Tiêu đề").startsWith("Ý kiến số 7 "))
                .findFirst().orElseThrow();
        assertEquals("Người gửi 7", first.get("Người gửi"));
        assertEquals("0900000007", first.get("Điện thoại"));
        assertEquals("Nội dung, có dấu phẩy và \"ngoặc kép\"\nvà xuống dòng", first.get("Nội dung"));
    }

    @Test
    void theWorkbookHoldsTheSameRowsInEnglishOnRequest() {
        byte[] file = given().auth().oauth2(TestTokens.bithu()).header("Accept-Language", "en").queryParam("plan", plan.id()).get(XLSX)
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        List<List<String>> rows = ExportFiles.xlsx(file);
        assertEquals(List.of("No.", "Tracking code", "Plan"), rows.get(0).subList(0, 3));
        assertEquals(ITEMS, rows.size() - 1);
        assertEquals(codes, new HashSet<>(column(rows, "Tracking code")));
        Map<String, String> bad = rowOf(rows, formula.code());
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"Bấm vào\") " + tag, bad.get("Title"));
        assertEquals("'@SUM(A1)", bad.get("Content"));
    }

    @Test
    void filtersAreTheListsOwn() {
        List<List<String>> assigned = ExportFiles.csv(export(TestTokens.vanphong(), CSV, Map.of("plan", plan.id(), "status", "ASSIGNED"))
                .then().statusCode(200).extract().asByteArray());
        assertEquals(List.of(formula.code()), column(assigned, "Mã tra cứu"));
        List<List<String>> words = ExportFiles.xlsx(export(TestTokens.vanphong(), XLSX, Map.of("q", "y kien so 12 " + tag)).then()
                .statusCode(200).extract().asByteArray());
        assertEquals(listedCodes(TestTokens.vanphong(), Map.of("q", "y kien so 12 " + tag)), column(words, "Mã tra cứu"));
        // Every word as a substring, as the list searches: 12, 112, 120–129 and 212 of the plan's items.
        assertEquals(13, words.size() - 1);
    }

    @Test
    void eachCallerExportsOnlyWhatItsListShows() {
        // The unit: the one item assigned to it, without the sender.
        List<List<String>> unit = ExportFiles.csv(export(TestTokens.phongtnmt(), CSV, Map.of("plan", plan.id())).then().statusCode(200)
                .extract().asByteArray());
        assertEquals(List.of(formula.code()), column(unit, "Mã tra cứu"));
        Map<String, String> row = rowOf(unit, formula.code());
        assertEquals("", row.get("Người gửi"));
        assertEquals("", row.get("Điện thoại"));
        // Another body's office: the plan does not exist for it, and none of its items leaks into its own export.
        given().auth().oauth2(TestTokens.vanphong2()).queryParam("plan", plan.id()).get(CSV).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        List<String> theirs = column(ExportFiles.csv(export(TestTokens.vanphong2(), CSV, Map.of("q", tag)).then().statusCode(200)
                .extract().asByteArray()), "Mã tra cứu");
        assertTrue(theirs.isEmpty(), "another body's items: " + theirs);
        // The province's office oversees the body: it exports what it may read.
        List<List<String>> province = ExportFiles.csv(export(TestTokens.vptinh(), CSV, Map.of("plan", plan.id())).then().statusCode(200)
                .extract().asByteArray());
        assertEquals(listedCodes(TestTokens.vptinh(), Map.of("plan", plan.id())), column(province, "Mã tra cứu"));
        // Citizens have no working list to export.
        given().auth().oauth2(TestTokens.congdan()).get(CSV).then().statusCode(403);
    }

    @Test
    void aBadFilterIsAProblemNotAFile() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("ward", "khong-co-phuong-nay").get(CSV).then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors[0].field", is("ward"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("unit", "khong-co").get(XLSX).then()
                .statusCode(400).contentType(containsString("application/problem+json")).body("errors[0].field", is("unit"));
    }

    /** The tracking codes the list itself shows, page after page, in its order. */
    private static List<String> listedCodes(String token, Map<String, ?> query) {
        List<String> all = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(token).queryParams(query).queryParam("size", 100);
            if (after != null) {
                request.queryParam("after", after);
            }
            var page = request.get("/api/v1/feedback").then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items.trackingCode", String.class));
            after = page.getString("nextCursor");
        } while (after != null);
        return all;
    }

    private static List<String> column(List<List<String>> rows, String name) {
        int c = rows.get(0).indexOf(name);
        return rows.stream().skip(1).map(r -> r.get(c)).toList();
    }

    private static Map<String, String> rowOf(List<List<String>> rows, String code) {
        List<String> header = rows.get(0);
        int c = header.indexOf(header.contains("Mã tra cứu") ? "Mã tra cứu" : "Tracking code");
        return rows.stream().skip(1).filter(r -> r.get(c).equals(code)).map(r -> zip(header, r)).findFirst().orElseThrow();
    }

    private static Map<String, String> zip(List<String> header, List<String> row) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i < row.size() ? row.get(i) : "");
        }
        return m;
    }
}
