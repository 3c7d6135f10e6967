package vn.doithoai.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The official papers read back as Word and a PDF reader would: Apache POI opens the DOCX (a package Word would
 * refuse throws here) and gives its text, header table included; PDFBox, not the OpenPDF that wrote the PDF, gives the
 * PDF's text. And, when the build is asked for samples ({@code -Dsamples.dir=../docs/samples}), the files are kept.
 */
public final class OfficePapers {

    private OfficePapers() {
    }

    public static String wordText(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            return text.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pdfText(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // By position: OpenPDF writes a table's text after the page's paragraphs, a reader sees it where it stands.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pdfPages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the file under the samples directory when one is given; does nothing otherwise. */
    public static void keepSample(String fileName, byte[] content) {
        String dir = System.getProperty("samples.dir");
        if (dir == null || dir.isBlank()) {
            return;
        }
        try {
            Path target = Path.of(dir).resolve(fileName);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An official paper's text: each part of the header block (two columns, so read in either order) before the body,
     * the body's parts in order, each part of the signature block (recipients beside the signature) after it.
     */
    public static void assertPaper(String rawText, List<String> header, List<String> body, List<String> signature) {
        String text = rawText.replaceAll("\\s+", "");
        String first = body.get(0).replaceAll("\\s+", "");
        int bodyStart = text.indexOf(first);
        if (bodyStart < 0) {
            throw new AssertionError("\"" + first + "\" missing in:\n" + text);
        }
        for (String raw : header) {
            String part = raw.replaceAll("\\s+", "");
            int at = text.indexOf(part);
            if (at < 0 || at > bodyStart) {
                throw new AssertionError("header \"" + part + "\" missing before \"" + first + "\" in:\n" + text);
            }
        }
        assertInOrder(text.substring(bodyStart), body.toArray(String[]::new));
        String last = body.get(body.size() - 1).replaceAll("\\s+", "");
        String tail = text.substring(text.lastIndexOf(last) + last.length());
        for (String raw : signature) {
            String part = raw.replaceAll("\\s+", "");
            if (!tail.contains(part)) {
                throw new AssertionError("signature block \"" + part + "\" missing after the body in:\n" + tail);
            }
        }
    }

    /** Each text is somewhere in the paper (white space aside): for the cells of tables. */
    public static void assertContains(String rawText, List<String> parts) {
        String text = rawText.replaceAll("\\s+", "");
        for (String part : parts) {
            if (!text.contains(part.replaceAll("\\s+", ""))) {
                throw new AssertionError("\"" + part + "\" missing in:\n" + rawText);
            }
        }
    }

    /** The positions of each text in order; fails naming the first one missing or out of order. */
    public static void assertInOrder(String rawText, String... parts) {
        // Lines wrap differently in each reader, and a justified PDF line spaces its letters apart: compare without
        // white space.
        String text = rawText.replaceAll("\\s+", "");
        int from = 0;
        for (String raw : parts) {
            String part = raw.replaceAll("\\s+", "");
            int at = text.indexOf(part, from);
            if (at < 0) {
                throw new AssertionError("\"" + part + "\" missing " + (text.indexOf(part) >= 0 ? "in this order" : "") + " in:\n" + text);
            }
            from = at + part.length();
        }
    }
}
