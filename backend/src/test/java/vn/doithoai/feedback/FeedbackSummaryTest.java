package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.etag;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.reject;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.participant.export.Pdfs;
import vn.doithoai.testsupport.TestTokens;

/** The consolidated summary by focus area: the page's data and the official paper as DOCX and PDF. */
@QuarkusTest
class FeedbackSummaryTest {

    private static final String SMELL = "Ô nhiễm mùi bãi rác Quảng Thọ";
    private static final String LAND = "Chậm cấp sổ đỏ tổ dân phố 3";
    private static final String NEW = "Đề nghị lắp camera an ninh";

    /** A plan with items in both focus areas, one not classified and one rejected; its id and the items' ids. */
    private record Fixture(TestPlan plan, long smell, long land, long unclassified, long rejected) {
    }

    private static Fixture fixture() {
        TestPlan plan = publishedPlan();
        Map<String, Object> smell = item(SMELL, "Mùi hôi nồng nặc từ bãi rác ảnh hưởng sức khỏe người dân.");
        smell.put("wardCode", "phuong-quang-tho");
        long a = sendOk(null, plan.id(), smell).id();
        classify(TestTokens.vanphong(), a, plan.area1(), "HIGH").statusCode(200);
        Map<String, Object> assignment = new HashMap<>();
        assignment.put("unitCode", "phong-tnmt");
        assignment.put("coordinatingUnitCodes", List.of("phong-qldt"));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(a)).body(assignment)
                .put("/api/v1/feedback/" + a + "/assignment").then().statusCode(200);
        Map<String, Object> land = item(LAND, "Hồ sơ nộp đã hơn một năm.");
        land.put("kind", "REPORT");
        long b = sendOk(null, plan.id(), land).id();
        classify(TestTokens.vanphong(), b, plan.area2(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), b, "phong-tnmt").statusCode(200);
        long c = sendOk(null, plan.id(), item(NEW, "Khu chợ hay mất trộm.")).id();
        long d = sendOk(null, plan.id(), item("Quảng cáo bán hàng", "Không liên quan.")).id();
        reject(TestTokens.vanphong(), d, "Không thuộc phạm vi đối thoại").statusCode(200);
        return new Fixture(plan, a, b, c, d);
    }

    @Test
    void theSummaryGroupsItemsByFocusAreaInThePlansOrder() {
        Fixture f = fixture();
        var json = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + f.plan().id() + "/feedback/summary").then()
                .statusCode(200)
                .body("topic", is("Môi trường và đất đai"))
                .body("groups", hasSize(3))
                .body("groups[0].focusAreaId", is((int) f.plan().area1())).body("groups[0].title", is("Vệ sinh môi trường"))
                .body("groups[0].items.title", contains(SMELL))
                .body("groups[0].items[0].ward.code", is("phuong-quang-tho"))
                .body("groups[0].items[0].unit.code", is("phong-tnmt"))
                .body("groups[0].items[0].coordinatingUnits.code", contains("phong-qldt"))
                .body("groups[0].items[0].priority", is("HIGH")).body("groups[0].items[0].status", is("ASSIGNED"))
                .body("groups[0].items[0].approvedAnswer", nullValue())
                .body("groups[0].counts.total", is(1)).body("groups[0].counts.byKind.PETITION", is(1))
                .body("groups[1].focusAreaId", is((int) f.plan().area2())).body("groups[1].items.title", contains(LAND))
                .body("groups[1].counts.byKind.REPORT", is(1))
                // Not classified: the rejected item is counted there but not listed.
                .body("groups[2].focusAreaId", nullValue()).body("groups[2].items.title", contains(NEW))
                .body("groups[2].counts.total", is(2)).body("groups[2].counts.byStatus.REJECTED", is(1))
                .body("groups[2].counts.byStatus.RECEIVED", is(1))
                .body("totals.total", is(4)).body("totals.byStatus.ASSIGNED", is(2)).body("totals.byKind.PETITION", is(3))
                .body("generatedAt", notNullValue())
                .extract().jsonPath();
        // The deadline is the plan's own task to classify the feedback (7 days before, never on a day off).
        List<Map<String, Object>> tasks = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + f.plan().id()).then()
                .extract().jsonPath().getList("tasks");
        String due = tasks.stream().filter(t -> String.valueOf(t.get("description")).contains("phân loại")).findFirst()
                .map(t -> (String) t.get("dueDate")).orElseThrow();
        assertEquals(due, json.getString("deadline"));
        LocalDate session = LocalDate.parse(json.getString("sessionDate"));
        assertFalse(LocalDate.parse(due).isAfter(session.minusDays(7)));

        given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + f.plan().id() + "/feedback/summary").then().statusCode(200)
                .body("groups[0].items", hasSize(1));
    }

    @Test
    void anEmptyPlanHasItsAreasWithNothingInThem() {
        TestPlan plan = publishedPlan();
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan.id() + "/feedback/summary").then().statusCode(200)
                .body("totals.total", is(0)).body("groups", hasSize(3)).body("groups[0].items", empty())
                .body("groups[2].items", empty());
        byte[] pdf = download(TestTokens.vanphong(), plan.id(), "summary.pdf", "application/pdf");
        assertTrue(Pdfs.text(pdf, 1).contains("BẢN TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/987654321/feedback/summary").then().statusCode(404);
    }

    @Test
    void theWordDocumentIsAnOfficialPaperWithEveryArea() throws Exception {
        Fixture f = fixture();
        byte[] docx = download(TestTokens.vanphong(), f.plan().id(), "summary.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Map<String, byte[]> parts = unzip(docx);
        assertTrue(parts.keySet().containsAll(Set.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml")));
        String styles = new String(parts.get("word/styles.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("Times New Roman"));
        // Well-formed XML, read as Word would: the paragraphs' text.
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        var doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("word/document.xml")));
        var texts = doc.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "t");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent()).append('\n');
        }
        String all = text.toString();
        for (String expected : List.of("THỊ ỦY BA ĐỒN", "VĂN PHÒNG", "ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN",
                "Chủ đề: Môi trường và đất đai", "I. VỆ SINH MÔI TRƯỜNG", "II. QUẢN LÝ ĐẤT ĐAI", "III. CÁC Ý KIẾN CHƯA PHÂN LOẠI", SMELL,
                LAND, NEW, "Phường Quảng Thọ", "Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị", "Tổng số 4 ý kiến",
                "CHÁNH VĂN PHÒNG", "Nơi nhận:")) {
            assertTrue(all.contains(expected), () -> "missing " + expected + " in\n" + all);
        }
        assertFalse(all.contains("Quảng cáo bán hàng"), "a rejected item is not listed");
        String document = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4");
        assertTrue(document.contains("w:left=\"1701\""), "left margin 30 mm");
    }

    @Test
    void thePdfReadsTheSameWithItsDiacritics() {
        Fixture f = fixture();
        byte[] pdf = download(TestTokens.bithu(), f.plan().id(), "summary.pdf", "application/pdf");
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= Pdfs.pages(pdf); page++) {
            text.append(Pdfs.text(pdf, page)).append(' ');
        }
        String all = text.toString();
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "BẢN TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN", "Môi trường và đất đai",
                "I. VỆ SINH MÔI TRƯỜNG", "II. QUẢN LÝ ĐẤT ĐAI", SMELL, LAND, "Tổng số 4 ý kiến")) {
            assertTrue(all.contains(expected), () -> "missing " + expected + " in\n" + all);
        }
    }

    @Test
    void onlyTheOfficeAndTheChairReadTheSummary() {
        TestPlan plan = publishedPlan();
        for (String token : List.of(TestTokens.phongtnmt(), TestTokens.phuongbadon(), TestTokens.congdan())) {
            for (String path : List.of("summary", "summary.docx", "summary.pdf")) {
                given().auth().oauth2(token).get("/api/v1/plans/" + plan.id() + "/feedback/" + path).then().statusCode(403);
            }
        }
        given().get("/api/v1/plans/" + plan.id() + "/feedback/summary").then().statusCode(401);
    }

    private static byte[] download(String token, long planId, String path, String type) {
        return given().auth().oauth2(token).get("/api/v1/plans/" + planId + "/feedback/" + path).then().statusCode(200)
                .contentType(startsWith(type)).header("Content-Disposition", startsWith("attachment;"))
                .extract().asByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        Set<String> seen = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertTrue(seen.add(e.getName()));
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }
}
