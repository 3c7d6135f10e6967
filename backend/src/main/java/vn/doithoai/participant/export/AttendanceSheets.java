package vn.doithoai.participant.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The printed sign-in sheet of a dialogue session: A4 portrait, one table whose header row
 * repeats on every page, a heading row per section with numbering restarting at 1, rows about
 * 1 cm tall so there is room to sign, and "Trang x/y" centred in the footer.
 *
 * <p>A sheet with no participants still renders (title plus a "no participants" line), so a
 * download endpoint never has to special-case it. Stateless and thread-safe.
 */
public final class AttendanceSheets {

    private static final float CM = InvitationLetters.CM;
    private static final float TEXT = 12f;
    static final String[] HEADERS = {"STT", "Họ và tên", "Chức vụ, đơn vị", "Phường, xã", "Ký tên"};
    /** In cm, adding up to the 17.5 cm between the margins; "Phường Quảng Thọ" fits on one line. */
    private static final float[] WIDTHS = {1.1f, 4.4f, 4.6f, 3.7f, 3.7f};
    private static final float ROW_HEIGHT = 1.05f * CM;
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    private static final Color SECTION_FILL = new Color(0xF4, 0xF4, 0xF4);

    private AttendanceSheets() {
    }

    public static byte[] render(AttendanceSheet sheet) {
        Objects.requireNonNull(sheet, "sheet");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 2f * CM, 1.5f * CM, 1.5f * CM, 2f * CM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageNumbers());
        doc.addTitle(PdfFonts.nfc(sheet.title()));
        doc.addCreator("Đối Thoại");
        doc.open();

        if (!PdfFonts.isBlank(sheet.issuingBody())) {
            doc.add(new Paragraph(PdfFonts.nfc(sheet.issuingBody()), PdfFonts.bold(13)));
        }
        Paragraph title = new Paragraph(PdfFonts.nfc(sheet.title()), PdfFonts.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(12);
        doc.add(title);
        if (!PdfFonts.isBlank(sheet.subtitle())) {
            Paragraph subtitle = new Paragraph(16, PdfFonts.nfc(sheet.subtitle()), PdfFonts.italic(13));
            subtitle.setAlignment(Element.ALIGN_CENTER);
            doc.add(subtitle);
        }

        boolean anyRow = sheet.sections().stream().anyMatch(s -> !s.rows().isEmpty());
        if (anyRow) {
            doc.add(table(sheet));
        } else {
            Paragraph none = new Paragraph("Chưa có đại biểu nào trong danh sách.", PdfFonts.italic(TEXT));
            none.setSpacingBefore(18);
            doc.add(none);
        }
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable table(AttendanceSheet sheet) {
        PdfPTable t = InvitationLetters.table(WIDTHS);
        t.setSpacingBefore(14);
        t.setHeaderRows(1);
        t.setSplitLate(true);
        for (String h : HEADERS) {
            PdfPCell c = cell(h, PdfFonts.bold(TEXT), Element.ALIGN_CENTER);
            c.setBackgroundColor(HEADER_FILL);
            c.setMinimumHeight(0.8f * CM);
            t.addCell(c);
        }
        Font text = PdfFonts.regular(TEXT);
        for (AttendanceSheet.Section section : sheet.sections()) {
            if (section.rows().isEmpty()) {
                continue;
            }
            if (!PdfFonts.isBlank(section.heading())) {
                PdfPCell c = cell(section.heading(), PdfFonts.bold(TEXT), Element.ALIGN_LEFT);
                c.setColspan(HEADERS.length);
                c.setBackgroundColor(SECTION_FILL);
                c.setMinimumHeight(0.8f * CM);
                t.addCell(c);
            }
            int n = 1;
            for (AttendanceSheet.Row row : section.rows()) {
                t.addCell(cell(Integer.toString(n++), text, Element.ALIGN_CENTER));
                t.addCell(cell(row.fullName(), text, Element.ALIGN_LEFT));
                t.addCell(cell(row.position(), text, Element.ALIGN_LEFT));
                t.addCell(cell(row.place(), text, Element.ALIGN_LEFT));
                t.addCell(cell("", text, Element.ALIGN_LEFT));
            }
        }
        return t;
    }

    private static PdfPCell cell(String text, Font font, int align) {
        PdfPCell c = new PdfPCell(new Phrase(font.getSize() * 1.2f, PdfFonts.nfc(text), font));
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setMinimumHeight(ROW_HEIGHT);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        c.setPaddingTop(3);
        c.setPaddingBottom(5);
        c.setUseAscender(true);
        return c;
    }

    /**
     * "Trang x/y": y is unknown until the document closes, so every footer shares a template
     * that is filled with the page count at close (the usual OpenPDF idiom, no second pass).
     */
    private static final class PageNumbers extends PdfPageEventHelper {

        private static final float SIZE = 10f;
        private final BaseFont font = PdfFonts.REGULAR;
        private PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(font.getWidthPoint("0000", SIZE), SIZE * 1.5f);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = "Trang " + writer.getPageNumber() + "/";
            float width = font.getWidthPoint(text + "00", SIZE);
            float x = (document.left() + document.right() - width) / 2;
            float y = document.bottom() - 1.1f * CM;
            PdfContentByte cb = writer.getDirectContent();
            cb.beginText();
            cb.setFontAndSize(font, SIZE);
            cb.setTextMatrix(x, y);
            cb.showText(text);
            cb.endText();
            cb.addTemplate(total, x + font.getWidthPoint(text, SIZE), y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
