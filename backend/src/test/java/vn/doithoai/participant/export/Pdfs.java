package vn.doithoai.participant.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Reads rendered PDFs back for assertions. */
public final class Pdfs {

    /** Every Vietnamese letter with every tone, lower and upper case, grouped by base vowel. */
    static final String VIETNAMESE_ALPHABET = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ"
            + " ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đĐ AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ"
            + " ƠỜỚỞỠỢ UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ";

    private Pdfs() {
    }

    public static int pages(byte[] pdf) {
        PdfReader r = reader(pdf);
        try {
            return r.getNumberOfPages();
        } finally {
            r.close();
        }
    }

    /** Text of one page (1-based) with runs of whitespace collapsed to one space. */
    public static String text(byte[] pdf, int page) {
        PdfReader r = reader(pdf);
        try {
            return new PdfTextExtractor(r).getTextFromPage(page).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            r.close();
        }
    }

    /**
     * "BaseFont Subtype Encoding embedded?" for every font used on the page, e.g.
     * "ABCDEF+LiberationSerif Type0 Identity-H embedded".
     */
    static Set<String> fonts(byte[] pdf, int page) {
        PdfReader r = reader(pdf);
        try {
            Set<String> out = new TreeSet<>();
            PdfDictionary resources = r.getPageN(page).getAsDict(PdfName.RESOURCES);
            collectFonts(resources, out);
            return out;
        } finally {
            r.close();
        }
    }

    private static void collectFonts(PdfDictionary resources, Set<String> out) {
        if (resources == null) {
            return;
        }
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                String name = PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString());
                String subtype = PdfName.decodeName(font.getAsName(PdfName.SUBTYPE).toString());
                String encoding = font.getAsName(PdfName.ENCODING) == null ? "-"
                        : PdfName.decodeName(font.getAsName(PdfName.ENCODING).toString());
                boolean embedded = false;
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                if (descendants != null) {
                    PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                    embedded = descriptor != null && descriptor.get(PdfName.FONTFILE2) != null;
                }
                boolean toUnicode = font.get(PdfName.TOUNICODE) != null;
                out.add(name + " " + subtype + " " + encoding + (embedded ? " embedded" : " NOT-embedded")
                        + (toUnicode ? " tounicode" : ""));
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName key : xobjects.getKeys()) {
                PdfDictionary x = xobjects.getAsStream(key);
                if (x != null) {
                    collectFonts(x.getAsDict(PdfName.RESOURCES), out);
                }
            }
        }
    }

    private static PdfReader reader(byte[] pdf) {
        try {
            return new PdfReader(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
