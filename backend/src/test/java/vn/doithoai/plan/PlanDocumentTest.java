package vn.doithoai.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.DemoPlans;
import vn.doithoai.testsupport.OfficePapers;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * The plan as the paper the office prints and signs: read back by Apache POI (Word) and PDFBox, laid out like the seed
 * 61-KH/ThU (header block, number and symbol, place and date, title, sections I–IV in order, the plan's own content,
 * the signature block), for whoever may read the plan and nobody else.
 */
@QuarkusTest
class PlanDocumentTest {

    private static final List<String> SEED_HEADER = List.of("THỊ ỦY BA ĐỒN", "Số 61-KH/ThU", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Ba Đồn, ngày 20 tháng 10 năm 2022");
    private static final List<String> SEED_SIGNATURE = List.of("Nơi nhận:", "- Thường trực Thị ủy Ba Đồn;", "- Lưu Văn phòng.",
            "T/M BAN THƯỜNG VỤ", "BÍ THƯ");

    private static List<String> seedBody() {
        return List.of("KẾ HOẠCH",
                "Tổ chức đối thoại giữa đồng chí Bí thư Thị ủy với Nhân dân năm 2022",
                "Căn cứ Quyết định 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI) và Quyết định số 87-QĐ/ThU",
                "Ban Thường vụ Thị ủy xây dựng kế hoạch tổ chức đối thoại giữa đồng chí Bí thư Thị ủy với Nhân dân năm 2022 như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Thông qua đối thoại, giúp đồng chí Bí thư Thị ủy nắm bắt kịp thời tâm tư",
                "3. Không lợi dụng việc đối thoại",
                "II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC ĐỐI THOẠI",
                "1. Chủ đề đối thoại: Thực trạng và giải pháp nâng cao hiệu quả công tác xây dựng nông thôn mới, đô thị văn minh.",
                "Tập trung vào 05 vấn đề trọng tâm sau đây:", "- Công tác xây dựng, quản lý quy hoạch",
                "- Tình hình thực hiện công tác cải cách hành chính, giải quyết thủ tục hành chính.",
                "Thời gian tổ chức: 08 giờ 00, thứ Sáu, ngày 25/11/2022.", "Địa điểm: Trung tâm Văn hóa - Thể thao thị xã",
                "4. Hình thức: Hội nghị đối thoại, tọa đàm trực tiếp.",
                "III. CHƯƠNG TRÌNH, THÀNH PHẦN HỘI NGHỊ", "1. Chương trình Hội nghị",
                "- Tuyên bố lý do, giới thiệu đại biểu", "(Văn phòng Thị ủy).",
                "Căn cứ vào đặc điểm, tình hình cụ thể, chủ trì cuộc đối thoại quyết định",
                "2. Thành phần Hội nghị", "- Đại biểu ở thị xã: Đồng chí Bí thư Thị ủy",
                "- Đại biểu xã, phường: Đồng chí Bí thư Đảng ủy, Chủ tịch UBND các xã, phường (dự kiến 32 người).",
                "- Đại biểu ở thôn, tổ dân phố:",
                "IV. TỔ CHỨC THỰC HIỆN", "1. Ủy ban nhân dân thị xã Ba Đồn: ", "Chuẩn bị báo cáo về tình hình, thực trạng công tác xây dựng nông thôn mới",
                "Thời hạn: chậm nhất 10 ngày trước khi tổ chức đối thoại (ngày 15/11/2022).",
                "Văn phòng Thị ủy có trách nhiệm:", "- Tổng hợp, phân loại nội dung các ý kiến",
                "Phát hành giấy mời các đại biểu tham dự", "chậm nhất 03 ngày làm việc trước khi tổ chức đối thoại",
                "chậm nhất 10 ngày làm việc sau buổi đối thoại", "Công an thị xã",
                "báo cáo kịp thời cho Thường trực Thị ủy Ba Đồn xem xét, chỉ đạo giải quyết./.");
    }

    @Test
    void theSeedPlanPrintsAsTheSeedInWordAndPdf() {
        long plan = DemoPlans.plan61();
        byte[] docx = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/document.docx").then().statusCode(200)
                .contentType(containsString("wordprocessingml")).header("Cache-Control", is("no-store"))
                .header("Content-Disposition", containsString("ke-hoach-61-KH-ThU.docx")).extract().asByteArray();
        OfficePapers.assertPaper(OfficePapers.wordText(docx), SEED_HEADER, seedBody(), SEED_SIGNATURE);
        OfficePapers.keepSample("plan-document.docx", docx);

        byte[] pdf = given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + plan + "/document.pdf").then().statusCode(200)
                .contentType(containsString("application/pdf")).header("Cache-Control", is("no-store")).extract().asByteArray();
        OfficePapers.assertPaper(OfficePapers.pdfText(pdf), SEED_HEADER, seedBody(), SEED_SIGNATURE);
        assertTrue(OfficePapers.pdfPages(pdf) >= 2, "the seed's text fills more than one A4 page");
        OfficePapers.keepSample("plan-document.pdf", pdf);
    }

    @Test
    void aPlanWithoutNumberOrDateLeavesDotsAndPrintsItsOwnContent() {
        LocalDate session = TestClock.today().plusDays(40);
        var created = TestPlans.create(session, "Đối thoại về thoát nước đô thị", null, "Chống ngập khu dân cư ven sông",
                List.of("Nạo vét kênh mương", "Nâng cấp cống thoát nước"));
        long plan = created.getLong("id");
        String title = created.getString("title");
        String text = OfficePapers.wordText(given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/document.docx")
                .then().statusCode(200).extract().asByteArray());
        OfficePapers.assertPaper(text, List.of("THỊ ỦY BA ĐỒN", "Số ……-KH/ThU"), List.of("KẾ HOẠCH", title, "I. MỤC ĐÍCH, YÊU CẦU",
                "II. CHỦ ĐỀ", "Chống ngập khu dân cư ven sông", "Tập trung vào 02 vấn đề trọng tâm sau đây:", "- Nạo vét kênh mương;",
                "- Nâng cấp cống thoát nước.", "Địa điểm: Hội trường Thị ủy", "III. CHƯƠNG TRÌNH", "IV. TỔ CHỨC THỰC HIỆN"),
                List.of("Nơi nhận:", "T/M BAN THƯỜNG VỤ"));
        // The 2022 template fills the purposes, agenda and tasks the draft left empty: they print too.
        OfficePapers.assertInOrder(text, "I. MỤC ĐÍCH, YÊU CẦU", "1. ", "II. CHỦ ĐỀ", "1. Chương trình Hội nghị", "- ",
                "IV. TỔ CHỨC THỰC HIỆN", "1. ", "2. ");
    }

    @Test
    void aStatePlanCarriesTheNationalNameAndTheChairmansSignature() {
        var created = TestPlans.createCommune(TestClock.today().plusDays(30), "Đối thoại về thủ tục đất đai", "07",
                "Cấp giấy chứng nhận quyền sử dụng đất", List.of("Thủ tục một cửa"));
        byte[] pdf = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + created.getLong("id") + "/document.pdf").then()
                .statusCode(200).extract().asByteArray();
        OfficePapers.assertPaper(OfficePapers.pdfText(pdf), List.of("PHƯỜNG BA ĐỒN", "Số 07-KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc"), List.of("KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "IV. TỔ CHỨC THỰC HIỆN"),
                List.of("Nơi nhận:", "CHỦ TỊCH"));
    }

    @Test
    void anotherBodysPlanHasNoDocumentAndCitizensNone() {
        long plan = DemoPlans.plan61();
        for (String path : List.of("/document.docx", "/document.pdf")) {
            given().auth().oauth2(TestTokens.vanphong2()).get("/api/v1/plans/" + plan + path).then().statusCode(404)
                    .contentType(containsString("application/problem+json"));
            given().auth().oauth2(TestTokens.congdan()).get("/api/v1/plans/" + plan + path).then().statusCode(403);
            given().get("/api/v1/plans/" + plan + path).then().statusCode(401);
            given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/999999999" + path).then().statusCode(404);
        }
        // The province's office oversees the ward's plans: it reads their papers.
        given().auth().oauth2(TestTokens.vptinh()).get("/api/v1/plans/" + plan + "/document.pdf").then().statusCode(200);
    }
}
