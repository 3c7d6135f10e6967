package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.feedback.FeedbackReportTest.countInPlan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

@QuarkusTest
class FeedbackImportTest {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType("application/octet-stream");
    }

    static ValidatableResponse upload(String token, long plan, byte[] file, String fileName, boolean dryRun) {
        return as(token).queryParam("organisation", "Ủy ban MTTQ Việt Nam thị xã Ba Đồn").queryParam("fileName", fileName)
                .queryParams(TestConsents.fileConsent())
                .queryParam("dryRun", dryRun).body(file).post("/api/v1/plans/" + plan + "/feedback-imports").then();
    }

    static byte[] csv(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /** As Excel saves in a Vietnamese locale: semicolons, a BOM, CRLF; the columns in the organisation's own order. */
    private static final String GOOD_CSV = String.join("\r\n",
            "STT;NỘI DUNG;loại;Tieu de;Phường/Xã;Thôn/Tổ dân phố;Số điện thoại;Người phản ánh",
            "1;\"Mỗi khi mưa lớn; đường ngập sâu\nảnh hưởng đi lại\";Kiến nghị;Đường kiệt tổ 3 ngập nước;phuong-ba-don;Tổ dân phố 3;0912 345 678;Võ Văn Đông",
            "2;Chợ thiếu chỗ để xe;ý kiến;Chợ Ba Đồn;Phường Quảng Thọ;;;",
            "",
            "4;=1+1 là công thức;PHAN ANH;=HYPERLINK(\"http://x\")-thử;quang tho;TDP 2;;",
            "");

    @Test
    void aGoodCsvWithSemicolonsABomAndDiacriticsCreatesOneReportWithEveryRow() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        var report = upload(TestTokens.vanphong(), plan.id(), csv(GOOD_CSV), "Báo cáo MTTQ.csv", false).statusCode(201)
                .header("Location", containsString("/feedback-reports/"))
                .body("sourceFileName", is("Báo cáo MTTQ.csv"))
                .body("channel", is("ORGANISATION_REPORT"))
                .body("itemCount", is(3))
                .body("items.title", contains("Đường kiệt tổ 3 ngập nước", "Chợ Ba Đồn", "=HYPERLINK(\"http://x\")-thử"))
                .body("items.kind", contains("PETITION", "OPINION", "REPORT"))
                .body("items.ward.code", contains("phuong-ba-don", "phuong-quang-tho", "phuong-quang-tho"))
                .extract().jsonPath();
        assertEquals(3, countInPlan(plan.id()));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + report.getLong("items[0].id")).then().statusCode(200)
                .body("content", is("Mỗi khi mưa lớn; đường ngập sâu\nảnh hưởng đi lại"))
                .body("village.code", is("phuong-ba-don-tdp-3")).body("submitterPhone", is("0912345678"));
        // Formulas are text: stored as typed, nothing evaluated.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + report.getLong("items[2].id")).then().statusCode(200)
                .body("content", is("=1+1 là công thức")).body("village.code", is("phuong-quang-tho-tdp-2"));
    }

    @Test
    void aGoodXlsxCreatesOneReportWithEveryRow() throws IOException {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Ý kiến");
        List<String> header = List.of("Kind", "Title", "Content", "Ward", "Phone");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
        }
        for (int r = 1; r <= 4; r++) {
            ws.value(r, 0, r % 2 == 0 ? "Phản ánh" : "petition");
            ws.value(r, 1, "Ý kiến số " + r);
            ws.value(r, 2, "Nội dung ý kiến số " + r);
            ws.value(r, 3, r <= 2 ? "Phường Ba Đồn" : "xa-quang-hoa");
        }
        // Excel keeps a phone typed as a number without its leading zero; a formula stays its text.
        ws.value(1, 4, 912345678);
        ws.formula(2, 2, "1+2");
        wb.finish();

        var report = upload(TestTokens.vanphong(), plan.id(), out.toByteArray(), "bao-cao.xlsx", false).statusCode(201)
                .body("itemCount", is(4))
                .body("items.kind", contains("PETITION", "REPORT", "PETITION", "REPORT"))
                .body("items.ward.code", contains("phuong-ba-don", "phuong-ba-don", "xa-quang-hoa", "xa-quang-hoa"))
                .extract().jsonPath();
        assertEquals(4, countInPlan(plan.id()));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + report.getLong("items[0].id")).then()
                .body("submitterPhone", is("0912345678"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + report.getLong("items[1].id")).then()
                .body("content", is("=1+2"));
    }

    @Test
    void twoBadRowsAmongFiveAreBothNamedAndNothingIsStored() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        String file = String.join("\n",
                "Loại,Tiêu đề,Nội dung,Phường/xã,Số điện thoại",
                "Kiến nghị,Một,Nội dung một,phuong-ba-don,",
                "Đề xuất,Hai,,phuong-ba-don,",
                "Ý kiến,Ba,Nội dung ba,phuong-ba-don,",
                "Phản ánh,Bốn,Nội dung bốn,Phường Không Có,0912",
                "Ý kiến,Năm,Nội dung năm,phuong-quang-tho,");
        upload(TestTokens.vanphong(), plan.id(), file.getBytes(StandardCharsets.UTF_8), "loi.csv", false).statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("2 dòng"))
                .body("errors.field", contains("rows[3].Loại", "rows[3].Nội dung", "rows[5].Phường/xã", "rows[5].Số điện thoại"));
        // The same in English, and the dry run finds the same.
        as(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("organisation", "MTTQ").queryParam("dryRun", "true")
                .body(file.getBytes(StandardCharsets.UTF_8)).post("/api/v1/plans/" + plan.id() + "/feedback-imports").then().statusCode(422)
                .body("detail", containsString("2 rows")).body("errors[0].message", containsString("Kind \"Đề xuất\" is not known"));
        assertEquals(0, countInPlan(plan.id()));
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedAndAMissingColumnIsNamed() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        upload(TestTokens.vanphong(), plan.id(), "<!DOCTYPE html><html><body>Loại,Tiêu đề</body></html>".getBytes(StandardCharsets.UTF_8),
                "bao-cao.csv", false).statusCode(415).contentType("application/problem+json");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        upload(TestTokens.vanphong(), plan.id(), noise, "bao-cao.xlsx", false).statusCode(415);
        // A zip that is no workbook.
        upload(TestTokens.vanphong(), plan.id(), new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 }, "bao-cao.xlsx", false).statusCode(415);
        upload(TestTokens.vanphong(), plan.id(), csv("Loại;Tiêu đề;Phường\r\nKiến nghị;Một;phuong-ba-don\r\n"), "thieu.csv", false)
                .statusCode(422).body("errors.field", contains("Nội dung")).body("errors[0].message", containsString("Nội dung"));
        upload(TestTokens.vanphong(), plan.id(), new byte[0], "rong.csv", false).statusCode(400);
        // The organisation is required.
        as(TestTokens.vanphong()).body(csv(GOOD_CSV)).post("/api/v1/plans/" + plan.id() + "/feedback-imports").then().statusCode(400)
                .body("errors.field", contains("organisation"));
        assertEquals(0, countInPlan(plan.id()));
    }

    @Test
    void aDryRunChecksAndPreviewsButStoresNothing() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        upload(TestTokens.vanphong(), plan.id(), csv(GOOD_CSV), "Báo cáo MTTQ.csv", true).statusCode(200)
                .body("format", is("CSV")).body("rowCount", is(3))
                .body("rows.row", contains(2, 3, 5))
                .body("rows[0].ward.code", is("phuong-ba-don")).body("rows[0].village.code", is("phuong-ba-don-tdp-3"))
                .body("rows[0].submitterPhone", is("0912345678"));
        assertEquals(0, countInPlan(plan.id()));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan.id() + "/feedback-reports").then().body("id", hasSize(0));
    }

    @Test
    void aWardOfficerImportsTheirOwnWardsRowsOnly() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        String badon = TestTokens.phuongbadon();
        upload(badon, plan.id(), csv(GOOD_CSV), "mttq.csv", false).statusCode(422)
                .body("errors.field", contains("rows[3].Phường/Xã", "rows[5].Phường/Xã"));
        String own = "Loại,Tiêu đề,Nội dung,Phường/xã\nKiến nghị,Một,Nội dung một,\nÝ kiến,Hai,Nội dung hai,Phường Ba Đồn\n";
        upload(badon, plan.id(), own.getBytes(StandardCharsets.UTF_8), "phuong.csv", false).statusCode(201)
                .body("items.ward.code", contains("phuong-ba-don", "phuong-ba-don"));
        assertEquals(2, countInPlan(plan.id()));
        upload(TestTokens.phongtnmt(), plan.id(), own.getBytes(StandardCharsets.UTF_8), "phuong.csv", false).statusCode(403);
    }

    @Test
    void aThousandRowsAreReadAndOneMoreIsRefused() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        StringBuilder file = new StringBuilder("Loại,Tiêu đề,Nội dung,Phường/xã\n");
        for (int i = 1; i <= 1000; i++) {
            file.append("Kiến nghị,Ý kiến ").append(i).append(",Nội dung ý kiến ").append(i).append(i % 2 == 0 ? ",phuong-ba-don\n" : ",Quảng Thọ\n");
        }
        // Checked in full (storing a thousand items takes a few seconds; the other tests store).
        upload(TestTokens.vanphong(), plan.id(), file.toString().getBytes(StandardCharsets.UTF_8), "lon.csv", true).statusCode(200)
                .body("rowCount", is(1000)).body("rows[999].row", is(1001));
        file.append("Ý kiến,Dòng thứ 1001,Nội dung,phuong-ba-don\n");
        upload(TestTokens.vanphong(), plan.id(), file.toString().getBytes(StandardCharsets.UTF_8), "qua-lon.csv", true).statusCode(422)
                .body("detail", containsString("1.000"));
    }

    @Test
    void theSameImportSentTwiceWithOneKeyStoresOneReport() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        String key = UUID.randomUUID().toString();
        int first = as(TestTokens.vanphong()).header("Idempotency-Key", key).queryParam("organisation", "MTTQ")
                .queryParams(TestConsents.fileConsent()).body(csv(GOOD_CSV))
                .post("/api/v1/plans/" + plan.id() + "/feedback-imports").then().statusCode(201).header("Idempotent-Replayed", "false")
                .extract().jsonPath().getInt("id");
        as(TestTokens.vanphong()).header("Idempotency-Key", key).queryParam("organisation", "MTTQ")
                .queryParams(TestConsents.fileConsent()).body(csv(GOOD_CSV))
                .post("/api/v1/plans/" + plan.id() + "/feedback-imports").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", is(first));
        assertEquals(3, countInPlan(plan.id()));
    }

    @Test
    void theTemplateHasTheHeadersTheImportReadsAndItsExampleRowIsNotImported() throws IOException {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        byte[] xlsx = given().auth().oauth2(TestTokens.vanphong()).queryParam("format", "xlsx")
                .get("/api/v1/plans/" + plan.id() + "/feedback-imports/template").then().statusCode(200)
                .contentType(FeedbackImportResource.XLSX).extract().asByteArray();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx)); var rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertEquals(List.of("Loại", "Tiêu đề", "Nội dung", "Phường/xã", "Thôn/tổ dân phố", "Người phản ánh", "Số điện thoại"),
                    all.get(0).stream().map(c -> c.getText()).toList());
            assertEquals("Phường Ba Đồn", all.get(1).getCellText(3));
        }
        byte[] csv = given().auth().oauth2(TestTokens.vanphong()).queryParam("format", "csv")
                .get("/api/v1/plans/" + plan.id() + "/feedback-imports/template").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        assertArrayEquals(BOM, java.util.Arrays.copyOf(csv, 3));
        assertEquals("Loại,Tiêu đề,Nội dung,Phường/xã,Thôn/tổ dân phố,Người phản ánh,Số điện thoại",
                new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().findFirst().orElseThrow());
        // Filled in as downloaded, the example row is named rather than stored.
        upload(TestTokens.vanphong(), plan.id(), xlsx, "mau.xlsx", true).statusCode(422).body("errors.field", contains("rows[2].Tiêu đề"));
        upload(TestTokens.vanphong(), plan.id(), csv, "mau.csv", true).statusCode(422).body("errors.field", contains("rows[2].Tiêu đề"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("format", "pdf")
                .get("/api/v1/plans/" + plan.id() + "/feedback-imports/template").then().statusCode(400);
    }
}
