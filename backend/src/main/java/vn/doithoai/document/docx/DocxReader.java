package vn.doithoai.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import vn.doithoai.document.docx.Layout.Align;
import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Page;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;

/**
 * Reads back the {@link Layout} of a package {@link DocxWriter} wrote (only what it writes: paragraphs, runs, tables,
 * the page and the title), so that a stored paper can be written again, as DOCX and as PDF, with some of its words
 * replaced: an erasure replaces a person's name in an issued paper (ẩn danh hoá) without re-assembling it from records
 * that may have changed since. Stateless and thread-safe.
 */
public final class DocxReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The paper's own entries are a few kilobytes; anything far larger is not one we wrote. */
    private static final int MAX_ENTRY = 16 * 1024 * 1024;

    /** A stored paper: its page, its blocks and its title. */
    public record Paper(Page page, List<Block> blocks, String title) {

        /** The same paper with every run's text passed through {@code words}. */
        public Paper withText(UnaryOperator<String> words) {
            return new Paper(page, blocks.stream().map(b -> mapped(b, words)).toList(), title);
        }

        public byte[] docx() {
            return DocxWriter.write(page, blocks, title);
        }

        public byte[] pdf() {
            return LayoutPdf.write(page, blocks, title);
        }
    }

    private DocxReader() {
    }

    public static Paper read(byte[] docx) {
        Map<String, byte[]> entries = entries(docx);
        byte[] document = entries.get("word/document.xml");
        if (document == null) {
            throw new IllegalArgumentException("not a Word package: word/document.xml is missing");
        }
        Element body = first(parse(document).getDocumentElement(), "body");
        List<Block> blocks = new ArrayList<>();
        Page page = Page.DECREE_30;
        for (Element e : children(body)) {
            switch (e.getLocalName()) {
                case "p" -> {
                    Paragraph p = paragraph(e);
                    if (p != null) {
                        blocks.add(p);
                    }
                }
                case "tbl" -> blocks.add(table(e));
                case "sectPr" -> page = page(e);
                default -> {
                    // nothing else is written
                }
            }
        }
        String title = "";
        byte[] core = entries.get("docProps/core.xml");
        if (core != null) {
            Element t = first(parse(core).getDocumentElement(), "title");
            title = t == null ? "" : t.getTextContent();
        }
        return new Paper(page, blocks, title);
    }

    /** A paragraph as written; null for the empty filler ({@code <w:p/>}) Word wants after a table or in an empty cell. */
    private static Paragraph paragraph(Element p) {
        Element pPr = first(p, "pPr");
        if (pPr == null) {
            return null;
        }
        Element spacing = first(pPr, "spacing");
        Element ind = first(pPr, "ind");
        Element jc = first(pPr, "jc");
        Align align = switch (jc == null ? "left" : attr(jc, "val")) {
            case "center" -> Align.CENTER;
            case "right" -> Align.RIGHT;
            case "both" -> Align.JUSTIFY;
            default -> Align.LEFT;
        };
        List<Run> runs = new ArrayList<>();
        for (Element r : children(p)) {
            if (r.getLocalName().equals("r")) {
                runs.add(run(r));
            }
        }
        return new Paragraph(runs, align, spacing == null ? 0 : number(spacing, "before") / 20f,
                spacing == null ? 0 : number(spacing, "after") / 20f, ind == null ? 0 : mm(number(ind, "firstLine")),
                first(pPr, "keepNext") != null);
    }

    private static Run run(Element r) {
        Element rPr = first(r, "rPr");
        StringBuilder text = new StringBuilder();
        for (Element e : children(r)) {
            switch (e.getLocalName()) {
                case "t" -> text.append(e.getTextContent());
                case "br" -> text.append('\n');
                default -> {
                    // the properties
                }
            }
        }
        Element sz = rPr == null ? null : first(rPr, "sz");
        return new Run(text.toString(), rPr != null && first(rPr, "b") != null, rPr != null && first(rPr, "i") != null,
                rPr != null && first(rPr, "u") != null, sz == null ? Layout.BODY : number(sz, "val") / 2f);
    }

    private static Table table(Element tbl) {
        Element tblPr = first(tbl, "tblPr");
        Element borders = tblPr == null ? null : first(tblPr, "tblBorders");
        Element top = borders == null ? null : first(borders, "top");
        boolean lined = top != null && !"nil".equals(attr(top, "val"));
        List<Float> widths = new ArrayList<>();
        Element grid = first(tbl, "tblGrid");
        if (grid != null) {
            for (Element col : children(grid)) {
                widths.add(mm(number(col, "w")));
            }
        }
        float[] widthsMm = new float[widths.size()];
        for (int i = 0; i < widthsMm.length; i++) {
            widthsMm[i] = widths.get(i);
        }
        int headerRows = 0;
        List<List<Cell>> rows = new ArrayList<>();
        for (Element tr : children(tbl)) {
            if (!tr.getLocalName().equals("tr")) {
                continue;
            }
            Element trPr = first(tr, "trPr");
            if (trPr != null && first(trPr, "tblHeader") != null) {
                headerRows++;
            }
            List<Cell> cells = new ArrayList<>();
            for (Element tc : children(tr)) {
                if (!tc.getLocalName().equals("tc")) {
                    continue;
                }
                Element tcPr = first(tc, "tcPr");
                Element span = tcPr == null ? null : first(tcPr, "gridSpan");
                Element shd = tcPr == null ? null : first(tcPr, "shd");
                List<Paragraph> paragraphs = new ArrayList<>();
                for (Element p : children(tc)) {
                    if (p.getLocalName().equals("p")) {
                        Paragraph read = paragraph(p);
                        if (read != null) {
                            paragraphs.add(read);
                        }
                    }
                }
                cells.add(new Cell(paragraphs, span == null ? 1 : number(span, "val"), shd == null ? null : attr(shd, "fill")));
            }
            rows.add(cells);
        }
        return new Table(widthsMm, lined, headerRows, rows);
    }

    private static Page page(Element sectPr) {
        Element mar = first(sectPr, "pgMar");
        if (mar == null) {
            return Page.DECREE_30;
        }
        return new Page(mm(number(mar, "top")), mm(number(mar, "right")), mm(number(mar, "bottom")), mm(number(mar, "left")));
    }

    private static Block mapped(Block block, UnaryOperator<String> words) {
        return switch (block) {
            case Paragraph p -> mapped(p, words);
            case Table t -> new Table(t.widthsMm(), t.borders(), t.headerRows(), t.rows().stream()
                    .map(row -> row.stream().map(c -> new Cell(c.paragraphs().stream().map(p -> mapped(p, words)).toList(), c.span(), c.fill()))
                            .toList())
                    .toList());
        };
    }

    private static Paragraph mapped(Paragraph p, UnaryOperator<String> words) {
        return new Paragraph(p.runs().stream().map(r -> new Run(words.apply(r.text()), r.isBold(), r.isItalic(), r.isUnderlined(), r.size()))
                .toList(), p.align(), p.spaceBefore(), p.spaceAfter(), p.firstLineIndentMm(), p.keepsWithNext());
    }

    /** Twips back to millimetres: written again, they round to the same twips. */
    private static float mm(int twips) {
        return twips * 25.4f / 1440f;
    }

    private static int number(Element e, String name) {
        String v = attr(e, name);
        return v == null || v.isEmpty() ? 0 : Integer.parseInt(v);
    }

    private static String attr(Element e, String name) {
        return e.hasAttributeNS(W, name) ? e.getAttributeNS(W, name) : null;
    }

    private static Element first(Element parent, String localName) {
        for (Element e : children(parent)) {
            if (e.getLocalName().equals(localName)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    private static Map<String, byte[]> entries(byte[] docx) {
        Map<String, byte[]> out = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] content = zip.readNBytes(MAX_ENTRY + 1);
                if (content.length > MAX_ENTRY) {
                    throw new IllegalArgumentException("entry too large: " + e.getName());
                }
                out.put(e.getName(), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** A namespace-aware parse with no DTD and no external entities. */
    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalArgumentException("not a Word package we wrote", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
