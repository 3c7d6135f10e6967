package vn.doithoai.document.docx;

import java.util.Arrays;
import java.util.List;

/**
 * A printed document as a few plain blocks (paragraphs and tables) on an A4 page, written once and rendered both as
 * DOCX ({@link DocxWriter}) and PDF ({@link LayoutPdf}). Enough for the papers of a dialogue: the official
 * header, title, body text, tables and the signature block (Nghị định 30/2020/NĐ-CP, Hướng dẫn 36-HD/VPTW).
 */
public final class Layout {

    private Layout() {
    }

    /** Sizes in points; Times New Roman in Word, Liberation Serif (same metrics) in PDF. */
    public static final float BODY = 14f;

    public enum Align {
        LEFT, CENTER, RIGHT, JUSTIFY
    }

    /** A4 portrait with margins in millimetres; Decree 30: top and bottom 20–25, left 30–35, right 15–20. */
    public record Page(float topMm, float rightMm, float bottomMm, float leftMm) {

        public static final Page DECREE_30 = new Page(20, 15, 20, 30);

        public float widthMm() {
            return 210 - leftMm - rightMm;
        }
    }

    public sealed interface Block permits Paragraph, Table {
    }

    /** A run of text in one style; a line break inside the text starts a new line in the same paragraph. */
    public record Run(String text, boolean isBold, boolean isItalic, boolean isUnderlined, float size) {

        public static Run of(String text) {
            return new Run(text, false, false, false, BODY);
        }

        public Run bold() {
            return new Run(text, true, isItalic, isUnderlined, size);
        }

        public Run italic() {
            return new Run(text, isBold, true, isUnderlined, size);
        }

        public Run underline() {
            return new Run(text, isBold, isItalic, true, size);
        }

        public Run size(float points) {
            return new Run(text, isBold, isItalic, isUnderlined, points);
        }
    }

    /**
     * A paragraph: its runs, alignment, spacing before and after (points), first-line indent (mm) and whether it stays
     * on the page of the next block (headings).
     */
    public record Paragraph(List<Run> runs, Align align, float spaceBefore, float spaceAfter, float firstLineIndentMm,
            boolean keepsWithNext) implements Block {

        public static Paragraph of(Run... runs) {
            return new Paragraph(Arrays.asList(runs), Align.LEFT, 0, 0, 0, false);
        }

        public static Paragraph of(String text) {
            return of(Run.of(text));
        }

        public Paragraph align(Align value) {
            return new Paragraph(runs, value, spaceBefore, spaceAfter, firstLineIndentMm, keepsWithNext);
        }

        public Paragraph spacing(float before, float after) {
            return new Paragraph(runs, align, before, after, firstLineIndentMm, keepsWithNext);
        }

        public Paragraph indent(float mm) {
            return new Paragraph(runs, align, spaceBefore, spaceAfter, mm, keepsWithNext);
        }

        public Paragraph keepWithNext() {
            return new Paragraph(runs, align, spaceBefore, spaceAfter, firstLineIndentMm, true);
        }

        /** The text without styles, as a reader would copy it. */
        public String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }
    }

    /** A cell: its paragraphs, how many columns it spans, and a light fill (hex RGB such as "E6E6E6") or null. */
    public record Cell(List<Paragraph> paragraphs, int span, String fill) {

        public static Cell of(Paragraph... paragraphs) {
            return new Cell(Arrays.asList(paragraphs), 1, null);
        }

        public Cell span(int columns) {
            return new Cell(paragraphs, columns, fill);
        }

        public Cell fill(String rgb) {
            return new Cell(paragraphs, span, rgb);
        }
    }

    /**
     * A table filling the text width: column widths in millimetres, borders or none (the header block of an official
     * paper is a borderless two-column table), and how many first rows repeat on every page.
     */
    public record Table(float[] widthsMm, boolean borders, int headerRows, List<List<Cell>> rows) implements Block {
    }
}
