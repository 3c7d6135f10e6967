package vn.doithoai.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PRTokeniser;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfContentParser;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * A PDF as a person reads it: OpenPDF's text extraction page by page, the document properties and link targets, and
 * the QR codes. QR codes are found by painting each page's filled shapes and pictures (not its text) onto a white
 * raster and decoding that with zxing, so a code counts whether it is an embedded picture or drawn as vector
 * rectangles (as the invitation letters draw theirs).
 */
final class PdfReading {

    /** Pixels per PDF point: a 3 cm code of 41 modules gets about 8 pixels a module. */
    private static final double SCALE = 4;

    private PdfReading() {
    }

    static FileText read(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            List<String> qr = new ArrayList<>();
            List<String> unread = new ArrayList<>();
            reader.getInfo().forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
                annotations(reader.getPageN(page), text);
                for (String code : new Painter(reader, page, unread).qrCodes()) {
                    if (!qr.contains(code)) {
                        qr.add(code);
                    }
                }
            }
            PdfDictionary names = reader.getCatalog().getAsDict(PdfName.NAMES);
            if (names != null && names.get(PdfName.EMBEDDEDFILES) != null) {
                unread.add("embedded files");
            }
            if (reader.getCatalog().get(PdfName.ACROFORM) != null) {
                unread.add("form fields");
            }
            return new FileText(FileTexts.PDF, text.toString(), qr, unread);
        } finally {
            reader.close();
        }
    }

    /** Link targets and annotation texts of a page. */
    private static void annotations(PdfDictionary page, StringBuilder text) {
        PdfArray annots = page.getAsArray(PdfName.ANNOTS);
        if (annots == null) {
            return;
        }
        for (int i = 0; i < annots.size(); i++) {
            PdfDictionary a = annots.getAsDict(i);
            if (a == null) {
                continue;
            }
            PdfString contents = a.getAsString(PdfName.CONTENTS);
            if (contents != null) {
                text.append(contents.toUnicodeString()).append('\n');
            }
            PdfDictionary action = a.getAsDict(PdfName.A);
            if (action != null && action.getAsString(PdfName.URI) != null) {
                text.append(action.getAsString(PdfName.URI).toUnicodeString()).append('\n');
            }
        }
    }

    /**
     * Paints one page's fills and pictures: paths (m l c v y h re), fill operators (f F f* B B* b b*), fill colours
     * (g rg k sc scn), the transformation matrix (cm q Q) and XObjects (forms recursively, pictures). Strokes, text and
     * shadings are left out: they never make a QR code, and leaving text out keeps the raster clean.
     */
    private static final class Painter {

        private final PdfReader reader;
        private final List<String> unread;
        private final int page;
        private final BufferedImage image;
        private final Graphics2D g;
        private final Set<PdfObject> visiting = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        private record State(AffineTransform ctm, Color fill) {
        }

        Painter(PdfReader reader, int page, List<String> unread) {
            this.reader = reader;
            this.page = page;
            this.unread = unread;
            var box = reader.getCropBox(page);
            int w = (int) Math.ceil(box.getWidth() * SCALE);
            int h = (int) Math.ceil(box.getHeight() * SCALE);
            image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            g = FileTexts.canvas(image);
            // PDF's y axis points up; the raster's points down.
            g.setTransform(new AffineTransform(SCALE, 0, 0, -SCALE, -box.getLeft() * SCALE, box.getTop() * SCALE));
        }

        List<String> qrCodes() throws IOException {
            try {
                PdfDictionary pageDict = reader.getPageN(page);
                paint(reader.getPageContent(page), pageDict.getAsDict(PdfName.RESOURCES), new AffineTransform());
            } finally {
                g.dispose();
            }
            return FileTexts.qrCodes(image);
        }

        private void paint(byte[] content, PdfDictionary resources, AffineTransform start) throws IOException {
            Deque<State> stack = new ArrayDeque<>();
            State state = new State(new AffineTransform(start), Color.BLACK);
            Path2D.Double path = new Path2D.Double();
            PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
            List<PdfObject> operands = new ArrayList<>();
            while (!parser.parse(operands).isEmpty()) {
                String op = operands.get(operands.size() - 1).toString();
                List<PdfObject> args = operands.subList(0, operands.size() - 1);
                switch (op) {
                    case "q" -> stack.push(state);
                    case "Q" -> state = stack.isEmpty() ? state : stack.pop();
                    case "cm" -> {
                        AffineTransform ctm = new AffineTransform(state.ctm());
                        ctm.concatenate(matrix(args));
                        state = new State(ctm, state.fill());
                    }
                    case "m" -> path.moveTo(num(args, 0), num(args, 1));
                    case "l" -> path.lineTo(num(args, 0), num(args, 1));
                    case "c" -> path.curveTo(num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5));
                    case "v" -> {
                        var p = path.getCurrentPoint();
                        path.curveTo(p.getX(), p.getY(), num(args, 0), num(args, 1), num(args, 2), num(args, 3));
                    }
                    case "y" -> path.curveTo(num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 2), num(args, 3));
                    case "h" -> path.closePath();
                    case "re" -> {
                        double x = num(args, 0);
                        double y = num(args, 1);
                        path.moveTo(x, y);
                        path.lineTo(x + num(args, 2), y);
                        path.lineTo(x + num(args, 2), y + num(args, 3));
                        path.lineTo(x, y + num(args, 3));
                        path.closePath();
                    }
                    case "f", "F", "B", "b" -> path = fill(path, state, Path2D.WIND_NON_ZERO);
                    case "f*", "B*", "b*" -> path = fill(path, state, Path2D.WIND_EVEN_ODD);
                    case "n", "S", "s" -> path = new Path2D.Double();
                    case "g" -> state = new State(state.ctm(), gray(num(args, 0)));
                    case "rg" -> state = new State(state.ctm(), rgb(num(args, 0), num(args, 1), num(args, 2)));
                    case "k" -> state = new State(state.ctm(), cmyk(num(args, 0), num(args, 1), num(args, 2), num(args, 3)));
                    case "sc", "scn" -> state = new State(state.ctm(), switch (numbers(args)) {
                        case 1 -> gray(num(args, 0));
                        case 3 -> rgb(num(args, 0), num(args, 1), num(args, 2));
                        case 4 -> cmyk(num(args, 0), num(args, 1), num(args, 2), num(args, 3));
                        default -> state.fill();
                    });
                    case "Do" -> xObject(resources, (PdfName) args.get(0), state);
                    case "BI" -> unread.add("page " + page + ": an inline image");
                    case "sh" -> unread.add("page " + page + ": a shading");
                    default -> {
                    }
                }
            }
        }

        private Path2D.Double fill(Path2D.Double path, State state, int rule) {
            path.setWindingRule(rule);
            Graphics2D gg = (Graphics2D) g.create();
            try {
                gg.transform(state.ctm());
                gg.setColor(state.fill());
                gg.fill(path);
            } finally {
                gg.dispose();
            }
            return new Path2D.Double();
        }

        private void xObject(PdfDictionary resources, PdfName name, State state) throws IOException {
            PdfDictionary xobjects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            PdfObject ref = xobjects == null ? null : xobjects.get(name);
            PdfObject object = PdfReader.getPdfObject(ref);
            if (!(object instanceof PRStream stream)) {
                return;
            }
            PdfName subtype = stream.getAsName(PdfName.SUBTYPE);
            if (PdfName.FORM.equals(subtype)) {
                if (!visiting.add(stream)) {
                    return;
                }
                AffineTransform ctm = new AffineTransform(state.ctm());
                PdfArray m = stream.getAsArray(PdfName.MATRIX);
                if (m != null) {
                    ctm.concatenate(new AffineTransform(m.getAsNumber(0).doubleValue(), m.getAsNumber(1).doubleValue(),
                            m.getAsNumber(2).doubleValue(), m.getAsNumber(3).doubleValue(), m.getAsNumber(4).doubleValue(),
                            m.getAsNumber(5).doubleValue()));
                }
                PdfDictionary own = stream.getAsDict(PdfName.RESOURCES);
                paint(PdfReader.getStreamBytes(stream), own != null ? own : resources, ctm);
                visiting.remove(stream);
            } else if (PdfName.IMAGE.equals(subtype)) {
                BufferedImage picture = picture(stream, state.fill());
                if (picture == null) {
                    unread.add("page " + page + ": image " + name + " (" + stream.get(PdfName.FILTER) + ", " + stream.get(PdfName.COLORSPACE) + ")");
                    return;
                }
                // A picture fills the unit square of its matrix, its first row at the top.
                AffineTransform at = new AffineTransform(state.ctm());
                at.concatenate(new AffineTransform(1.0 / picture.getWidth(), 0, 0, -1.0 / picture.getHeight(), 0, 1));
                Graphics2D gg = (Graphics2D) g.create();
                try {
                    gg.drawImage(picture, at, null);
                } finally {
                    gg.dispose();
                }
            }
        }

        /**
         * JPEG as it is; CCITT fax (how OpenPDF stores 1-bit pictures) through the JDK's TIFF reader; flate or
         * uncompressed samples in grey or RGB at 8 bits, and 1-bit grey and stencil masks.
         */
        private static BufferedImage picture(PRStream stream, Color fill) throws IOException {
            PdfObject filter = PdfReader.getPdfObject(stream.get(PdfName.FILTER));
            if (filter instanceof PdfArray a && a.size() == 1) {
                filter = a.getAsName(0);
            }
            if (PdfName.DCTDECODE.equals(filter)) {
                return ImageIO.read(new ByteArrayInputStream(PdfReader.getStreamBytesRaw(stream)));
            }
            if (PdfName.CCITTFAXDECODE.equals(filter)) {
                return fax(stream);
            }
            if (filter != null && !PdfName.FLATEDECODE.equals(filter) || stream.get(PdfName.DECODEPARMS) != null) {
                return null;
            }
            int w = stream.getAsNumber(PdfName.WIDTH).intValue();
            int h = stream.getAsNumber(PdfName.HEIGHT).intValue();
            boolean mask = stream.getAsBoolean(PdfName.IMAGEMASK) != null && stream.getAsBoolean(PdfName.IMAGEMASK).booleanValue();
            PdfNumber bpcNumber = stream.getAsNumber(PdfName.BITSPERCOMPONENT);
            int bpc = mask ? 1 : bpcNumber == null ? 8 : bpcNumber.intValue();
            int components = mask ? 1 : components(PdfReader.getPdfObject(stream.get(PdfName.COLORSPACE)));
            if (components == 0 || bpc != 8 && !(bpc == 1 && components == 1)) {
                return null;
            }
            byte[] samples = PdfReader.getStreamBytes(stream);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int rowBytes = (w * components * bpc + 7) / 8;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb;
                    if (bpc == 1) {
                        int at = y * rowBytes + x / 8;
                        boolean one = at < samples.length && (samples[at] >> (7 - x % 8) & 1) == 1;
                        rgb = mask ? (one ? 0xFFFFFF : fill.getRGB() & 0xFFFFFF) : one ? 0xFFFFFF : 0;
                    } else {
                        int at = y * rowBytes + x * components;
                        if (at + components > samples.length) {
                            rgb = 0xFFFFFF;
                        } else if (components == 1) {
                            int v = samples[at] & 0xFF;
                            rgb = v << 16 | v << 8 | v;
                        } else {
                            rgb = (samples[at] & 0xFF) << 16 | (samples[at + 1] & 0xFF) << 8 | samples[at + 2] & 0xFF;
                        }
                    }
                    img.setRGB(x, y, rgb);
                }
            }
            return img;
        }

        /** CCITT group 3 or 4 data wrapped in a one-strip TIFF, which javax.imageio decodes. */
        private static BufferedImage fax(PRStream stream) throws IOException {
            PdfDictionary parms = PdfReader.getPdfObject(stream.get(PdfName.DECODEPARMS)) instanceof PdfDictionary d ? d : new PdfDictionary();
            int k = parms.getAsNumber(PdfName.K) == null ? 0 : parms.getAsNumber(PdfName.K).intValue();
            int columns = parms.getAsNumber(PdfName.COLUMNS) == null ? 1728 : parms.getAsNumber(PdfName.COLUMNS).intValue();
            int rows = parms.getAsNumber(PdfName.ROWS) != null ? parms.getAsNumber(PdfName.ROWS).intValue()
                    : stream.getAsNumber(PdfName.HEIGHT).intValue();
            byte[] data = PdfReader.getStreamBytesRaw(stream);
            // The filter gives black runs as 1 bits with BlackIs1, as 0 bits without; DeviceGray shows 0 as black.
            boolean blackIs1 = parms.getAsBoolean(PdfName.BLACKIS1) != null && parms.getAsBoolean(PdfName.BLACKIS1).booleanValue();
            PdfArray decode = stream.getAsArray(PdfName.DECODE);
            boolean inverted = decode != null && decode.size() == 2 && decode.getAsNumber(0).floatValue() > decode.getAsNumber(1).floatValue();
            int photometric = blackIs1 != inverted ? 1 : 0;
            int[][] tags = { { 256, 4, columns }, { 257, 4, rows }, { 258, 3, 1 }, { 259, 3, k < 0 ? 4 : 3 }, { 262, 3, photometric },
                    { 273, 4, 0 }, { 277, 3, 1 }, { 278, 4, rows }, { 279, 4, data.length }, { k < 0 ? 293 : 292, 4, k > 0 ? 1 : 0 } };
            int dataOffset = 8 + 2 + tags.length * 12 + 4;
            java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(dataOffset + data.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8).putShort((short) tags.length);
            for (int[] t : tags) {
                tiff.putShort((short) t[0]).putShort((short) t[1]).putInt(1);
                int value = t[0] == 273 ? dataOffset : t[2];
                if (t[1] == 3) {
                    tiff.putShort((short) value).putShort((short) 0);
                } else {
                    tiff.putInt(value);
                }
            }
            tiff.putInt(0).put(data);
            return ImageIO.read(new ByteArrayInputStream(tiff.array()));
        }

        private static int components(PdfObject colorSpace) {
            if (PdfName.DEVICEGRAY.equals(colorSpace) || PdfName.CALGRAY.equals(colorSpace)) {
                return 1;
            }
            if (PdfName.DEVICERGB.equals(colorSpace) || PdfName.CALRGB.equals(colorSpace)) {
                return 3;
            }
            if (colorSpace instanceof PdfArray a && PdfName.ICCBASED.equals(a.getAsName(0))
                    && PdfReader.getPdfObject(a.getPdfObject(1)) instanceof PdfDictionary icc) {
                int n = icc.getAsNumber(PdfName.N).intValue();
                return n == 1 || n == 3 ? n : 0;
            }
            return 0;
        }

        private static AffineTransform matrix(List<PdfObject> args) {
            return new AffineTransform(num(args, 0), num(args, 1), num(args, 2), num(args, 3), num(args, 4), num(args, 5));
        }

        private static double num(List<PdfObject> args, int i) {
            return ((PdfNumber) args.get(i)).doubleValue();
        }

        private static int numbers(List<PdfObject> args) {
            return (int) args.stream().filter(PdfNumber.class::isInstance).count();
        }

        private static Color gray(double v) {
            float f = clamp(v);
            return new Color(f, f, f);
        }

        private static Color rgb(double r, double gr, double b) {
            return new Color(clamp(r), clamp(gr), clamp(b));
        }

        private static Color cmyk(double c, double m, double y, double k) {
            return new Color(clamp((1 - c) * (1 - k)), clamp((1 - m) * (1 - k)), clamp((1 - y) * (1 - k)));
        }

        private static float clamp(double v) {
            return (float) Math.max(0, Math.min(1, v));
        }
    }
}
