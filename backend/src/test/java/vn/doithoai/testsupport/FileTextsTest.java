package vn.doithoai.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.document.docx.Layout;
import vn.doithoai.document.docx.LayoutPdf;
import vn.doithoai.participant.export.AttendanceSheet;
import vn.doithoai.participant.export.AttendanceSheets;
import vn.doithoai.common.export.Csv;
import vn.doithoai.participant.export.InvitationLetter;
import vn.doithoai.participant.export.InvitationLetters;
import vn.doithoai.participant.export.QrCodes;
import vn.doithoai.common.export.Table;
import vn.doithoai.common.export.Xlsx;

/** The reader the file tests trust: on files made by the application's own writers, with known content. */
class FileTextsTest {

    /** Every Vietnamese vowel with every tone, đ, lower and upper case. */
    static final String ALPHABET = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đĐ"
            + " AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ";
    static final String URL = "https://doithoai.example.vn/xac-nhan/Q2hlY2staW4tdG9rZW4tZm9yLWRvaXRob2FpLWFi_-x";

    @Test
    void pdfLettersGiveTheirVietnameseTextAndTheVectorQrCodeOfEveryPage() {
        List<InvitationLetter> letters = new ArrayList<>();
        List<String> names = List.of("Nguyễn Thị Hường", "Trương Quốc Việt", "Phạm Thị Ngọc Diệp");
        for (int i = 0; i < names.size(); i++) {
            letters.add(letter("Kính gửi: Ông/Bà " + names.get(i), List.of(ALPHABET), URL + "-" + i));
        }
        FileText pdf = FileTexts.read(InvitationLetters.render(letters), "application/pdf");
        for (String group : ALPHABET.split(" ")) {
            assertTrue((" " + pdf.flatText() + " ").contains(" " + group + " "), () -> "missing " + group + " in " + pdf);
        }
        assertTrue(pdf.textContains("Kính gửi: Ông/Bà Phạm Thị Ngọc Diệp") && pdf.textContains("GIẤY MỜI"), pdf::toString);
        assertEquals(List.of(URL + "-0", URL + "-1", URL + "-2"), pdf.qrCodes());
        assertTrue(pdf.contains("Q2hlY2staW4tdG9rZW4tZm9yLWRvaXRob2FpLWFi_-x-2"));
        assertTrue(pdf.unread().isEmpty(), pdf.unread()::toString);
        // The document's own title is text a reader sees too.
        assertTrue(pdf.textContains("Title: Giấy mời"), pdf::toString);
    }

    @Test
    void aPdfWithoutACodeHasNoneAndAMissingNameIsNotFound() {
        FileText pdf = FileTexts.read(InvitationLetters.render(List.of(letter("Kính gửi: Ông/Bà Lê Văn Tám", List.of("Nội dung"), null))),
                "application/pdf");
        assertTrue(pdf.qrCodes().isEmpty(), pdf::toString);
        assertFalse(pdf.contains("Nguyễn Thị Hường"));
        assertTrue(pdf.contains("Lê Văn Tám"));
    }

    @Test
    void aQrCodeEmbeddedAsAPictureInAPdfIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("Mã QR"));
        Image picture = Image.getInstance(QrCodes.image(URL, 3), null);
        picture.scaleAbsolute(90, 90);
        doc.add(picture);
        doc.close();
        FileText pdf = FileTexts.read(out.toByteArray(), null);
        assertEquals("application/pdf", pdf.contentType(), "found by its first bytes");
        assertEquals(List.of(URL), pdf.qrCodes(), pdf::toString);
    }

    @Test
    void markersAreFoundHoweverTheFileWrapsCasesOrComposesThem() {
        String name = "Nguyễn Thị Quỳnh Hương Canary";
        // A long name in a narrow column of the attendance sheet wraps; an official heading upper-cases it.
        var row = new AttendanceSheet.Row(name + " " + name, "Trưởng thôn, Tổ dân phố Quảng Thọ Canary", "Phường Ba Đồn");
        var section = new AttendanceSheet.Section("I. " + name.toUpperCase(java.util.Locale.forLanguageTag("vi")), List.of(row));
        byte[] sheet = AttendanceSheets.render(new AttendanceSheet("THỊ ỦY BA ĐỒN", "DANH SÁCH", null, List.of(section)));
        FileText pdf = FileTexts.read(sheet, "application/pdf");
        assertTrue(pdf.contains(name), pdf::toString);
        assertTrue(pdf.contains(Normalizer.normalize(name, Normalizer.Form.NFD)));
        assertTrue(pdf.contains("tổ dân phố quảng thọ canary"));
        assertFalse(pdf.contains("Nguyễn Thị Quỳnh Hưởng"), "another tone is another name");
        // The page count is drawn into a template (a form XObject) once the document is closed: its text counts too.
        assertTrue(pdf.textContains("Trang 1/1"), pdf::toString);
    }

    @Test
    void wordGivesEveryRunParagraphCellAndItsTitle() {
        List<Layout.Block> blocks = List.of(
                Layout.Paragraph.of(Layout.Run.of("Ý kiến 1: "), Layout.Run.of("Nguyễn ").bold(), Layout.Run.of("Thị Hường").italic()),
                Layout.Paragraph.of(ALPHABET),
                new Layout.Table(new float[] { 40, 120 }, true, 1, List.of(
                        List.of(Layout.Cell.of(Layout.Paragraph.of("STT")), Layout.Cell.of(Layout.Paragraph.of("Họ và tên"))),
                        List.of(Layout.Cell.of(Layout.Paragraph.of("1")), Layout.Cell.of(Layout.Paragraph.of("Trương Quốc Việt"))))));
        FileText docx = FileTexts.read(DocxWriter.write(Layout.Page.DECREE_30, blocks, "Biên bản Đồng Hới"), DocxWriter.MEDIA_TYPE);
        assertTrue(docx.textContains("Ý kiến 1: Nguyễn Thị Hường"), docx::toString);
        assertTrue(docx.text().contains(ALPHABET), docx::toString);
        assertTrue(docx.textContains("Trương Quốc Việt") && docx.textContains("Biên bản Đồng Hới"), docx::toString);
        assertTrue(docx.unread().isEmpty() && docx.qrCodes().isEmpty());

        FileText pdf = FileTexts.read(LayoutPdf.write(Layout.Page.DECREE_30, blocks, "Biên bản Đồng Hới"), "application/pdf");
        assertTrue(pdf.textContains("Ý kiến 1: Nguyễn Thị Hường") && pdf.textContains("Trương Quốc Việt"), pdf::toString);
    }

    @Test
    void spreadsheetsAndCsvGiveEveryCellWithPhonesAsText() {
        Table table = new Table("Danh sách Quảng Thọ", List.of("Họ và tên", "Điện thoại"),
                List.of(List.of("Nguyễn Thị Hường", "0912345678"), List.of("Ỷ Lan Ỹ", "0987654321")));
        FileText xlsx = FileTexts.read(Xlsx.render(table), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertTrue(xlsx.text().contains("Nguyễn Thị Hường\t0912345678"), xlsx::toString);
        assertTrue(xlsx.textContains("Ỷ Lan Ỹ") && xlsx.textContains("0987654321"), xlsx::toString);

        FileText csv = FileTexts.read(Csv.render(table), "text/csv; charset=UTF-8");
        assertTrue(csv.text().startsWith("Họ và tên"), "no byte-order mark in the text: " + csv);
        assertTrue(csv.text().contains("Nguyễn Thị Hường,0912345678"), csv::toString);
    }

    @Test
    void svgAndPngQrCodesAreDecoded() throws Exception {
        FileText svg = FileTexts.read(QrCodes.svg(URL).getBytes(StandardCharsets.UTF_8), "image/svg+xml");
        assertEquals(List.of(URL), svg.qrCodes());
        assertTrue(svg.unread().isEmpty(), svg.unread()::toString);

        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(QrCodes.image("Đối thoại với Nhân dân phường Quảng Thọ", 4), "png", png);
        FileText picture = FileTexts.read(png.toByteArray(), "image/png");
        assertEquals(List.of("Đối thoại với Nhân dân phường Quảng Thọ"), picture.qrCodes());
        assertTrue(picture.qrContains("nhân dân phường quảng thọ"));
    }

    @Test
    void anUnknownFormatIsRefusedNotReadAsEmpty() {
        assertThrows(IllegalArgumentException.class, () -> FileTexts.read(new byte[] { 1, 2, 3 }, "application/x-unknown"));
        assertThrows(IllegalArgumentException.class, () -> FileTexts.read(new byte[] { 1, 2, 3 }, "application/octet-stream"));
    }

    private static InvitationLetter letter(String addressee, List<String> paragraphs, String qr) {
        return new InvitationLetter(false, "ĐẢNG BỘ TỈNH QUẢNG BÌNH", "THỊ ỦY BA ĐỒN", "Số 125-GM/ThU", "Ba Đồn, ngày 18 tháng 11 năm 2022",
                addressee, "Tổ dân phố 3, Phường Ba Đồn", paragraphs, "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG", null, qr,
                qr == null ? null : "Quét mã để xác nhận tham dự");
    }
}
