package vn.doithoai.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.OfficePapers;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/**
 * The report of the dialogues' results against the statistics API: for the same body and period, every figure in the
 * workbook and the paper is the API's; the caller's scope is the statistics' (another body's is refused); a bad period
 * is a 400 in the caller's language.
 */
@QuarkusTest
class DialogueResultsReportTest {

    private static final String REPORT = "/api/v1/reports/dialogue-results";
    private static final String BAC_GIANH = "dang-uy-phuong-bac-gianh";

    private static RequestSpecification as(String token, Map<String, String> query) {
        return given().auth().oauth2(token).queryParams(query);
    }

    @Test
    void theFiguresOfEveryFileAreTheStatisticsOfTheSameBodyAndPeriod() throws IOException {
        LocalDate today = TestClock.today();
        // Bắc Gianh held its dialogue six weeks ago (demo data): its items and its ruling fall in the period.
        Map<String, String> query = Map.of("body", BAC_GIANH, "from", today.minusDays(120).toString(), "to", today.toString());
        JsonPath feedback = as(TestTokens.vanphong2(), query).get("/api/v1/statistics/feedback").then().statusCode(200).extract().jsonPath();
        JsonPath rulings = as(TestTokens.vanphong2(), query).get("/api/v1/statistics/rulings").then().statusCode(200).extract().jsonPath();
        long total = feedback.getLong("total");
        assertTrue(total > 0, "the demo's Bắc Gianh items are in the period, so the comparison means something");

        byte[] xlsx = as(TestTokens.vanphong2(), query).get(REPORT + ".xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).header("Cache-Control", is("no-store")).extract().asByteArray();
        Map<String, String> summary = new HashMap<>();
        Map<String, String> byFocusArea = new HashMap<>();
        List<String> dialogues;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = wb.getSheets().toList();
            for (Row r : sheets.get(0).read()) {
                if (r.getCellCount() >= 2) {
                    summary.put(r.getCellText(0), r.getCellText(1));
                }
            }
            dialogues = sheets.get(1).read().stream().skip(1).map(r -> r.getCellText(2)).toList();
            for (Row r : sheets.get(2).read()) {
                if (r.getCellText(0).equals("Theo lĩnh vực")) {
                    byFocusArea.put(r.getCellText(1), r.getCellText(2));
                }
            }
        }
        assertEquals(Long.toString(total), summary.get("Ý kiến, kiến nghị tiếp nhận"));
        assertEquals(Long.toString(feedback.getLong("previousYearTotal")), summary.get("Cùng kỳ năm trước"));
        assertEquals(Long.toString(feedback.getLong("answerTime.approved")), summary.get("Đã có trả lời được phê duyệt"));
        assertEquals(Long.toString(feedback.getLong("raisedBefore")), summary.get("Đã phản ánh tại kỳ trước"));
        assertEquals(Long.toString(rulings.getLong("total")), summary.get("Kết luận"));
        assertEquals(Long.toString(rulings.getLong("onTime.onTime")), summary.get("Đúng hạn"));
        assertEquals(Long.toString(rulings.getLong("onTime.late")), summary.get("Trễ hạn"));
        assertEquals(Long.toString(rulings.getLong("overdue.total")), summary.get("Kết luận quá hạn đến ngày lập báo cáo"));
        List<Map<String, Object>> areas = feedback.getList("byFocusArea");
        assertEquals(areas.size(), byFocusArea.size(), byFocusArea.toString());
        for (Map<String, Object> area : areas) {
            String label = area.get("key") == null ? "Chưa phân loại" : (String) (area.get("label") != null ? area.get("label") : area.get("key"));
            assertEquals(String.valueOf(area.get("count")), byFocusArea.get(label), label);
        }
        assertTrue(dialogues.stream().anyMatch(t -> t.startsWith("Đối thoại giữa Bí thư Đảng ủy phường Bắc Gianh")), dialogues.toString());

        String word = OfficePapers.wordText(as(TestTokens.bithu2(), query).queryParam("number", "15-BC/ĐU").get(REPORT + ".docx").then()
                .statusCode(200).contentType(containsString("wordprocessingml")).extract().asByteArray());
        String pdf = OfficePapers.pdfText(as(TestTokens.vanphong2(), query).get(REPORT + ".pdf").then().statusCode(200)
                .contentType(containsString("application/pdf")).extract().asByteArray());
        for (String text : List.of(word, pdf)) {
            OfficePapers.assertPaper(text, List.of("ĐẢNG ỦY PHƯỜNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Gianh, ngày"),
                    List.of("BÁO CÁO", "I. CÁC CUỘC ĐỐI THOẠI ĐÃ TỔ CHỨC", "II. KẾT QUẢ ĐỐI THOẠI",
                            "Tổng số ý kiến, kiến nghị, phản ánh tiếp nhận: " + total + " (cùng kỳ năm trước: " + feedback.getLong("previousYearTotal") + ")",
                            "trả lời được phê duyệt: " + feedback.getLong("answerTime.approved") + "/" + total,
                            "Tổng số kết luận: " + rulings.getLong("total"),
                            "Số kết luận quá hạn đến ngày lập báo cáo: " + rulings.getLong("overdue.total"),
                            "III. ĐÁNH GIÁ CHUNG", "IV. ĐỀ XUẤT, KIẾN NGHỊ"),
                    List.of("Nơi nhận:", "T/M BAN THƯỜNG VỤ"));
        }
        OfficePapers.assertInOrder(word, "Số 15-BC/ĐU");
    }

    @Test
    void theSamplesAreTheDemosReportOfTheYearOfPlan61() {
        // The town's dialogue of 2022 (61-KH/ThU), carried on by the ward of Ba Đồn: its office reports on that year.
        Map<String, String> query = Map.of("from", "2022-01-01", "to", "2022-12-31");
        JsonPath feedback = as(TestTokens.vanphong(), query).get("/api/v1/statistics/feedback").then().statusCode(200).extract().jsonPath();
        byte[] docx = as(TestTokens.vanphong(), query).get(REPORT + ".docx").then().statusCode(200).extract().asByteArray();
        byte[] pdf = as(TestTokens.vanphong(), query).get(REPORT + ".pdf").then().statusCode(200).extract().asByteArray();
        byte[] xlsx = as(TestTokens.vanphong(), query).get(REPORT + ".xlsx").then().statusCode(200).extract().asByteArray();
        OfficePapers.assertInOrder(OfficePapers.pdfText(pdf), "BÁO CÁO", "từ ngày 01/01/2022 đến ngày 31/12/2022",
                "Tổng số ý kiến, kiến nghị, phản ánh tiếp nhận: " + feedback.getLong("total"));
        OfficePapers.keepSample("dialogue-results.docx", docx);
        OfficePapers.keepSample("dialogue-results.pdf", pdf);
        OfficePapers.keepSample("dialogue-results.xlsx", xlsx);
    }

    @Test
    void theScopeIsTheStatisticsScope() {
        Map<String, String> query = Map.of("body", BAC_GIANH);
        for (String format : List.of(".docx", ".pdf", ".xlsx")) {
            // Another body's figures: its code is as unknown to Ba Đồn's office as a mistyped one.
            as(TestTokens.vanphong(), query).get(REPORT + format).then().statusCode(400)
                    .contentType(containsString("application/problem+json")).body("errors.field", hasItem("body"));
            // The province's office reports on the bodies it oversees.
            as(TestTokens.vptinh(), query).get(REPORT + format).then().statusCode(200);
            as(TestTokens.phongtnmt(), Map.of()).get(REPORT + format).then().statusCode(403);
            as(TestTokens.congdan(), Map.of()).get(REPORT + format).then().statusCode(403);
            given().get(REPORT + format).then().statusCode(401);
        }
    }

    @Test
    void aBadPeriodIsA400InTheCallersLanguage() {
        Map<String, String> reversed = Map.of("from", "2026-06-30", "to", "2026-01-01");
        String vi = as(TestTokens.vanphong(), reversed).get(REPORT + ".pdf").then().statusCode(400)
                .contentType(containsString("application/problem+json")).body("errors.field", hasItem("to")).extract()
                .path("errors[0].message");
        String en = as(TestTokens.vanphong(), reversed).header("Accept-Language", "en").get(REPORT + ".pdf").then().statusCode(400)
                .body("errors.field", hasItem("to")).extract().path("errors[0].message");
        assertTrue(!vi.equals(en), vi + " / " + en);
        as(TestTokens.vanphong(), Map.of("from", "01/01/2026")).get(REPORT + ".xlsx").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as(TestTokens.vanphong(), Map.of("number", "x".repeat(51))).get(REPORT + ".docx").then().statusCode(400)
                .body("errors.field", hasItem("number"));
    }
}
