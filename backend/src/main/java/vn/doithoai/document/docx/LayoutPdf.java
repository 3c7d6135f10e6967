package vn.doithoai.document.docx;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Page;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;
import vn.doithoai.participant.export.PdfFonts;

/**
 * The same {@link Layout} as a PDF (OpenPDF, the embedded Liberation Serif fonts, so every Vietnamese diacritic prints
 * and text extraction returns the original). Stateless and thread-safe.
 */
public final class LayoutPdf {

    private static final float MM = 72f / 25.4f;
    /** Word's "multiple 1.2" line spacing, as in {@link DocxWriter}. */
    private static final float LEADING = 1.2f;

    private LayoutPdf() {
    }

    public static byte[] write(Page page, List<Block> blocks, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, page.leftMm() * MM, page.rightMm() * MM, page.topMm() * MM, page.bottomMm() * MM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle(PdfFonts.nfc(title));
        doc.addCreator("Đối Thoại");
        doc.open();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Paragraph p && p.keepsWithNext()) {
                keepWithNext(doc, writer, blocks, i);
            }
            switch (block) {
                case Paragraph p -> doc.add(paragraph(p));
                case Table t -> doc.add(table(t));
            }
        }
        doc.close();
        return out.toByteArray();
    }

    private static org.openpdf.text.Paragraph paragraph(Paragraph p) {
        float size = p.runs().stream().map(Run::size).max(Float::compare).orElse(Layout.BODY);
        org.openpdf.text.Paragraph result = new org.openpdf.text.Paragraph(size * LEADING);
        for (Run r : p.runs()) {
            result.add(new Chunk(PdfFonts.nfc(r.text()), font(r)));
        }
        result.setAlignment(switch (p.align()) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        });
        result.setSpacingBefore(p.spaceBefore());
        result.setSpacingAfter(p.spaceAfter());
        result.setFirstLineIndent(p.firstLineIndentMm() * MM);
        return result;
    }

    /**
     * Word's "keep with next": a new page when the headings from {@code from} on and the first two lines of what
     * follows them do not fit in what is left of this one. (OpenPDF's keep-together would only keep each heading whole.)
     */
    private static void keepWithNext(Document doc, PdfWriter writer, List<Block> blocks, int from) {
        float needed = 0;
        int i = from;
        for (; i < blocks.size() && blocks.get(i) instanceof Paragraph p && p.keepsWithNext(); i++) {
            needed += height(doc, writer, p);
        }
        if (i < blocks.size()) {
            float twoLines = 2 * Layout.BODY * LEADING;
            needed += blocks.get(i) instanceof Paragraph next ? Math.min(height(doc, writer, next), next.spaceBefore() + twoLines)
                    : twoLines;
        }
        if (needed > writer.getVerticalPosition(true) - doc.bottom()) {
            doc.newPage();
        }
    }

    /** The paragraph's height set in the page's width, measured without drawing (a column drops the spacing at its top). */
    private static float height(Document doc, PdfWriter writer, Paragraph p) {
        float top = doc.top();
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.setSimpleColumn(doc.left(), doc.bottom() - 10 * doc.top(), doc.right(), top);
        org.openpdf.text.Paragraph measured = paragraph(p);
        column.addElement(measured);
        column.go(true);
        return measured.getSpacingBefore() + top - column.getYLine() + measured.getSpacingAfter();
    }

    /** Bold italic prints bold: the bundled faces are regular, bold and italic. */
    private static Font font(Run r) {
        Font font = r.isBold() ? PdfFonts.bold(r.size()) : r.isItalic() ? PdfFonts.italic(r.size()) : PdfFonts.regular(r.size());
        if (r.isUnderlined()) {
            font.setStyle(Font.UNDERLINE);
        }
        return font;
    }

    private static PdfPTable table(Table t) {
        PdfPTable table = new PdfPTable(t.widthsMm().length);
        table.setWidthPercentage(100);
        table.setWidths(t.widthsMm());
        table.setHeaderRows(t.headerRows());
        table.setSplitLate(true);
        // Clear of the paragraph above: a PdfPTable ignores the paragraph's spacing after.
        table.setSpacingBefore(7);
        for (List<Cell> row : t.rows()) {
            for (Cell c : row) {
                PdfPCell cell = new PdfPCell();
                cell.setColspan(c.span());
                cell.setUseAscender(true);
                if (t.borders()) {
                    cell.setBorderWidth(0.5f);
                    cell.setPaddingLeft(4);
                    cell.setPaddingRight(4);
                    cell.setPaddingTop(2);
                    cell.setPaddingBottom(4);
                } else {
                    cell.setBorder(Rectangle.NO_BORDER);
                    cell.setPadding(0);
                }
                if (c.fill() != null) {
                    cell.setBackgroundColor(new Color(Integer.parseInt(c.fill(), 16)));
                }
                for (Paragraph p : c.paragraphs()) {
                    cell.addElement(paragraph(p));
                }
                table.addCell(cell);
            }
        }
        return table;
    }
}
