package vn.doithoai.participant.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Liberation Serif 2.x (Times New Roman metrics, full Vietnamese coverage, SIL OFL) loaded from
 * the classpath, because the app runs from a jar on machines with no system fonts. Identity-H
 * encoding embeds a subset with a ToUnicode map, so every diacritic prints and text extraction
 * (search, copy, screen readers) returns the original Vietnamese.
 *
 * <p>The fonts are parsed once per JVM on first use (~1 MB of TTF, a few tens of milliseconds)
 * and then shared: a BaseFont keeps per-document glyph usage in the writer, not in itself.
 */
public final class PdfFonts {

    static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");

    private PdfFonts() {
    }

    public static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    public static Font bold(float size) {
        return new Font(BOLD, size);
    }

    public static Font italic(float size) {
        return new Font(ITALIC, size);
    }

    /**
     * Text typed on some keyboards arrives decomposed (base letter + combining marks). The
     * renderer does no mark positioning, so compose to the precomposed Vietnamese letters first.
     */
    public static String nfc(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static BaseFont load(String file) {
        String resource = "/fonts/" + file;
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the classpath: " + resource);
            }
            // cached=false: we hold the instance ourselves; the name must end in .ttf for OpenPDF.
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load font " + resource, e);
        }
    }
}
