package vn.doithoai.participant.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Font;
import java.io.InputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfFontsTest {

    /** Guards against swapping in Liberation 1.x, which has no Ơ Ư or Latin Extended Additional. */
    @ParameterizedTest
    @ValueSource(strings = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf"})
    void bundledFontCoversTheWholeVietnameseAlphabet(String file) throws Exception {
        try (InputStream in = PdfFontsTest.class.getResourceAsStream("/fonts/" + file)) {
            assertNotNull(in, file + " on the classpath");
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            StringBuilder missing = new StringBuilder();
            Pdfs.VIETNAMESE_ALPHABET.codePoints().filter(c -> c != ' ' && !font.canDisplay(c))
                    .forEach(missing::appendCodePoint);
            for (int c = 0x1EA0; c <= 0x1EF9; c++) {
                if (!font.canDisplay(c)) {
                    missing.appendCodePoint(c);
                }
            }
            assertEquals("", missing.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"README", "OFL.txt"})
    void licenceTravelsWithTheFonts(String file) {
        assertNotNull(PdfFontsTest.class.getResource("/fonts/" + file));
    }
}
