package vn.doithoai.participant.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class QrCodesTest {

    /** A check-in link with a 32-byte random token in base64url (43 characters). */
    static final String CHECK_IN_URL =
            "https://doithoai.example.vn/tham-du/xac-nhan?t=Q2hlY2staW4tdG9rZW4tZm9yLWRvaXRob2FpLWFi_-x";

    @ParameterizedTest
    @ValueSource(strings = {"https://doithoai.example.vn/", CHECK_IN_URL, "Đối thoại với Nhân dân phường Quảng Thọ"})
    void imageDecodesBackToTheContent(String content) throws Exception {
        assertEquals(43, CHECK_IN_URL.substring(CHECK_IN_URL.indexOf("t=") + 2).length());
        assertEquals(content, decode(QrCodes.image(content, 4)));
    }

    @Test
    void imageHasTheQuietZoneAndScale() {
        BufferedImage img = QrCodes.image(CHECK_IN_URL, 3);
        int modules = img.getWidth() / 3;
        assertEquals(img.getWidth(), img.getHeight());
        assertEquals(0, img.getWidth() % 3);
        // The 4-module border is white all round; the finder pattern starts right after it.
        for (int i = 0; i < 4 * 3; i++) {
            assertEquals(0xFFFFFF, img.getRGB(i, i) & 0xFFFFFF);
            assertEquals(0xFFFFFF, img.getRGB(img.getWidth() - 1 - i, i) & 0xFFFFFF);
        }
        assertEquals(0x000000, img.getRGB(4 * 3, 4 * 3) & 0xFFFFFF);
        assertTrue(modules >= 21 + 8);
    }

    @Test
    void svgIsWellFormedXmlWithAViewBoxIncludingTheQuietZone() throws Exception {
        String svg = QrCodes.svg(CHECK_IN_URL);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        assertEquals("crispEdges", root.getAttribute("shape-rendering"));
        int modules = QrCodes.encode(CHECK_IN_URL).size + 8;
        assertEquals("0 0 " + modules + " " + modules, root.getAttribute("viewBox"));
        assertEquals(1, doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength());
    }

    @Test
    void svgAndImageDrawTheSameModules() throws Exception {
        // Rasterise the SVG path by hand (it only uses M x,y h n v1 h-n z) and decode it.
        String svg = QrCodes.svg(CHECK_IN_URL);
        int size = QrCodes.encode(CHECK_IN_URL).size + 8;
        BufferedImage img = new BufferedImage(size * 4, size * 4, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, 0xFFFFFF);
            }
        }
        String d = svg.substring(svg.indexOf(" d=\"") + 4, svg.indexOf('"', svg.indexOf(" d=\"") + 4));
        var m = java.util.regex.Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-\\d+z").matcher(d);
        while (m.find()) {
            int x0 = Integer.parseInt(m.group(1));
            int y0 = Integer.parseInt(m.group(2));
            int n = Integer.parseInt(m.group(3));
            for (int px = x0 * 4; px < (x0 + n) * 4; px++) {
                for (int py = y0 * 4; py < (y0 + 1) * 4; py++) {
                    img.setRGB(px, py, 0);
                }
            }
        }
        assertEquals(CHECK_IN_URL, decode(img));
    }

    @Test
    void rejectsBadScaleAndOversizedContent() {
        assertThrows(IllegalArgumentException.class, () -> QrCodes.image("x", 0));
        assertThrows(IllegalArgumentException.class, () -> QrCodes.svg("x".repeat(5000)));
    }

    static String decode(BufferedImage img) throws Exception {
        int w = img.getWidth();
        int h = img.getHeight();
        int[] pixels = img.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }
}
