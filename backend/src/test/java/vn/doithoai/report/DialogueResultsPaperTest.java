package vn.doithoai.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.document.docx.Layout;
import vn.doithoai.document.docx.LayoutPdf;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.report.DialogueResultsFigures.Dialogue;
import vn.doithoai.report.DialogueResultsFigures.Feedback;
import vn.doithoai.report.DialogueResultsFigures.Line;
import vn.doithoai.report.DialogueResultsFigures.Rulings;
import vn.doithoai.report.DialogueResultsFigures.UnitOverdue;
import vn.doithoai.testsupport.OfficePapers;

/**
 * The report's paper and workbook from figures made here: the layout (header block, number, BÁO CÁO, sections I–IV,
 * signature block) read back by Apache POI and PDFBox, and every figure in the workbook's cells.
 */
class DialogueResultsPaperTest {

    private static final DialogueResultsFigures FIGURES = new DialogueResultsFigures(List.of("Đảng ủy phường Ba Đồn"),
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
            List.of(new Dialogue(LocalDate.of(2026, 3, 20), "Đối thoại về chỉnh trang đô thị", "12-KH/ĐU", "Hội trường phường",
                    "đồng chí Bí thư Đảng ủy phường", "Đảng ủy phường Ba Đồn", 57, 43)),
            new Feedback(31, 24, List.of(new Line("Thoát nước đô thị", 17), new Line("Chưa phân loại", 14)),
                    List.of(new Line("Đã giao đơn vị trả lời", 19), new Line("Trả lời đã được duyệt", 12)),
                    List.of(new Line("Kiến nghị", 20), new Line("Phản ánh", 11)), List.of(new Line("Nêu tại hội nghị", 31)), 12, 6.5, 13.0, 4,
                    3),
            new Rulings(9, List.of(new Line("Giao giải quyết", 7), new Line("Đã giải thích tại hội nghị", 2)),
                    List.of(new Line("Đã ban hành", 8), new Line("Dự thảo", 1)), List.of(new Line("Đang thực hiện", 5)), 7, 3, 2, 1, 66.7, 2,
                    List.of(new UnitOverdue("Phòng Kinh tế phường", 2, 11))));

    private static final DialogueResultsPaper.Context CONTEXT = new DialogueResultsPaper.Context(
            new OfficialPaper.Issuer(null, "ĐẢNG ỦY PHƯỜNG BA ĐỒN", true), "Số 15-BC/ĐU", "Ba Đồn, ngày 05 tháng 7 năm 2026",
            "Ban Thường vụ Đảng ủy phường Ba Đồn", List.of("Ban Thường vụ Tỉnh ủy (b/c);", "Lưu Văn phòng."));

    private static final List<String> HEADER = List.of("ĐẢNG ỦY PHƯỜNG BA ĐỒN", "Số 15-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Ba Đồn, ngày 05 tháng 7 năm 2026");
    private static final List<String> BODY = List.of("BÁO CÁO",
            "Kết quả tổ chức đối thoại trực tiếp với Nhân dân từ ngày 01/01/2026 đến ngày 30/06/2026",
            "I. CÁC CUỘC ĐỐI THOẠI ĐÃ TỔ CHỨC", "đã tổ chức 1 cuộc đối thoại với 43 lượt", "II. KẾT QUẢ ĐỐI THOẠI", "Tổng số ý kiến, kiến nghị, phản ánh tiếp nhận: 31 (cùng kỳ năm trước: 24) (20 kiến nghị, 11 phản ánh)",
            "4 nội dung đã được phản ánh tại kỳ đối thoại trước (3 nội dung", "Theo lĩnh vực", "Theo tình trạng xử lý", "trả lời được phê duyệt: 12/31", "trung vị 6,5 ngày, 90% số ý kiến trong vòng 13,0 ngày",
            "Tổng số kết luận: 9 (7 giao giải quyết, 2 đã giải thích tại hội nghị)", "đúng hạn 2, trễ hạn 1 (tỷ lệ đúng hạn 66,7%)",
            "Số kết luận quá hạn đến ngày lập báo cáo: 2", "Đơn vị chủ trì",
            "III. ĐÁNH GIÁ CHUNG", "(tăng 7 so với cùng kỳ)", "tập trung nhiều nhất ở lĩnh vực \"Thoát nước đô thị\" (17)",
            "Đánh giá, nhận xét của Văn phòng:", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "khẩn trương thực hiện");
    /** Inside tables, where a reader may interleave the lines of a row's cells: each is there. */
    private static final List<String> CELLS = List.of("20/03/2026", "chỉnh trang", "Hội trường",
            "43/57", "Thoát nước đô thị", "Đã giao đơn vị trả lời", "Phòng Kinh tế phường");
    private static final List<String> SIGNATURE = List.of("Nơi nhận:", "Ban Thường vụ Tỉnh ủy (b/c);", "T/M BAN THƯỜNG VỤ", "BÍ THƯ");

    @Test
    void thePaperIsLaidOutLikeAnOfficialReportInWordAndPdf() {
        var blocks = DialogueResultsPaper.blocks(CONTEXT, FIGURES);
        byte[] docx = DocxWriter.write(Layout.Page.DECREE_30, blocks, "Báo cáo");
        String word = OfficePapers.wordText(docx);
        OfficePapers.assertPaper(word, HEADER, BODY, SIGNATURE);
        OfficePapers.assertContains(word, CELLS);
        byte[] pdf = LayoutPdf.write(Layout.Page.DECREE_30, blocks, "Báo cáo");
        String text = OfficePapers.pdfText(pdf);
        OfficePapers.assertPaper(text, HEADER, BODY, SIGNATURE);
        OfficePapers.assertContains(text, CELLS);
    }

    @Test
    void aPeriodWithoutDialoguesSaysSo() {
        var empty = new DialogueResultsFigures(List.of("Đảng ủy phường Bắc Gianh"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                List.of(), new Feedback(0, 0, List.of(), List.of(), List.of(), List.of(), 0, null, null, 0, 0),
                new Rulings(0, List.of(), List.of(), List.of(), 0, 0, 0, 0, null, 0, List.of()));
        String text = OfficePapers.wordText(DocxWriter.write(Layout.Page.DECREE_30, DialogueResultsPaper.blocks(CONTEXT, empty), "Báo cáo"));
        OfficePapers.assertInOrder(text, "I. CÁC CUỘC ĐỐI THOẠI ĐÃ TỔ CHỨC", "Trong kỳ báo cáo không tổ chức cuộc đối thoại nào.",
                "trả lời được phê duyệt: 0/0.", "Số kết luận quá hạn đến ngày lập báo cáo: 0.", "III. ĐÁNH GIÁ CHUNG",
                "không có kết luận quá hạn.", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "1. ……");
    }

    @Test
    void theWorkbookCarriesTheSameFiguresAsNumbers() throws IOException {
        byte[] xlsx = DialogueResultsWorkbook.write("Báo cáo kết quả đối thoại", FIGURES);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheets = wb.getSheets().toList();
            assertEquals(List.of("Tổng hợp", "Cuộc đối thoại", "Ý kiến, kiến nghị", "Kết luận", "Quá hạn theo đơn vị"),
                    sheets.stream().map(s -> s.getName()).toList());
            List<String> summary = cells(sheets.get(0).read());
            assertTrue(summary.containsAll(List.of("Ý kiến, kiến nghị tiếp nhận=31", "Cùng kỳ năm trước=24", "Đã có trả lời được phê duyệt=12",
                    "Thời gian trả lời, trung vị (ngày)=6.5", "Kết luận=9", "Đúng hạn=2", "Trễ hạn=1", "Tỷ lệ đúng hạn (%)=66.7",
                    "Kết luận quá hạn đến ngày lập báo cáo=2", "Số cuộc đối thoại đã tổ chức=1", "Lượt đại biểu và Nhân dân tham dự=43")),
                    summary.toString());
            List<Row> dialogues = sheets.get(1).read();
            assertEquals("Đối thoại về chỉnh trang đô thị", dialogues.get(1).getCellText(2));
            assertEquals("57", dialogues.get(1).getCellText(7));
            assertEquals("43", dialogues.get(1).getCellText(8));
            List<String> feedback = new ArrayList<>();
            for (Row r : sheets.get(2).read()) {
                feedback.add(r.getCellText(0) + "|" + r.getCellText(1) + "|" + r.getCellText(2));
            }
            assertTrue(feedback.containsAll(List.of("Theo lĩnh vực|Thoát nước đô thị|17", "Theo lĩnh vực|Chưa phân loại|14",
                    "Theo tình trạng xử lý|Đã giao đơn vị trả lời|19", "Theo loại|Phản ánh|11", "Theo nguồn tiếp nhận|Nêu tại hội nghị|31")),
                    feedback.toString());
            List<Row> overdue = sheets.get(4).read();
            assertEquals("Phòng Kinh tế phường|2|11",
                    overdue.get(1).getCellText(0) + "|" + overdue.get(1).getCellText(1) + "|" + overdue.get(1).getCellText(2));
        }
    }

    /** "label=value" for each row of two cells. */
    private static List<String> cells(List<Row> rows) {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.getCellCount() >= 2) {
                out.add(r.getCellText(0) + "=" + r.getCellText(1));
            }
        }
        return out;
    }
}
