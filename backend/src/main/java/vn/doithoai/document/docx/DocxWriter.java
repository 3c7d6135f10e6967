package vn.doithoai.document.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Page;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;

/**
 * A {@link Layout} as a minimal WordprocessingML package (.docx) written with java.util.zip: content types, the
 * package relationship, the document and its styles (Times New Roman 14 pt, A4, the page's margins). Opens in Word
 * and LibreOffice; no library, so nothing to keep up to date. Stateless and thread-safe.
 */
public final class DocxWriter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private DocxWriter() {
    }

    public static byte[] write(Page page, List<Block> blocks, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            // Content types first: some readers sniff the package by its first entry.
            put(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                    + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "</Relationships>");
            put(zip, "docProps/core.xml", XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + escape(title) + "</dc:title>"
                    + "<dc:creator>Đối Thoại</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>");
            put(zip, "word/_rels/document.xml.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "</Relationships>");
            put(zip, "word/styles.xml", styles());
            put(zip, "word/document.xml", document(page, blocks));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String styles() {
        return XML + "<w:styles xmlns:w=\"" + W + "\"><w:docDefaults><w:rPrDefault><w:rPr>"
                + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
                + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"288\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>"
                + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:tblPr>"
                + "<w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
                + "</w:styles>";
    }

    private static String document(Page page, List<Block> blocks) {
        StringBuilder b = new StringBuilder(XML).append("<w:document xmlns:w=\"").append(W).append("\"><w:body>");
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> paragraph(b, p);
                case Table t -> table(b, t);
            }
        }
        // Word wants the body to end in a paragraph, not a table.
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1) instanceof Table) {
            b.append("<w:p/>");
        }
        b.append("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"").append(twips(page.topMm()))
                .append("\" w:right=\"").append(twips(page.rightMm())).append("\" w:bottom=\"").append(twips(page.bottomMm()))
                .append("\" w:left=\"").append(twips(page.leftMm()))
                .append("\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>");
        return b.toString();
    }

    private static void paragraph(StringBuilder b, Paragraph p) {
        b.append("<w:p><w:pPr>");
        if (p.keepsWithNext()) {
            b.append("<w:keepNext/>");
        }
        b.append("<w:spacing w:before=\"").append(Math.round(p.spaceBefore() * 20)).append("\" w:after=\"")
                .append(Math.round(p.spaceAfter() * 20)).append("\"/>");
        if (p.firstLineIndentMm() > 0) {
            b.append("<w:ind w:firstLine=\"").append(twips(p.firstLineIndentMm())).append("\"/>");
        }
        b.append("<w:jc w:val=\"").append(switch (p.align()) {
            case LEFT -> "left";
            case CENTER -> "center";
            case RIGHT -> "right";
            case JUSTIFY -> "both";
        }).append("\"/></w:pPr>");
        for (Run r : p.runs()) {
            run(b, r);
        }
        b.append("</w:p>");
    }

    private static void run(StringBuilder b, Run r) {
        b.append("<w:r><w:rPr>");
        if (r.isBold()) {
            b.append("<w:b/><w:bCs/>");
        }
        if (r.isItalic()) {
            b.append("<w:i/><w:iCs/>");
        }
        int half = Math.round(r.size() * 2);
        b.append("<w:sz w:val=\"").append(half).append("\"/><w:szCs w:val=\"").append(half).append("\"/>");
        if (r.isUnderlined()) {
            b.append("<w:u w:val=\"single\"/>");
        }
        b.append("</w:rPr>");
        String[] lines = (r.text() == null ? "" : r.text()).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append("<w:br/>");
            }
            b.append("<w:t xml:space=\"preserve\">").append(escape(lines[i])).append("</w:t>");
        }
        b.append("</w:r>");
    }

    private static void table(StringBuilder b, Table t) {
        int total = 0;
        for (float w : t.widthsMm()) {
            total += twips(w);
        }
        String line = t.borders() ? "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"" : "w:val=\"nil\"";
        b.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : new String[] { "top", "left", "bottom", "right", "insideH", "insideV" }) {
            b.append("<w:").append(side).append(' ').append(line).append("/>");
        }
        b.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/>");
        if (!t.borders()) {
            b.append("<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>");
        }
        b.append("</w:tblPr><w:tblGrid>");
        for (float w : t.widthsMm()) {
            b.append("<w:gridCol w:w=\"").append(twips(w)).append("\"/>");
        }
        b.append("</w:tblGrid>");
        for (int row = 0; row < t.rows().size(); row++) {
            b.append("<w:tr>");
            if (row < t.headerRows()) {
                b.append("<w:trPr><w:tblHeader/></w:trPr>");
            } else {
                b.append("<w:trPr><w:cantSplit/></w:trPr>");
            }
            int column = 0;
            for (Cell c : t.rows().get(row)) {
                int width = 0;
                for (int i = column; i < Math.min(column + c.span(), t.widthsMm().length); i++) {
                    width += twips(t.widthsMm()[i]);
                }
                column += c.span();
                b.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
                if (c.span() > 1) {
                    b.append("<w:gridSpan w:val=\"").append(c.span()).append("\"/>");
                }
                if (c.fill() != null) {
                    b.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(c.fill()).append("\"/>");
                }
                b.append("</w:tcPr>");
                if (c.paragraphs().isEmpty()) {
                    b.append("<w:p/>");
                }
                c.paragraphs().forEach(p -> paragraph(b, p));
                b.append("</w:tc>");
            }
            b.append("</w:tr>");
        }
        b.append("</w:tbl>");
    }

    static int twips(float mm) {
        return Math.round(mm * 1440f / 25.4f);
    }

    /** Composed Vietnamese letters, XML-escaped, without the control characters XML 1.0 forbids. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        String text = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
