package vn.doithoai.participant.export;

import java.awt.image.BufferedImage;
import java.util.Objects;

import io.nayuki.qrcodegen.QrCode;

/**
 * QR codes for invitation links: error correction MEDIUM (survives a fold or a smudge on a
 * printed letter without making the code much denser) and the 4-module quiet zone the standard
 * requires for reliable scanning. Pure computation: no AWT toolkit, so it works headless.
 */
public final class QrCodes {

    /** Quiet zone in modules on every side (ISO/IEC 18004). */
    static final int BORDER = 4;

    private QrCodes() {
    }

    /**
     * Standalone SVG; one user unit per module so the viewBox lets it scale to any size.
     *
     * @throws IllegalArgumentException if the content does not fit in a QR code
     */
    public static String svg(String content) {
        QrCode qr = encode(content);
        int size = qr.size + BORDER * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            int x = 0;
            while (x < qr.size) {
                if (!qr.getModule(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < qr.size && qr.getModule(x, y)) {
                    x++;
                }
                // One horizontal run of dark modules per subpath keeps the SVG small.
                path.append('M').append(start + BORDER).append(',').append(y + BORDER)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
                + "\" stroke=\"none\" shape-rendering=\"crispEdges\">\n"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n"
                + "<path d=\"" + path + "\" fill=\"#000000\"/>\n"
                + "</svg>\n";
    }

    /**
     * Black-on-white raster, {@code scale} pixels per module, quiet zone included.
     *
     * @throws IllegalArgumentException if scale is below 1 or the content does not fit
     */
    public static BufferedImage image(String content, int scale) {
        if (scale < 1 || scale > 100) {
            throw new IllegalArgumentException("scale must be 1..100, was " + scale);
        }
        QrCode qr = encode(content);
        int size = (qr.size + BORDER * 2) * scale;
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x / scale - BORDER, y / scale - BORDER); // false outside
                img.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        return img;
    }

    /** Shared with the PDF renderer, which draws the modules as vectors. */
    static QrCode encode(String content) {
        Objects.requireNonNull(content, "content");
        return QrCode.encodeText(content, QrCode.Ecc.MEDIUM);
    }
}
