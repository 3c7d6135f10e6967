package vn.doithoai.participant.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.doithoai.participant.export.AttendanceSheet.Row;
import vn.doithoai.participant.export.AttendanceSheet.Section;

class AttendanceSheetsTest {

    private static final String TITLE = "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ ĐỐI THOẠI";

    private static AttendanceSheet sheet(int... sectionSizes) {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < sectionSizes.length; s++) {
            List<Row> rows = new ArrayList<>();
            for (int i = 1; i <= sectionSizes[s]; i++) {
                rows.add(new Row("Nguyễn Thị Hường " + s + "." + i, "Tổ trưởng tổ dân phố " + i, "Phường Quảng Thọ"));
            }
            sections.add(new Section("Đoàn " + (s + 1) + ": Đại biểu Nhân dân", rows));
        }
        return new AttendanceSheet("THỊ ỦY BA ĐỒN", TITLE,
                "Đối thoại về quản lý đất đai – 7 giờ 30, ngày 25/11/2022", sections);
    }

    @Test
    void headerTitleAndRowsComeBackInVietnamese() {
        byte[] pdf = AttendanceSheets.render(sheet(3));
        assertEquals(1, Pdfs.pages(pdf));
        String text = Pdfs.text(pdf, 1);
        for (String expected : List.of("THỊ ỦY BA ĐỒN", TITLE, "Đối thoại về quản lý đất đai – 7 giờ 30, ngày 25/11/2022",
                "STT", "Họ và tên", "Chức vụ, đơn vị", "Phường, xã", "Ký tên", "Đoàn 1: Đại biểu Nhân dân",
                "Nguyễn Thị Hường 0.1", "Tổ trưởng tổ dân phố 3", "Phường Quảng Thọ", "Trang 1/1")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in: " + text);
        }
    }

    @Test
    void sixtyRowsSpanPagesAndRepeatTheHeaderRow() {
        byte[] pdf = AttendanceSheets.render(sheet(60));
        int pages = Pdfs.pages(pdf);
        assertTrue(pages > 1, "pages: " + pages);
        for (int p = 1; p <= pages; p++) {
            String text = Pdfs.text(pdf, p);
            // The extractor does not always put a space between adjacent cells.
            assertTrue(text.replace(" ", "").contains("STTHọvàtênChứcvụ,đơnvịPhường,xãKýtên"), () -> text);
            assertTrue(text.contains("Trang " + p + "/" + pages), () -> text);
        }
        assertTrue(Pdfs.text(pdf, pages).contains("Nguyễn Thị Hường 0.60"));
        assertFalse(Pdfs.text(pdf, 2).contains(TITLE), "the title is printed once");
    }

    @Test
    void rowsAreTallEnoughToSignIn() {
        // About 1 cm per row: what is left of an A4 page after margins, title and header fits 15 to 25.
        String first = Pdfs.text(AttendanceSheets.render(sheet(60)), 1);
        assertTrue(first.contains("Nguyễn Thị Hường 0.15"), first);
        assertFalse(first.contains("Nguyễn Thị Hường 0.26"), first);
    }

    @Test
    void numberingRestartsInEachSection() {
        byte[] pdf = AttendanceSheets.render(sheet(2, 3));
        String text = Pdfs.text(pdf, 1);
        assertTrue(text.contains("Đoàn 1: Đại biểu Nhân dân 1 Nguyễn Thị Hường 0.1"), text);
        assertTrue(text.contains("Đoàn 2: Đại biểu Nhân dân 1 Nguyễn Thị Hường 1.1"), text);
        assertTrue(text.contains("3 Nguyễn Thị Hường 1.3"), text);
        assertFalse(text.contains("4 Nguyễn Thị Hường"), text);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void noParticipantsStillRendersAValidPdf(int emptySections) {
        AttendanceSheet empty = emptySections == 0 ? new AttendanceSheet(null, TITLE, null, List.of()) : sheet(0);
        byte[] pdf = AttendanceSheets.render(empty);
        assertEquals(1, Pdfs.pages(pdf));
        String text = Pdfs.text(pdf, 1);
        assertTrue(text.contains(TITLE), text);
        assertTrue(text.contains("Chưa có đại biểu nào trong danh sách."), text);
        assertTrue(text.contains("Trang 1/1"), text);
    }

    @Test
    void fontsAreEmbedded() {
        for (String f : Pdfs.fonts(AttendanceSheets.render(sheet(60)), 2)) {
            assertTrue(f.endsWith("Identity-H embedded tounicode"), f);
        }
    }
}
