package vn.doithoai.testsupport;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;

import io.restassured.response.ExtractableResponse;

/**
 * Reads any file the API returns back into what a person could read in it ({@link FileText}): PDF (text of every
 * page, document properties, link targets, and QR codes drawn as vectors or embedded as pictures), DOCX (every
 * part's text runs, properties, external link targets, pictures), XLSX (every cell of every sheet, properties,
 * pictures), CSV and other text as UTF-8, SVG (its text, and the QR code its shapes draw) and PNG/JPEG pictures
 * (their QR codes). Pure Java in the test JVM: OpenPDF, fastexcel-reader and zxing.
 *
 * <p>A format it does not know is refused rather than read as empty, so a test never calls an unread file clean.
 */
public final class FileTexts {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SVG = "image/svg+xml";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private FileTexts() {
    }

    /** The body of a RestAssured response, read as the type its Content-Type header names. */
    public static FileText read(ExtractableResponse<?> response) {
        return read(response.asByteArray(), response.contentType());
    }

    /**
     * The text and QR codes of a file. The content type decides (parameters such as charset are ignored); for a type
     * that does not say (application/octet-stream, none), the first bytes do.
     *
     * @throws IllegalArgumentException for a format it cannot read
     */
    public static FileText read(byte[] content, String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || type.equals("application/octet-stream")) {
            type = sniff(content);
        }
        try {
            return switch (type) {
                case PDF -> PdfReading.read(content);
                case DOCX -> office(content, DOCX);
                case XLSX -> office(content, XLSX);
                case SVG -> svg(content);
                case "image/png", "image/jpeg" -> picture(content, type);
                default -> {
                    if (type.startsWith("text/") || type.equals("application/json") || type.endsWith("+json")
                            || type.equals("application/xml")) {
                        yield new FileText(type, utf8(content), List.of(), List.of());
                    }
                    throw new IllegalArgumentException("FileTexts cannot read " + contentType);
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR codes in a picture, each once, in the order zxing finds them. */
    public static List<String> qrCodes(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        // Light on dark counts too: a picture's colours may come out inverted.
        hints.put(DecodeHintType.ALSO_INVERTED, Boolean.TRUE);
        Set<String> found = new LinkedHashSet<>();
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, hints)) {
                found.add(r.getText());
            }
        } catch (NotFoundException e) {
            // The multi-reader misses some single codes the plain reader finds.
        }
        if (found.isEmpty()) {
            try {
                found.add(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (com.google.zxing.ReaderException e) {
                // No QR code.
            }
        }
        return List.copyOf(found);
    }

    private static String sniff(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 512), StandardCharsets.ISO_8859_1);
        if (head.startsWith("%PDF")) {
            return PDF;
        }
        if (head.startsWith("\u0089PNG")) {
            return "image/png";
        }
        if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return "image/jpeg";
        }
        if (head.startsWith("PK")) {
            return head.contains("word/") ? DOCX : head.contains("xl/") ? XLSX : zipType(b);
        }
        if (head.contains("<svg")) {
            return SVG;
        }
        return "application/octet-stream";
    }

    private static String zipType(byte[] b) {
        for (String name : zip(b).keySet()) {
            if (name.startsWith("word/")) {
                return DOCX;
            }
            if (name.startsWith("xl/")) {
                return XLSX;
            }
        }
        return "application/zip";
    }

    private static String utf8(byte[] content) {
        String s = new String(content, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    // --- Office Open XML ---

    /**
     * Word and Excel files part by part: Word's text runs paragraph by paragraph, Excel's cells row by row (through
     * fastexcel-reader, which resolves shared strings), the properties and comments of both, external link targets,
     * and the pictures' QR codes. Embedded objects cannot be read and are reported.
     */
    private static FileText office(byte[] content, String type) throws IOException {
        Map<String, byte[]> parts = zip(content);
        StringBuilder text = new StringBuilder();
        List<String> qr = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        if (type.equals(XLSX)) {
            try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
                for (Sheet sheet : workbook.getSheets().toList()) {
                    text.append(sheet.getName()).append('\n');
                    for (Row row : sheet.read()) {
                        for (int i = 0; i < row.getCellCount(); i++) {
                            Cell cell = row.getCell(i);
                            text.append(i == 0 ? "" : "\t").append(cell == null || cell.getText() == null ? "" : cell.getText());
                        }
                        text.append('\n');
                    }
                }
            }
        }
        for (var part : parts.entrySet()) {
            String name = part.getKey();
            boolean word = type.equals(DOCX) && name.startsWith("word/") && name.endsWith(".xml") && !name.contains("/_rels/")
                    && !name.startsWith("word/theme/") && !name.equals("word/styles.xml") && !name.equals("word/fontTable.xml")
                    && !name.equals("word/settings.xml") && !name.equals("word/webSettings.xml") && !name.equals("word/numbering.xml");
            if (word) {
                text.append(wordText(part.getValue()));
            } else if (name.startsWith("docProps/") && name.endsWith(".xml") || name.matches("xl/comments\\d*\\.xml")
                    || name.startsWith("xl/threadedComments/")) {
                text.append(allText(part.getValue())).append('\n');
            } else if (name.endsWith(".rels")) {
                externalTargets(part.getValue(), text);
            } else if (name.matches("(word|xl)/media/.*")) {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(part.getValue()));
                if (image == null) {
                    unread.add(name);
                } else {
                    qr.addAll(qrCodes(image));
                }
            } else if (name.matches("(word|xl)/(embeddings|activeX)/.*") || name.endsWith("afchunk.mht")) {
                unread.add(name);
            }
        }
        return new FileText(type, text.toString(), qr, unread);
    }

    /** Word's text: w:t runs joined within a paragraph, tabs and breaks kept, one line per paragraph. */
    private static String wordText(byte[] xml) {
        StringBuilder out = new StringBuilder();
        walkWord(parse(xml).getDocumentElement(), out);
        return out.toString();
    }

    private static void walkWord(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            if (W.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t", "delText", "instrText" -> out.append(e.getTextContent());
                    case "tab" -> out.append('\t');
                    case "br", "cr" -> out.append('\n');
                    case "p" -> {
                        walkWord(e, out);
                        out.append('\n');
                    }
                    case "tc" -> {
                        walkWord(e, out);
                        out.append('\t');
                    }
                    default -> walkWord(e, out);
                }
            } else {
                walkWord(e, out);
            }
        }
    }

    private static void externalTargets(byte[] xml, StringBuilder text) {
        NodeList rels = parse(xml).getElementsByTagNameNS("*", "Relationship");
        for (int i = 0; i < rels.getLength(); i++) {
            Element r = (Element) rels.item(i);
            if ("External".equals(r.getAttribute("TargetMode"))) {
                text.append(r.getAttribute("Target")).append('\n');
            }
        }
    }

    private static String allText(byte[] xml) {
        return parse(xml).getDocumentElement().getTextContent();
    }

    /**
     * The parts of a ZIP package by their central directory: a streamed ZIP (fastexcel's) declares its sizes only after
     * each entry, which ZipInputStream refuses.
     */
    private static Map<String, byte[]> zip(byte[] content) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try {
            Path file = Files.createTempFile("filetexts", ".zip");
            try {
                Files.write(file, content);
                try (ZipFile zip = new ZipFile(file.toFile())) {
                    for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                        if (!e.isDirectory()) {
                            try (var in = zip.getInputStream(e)) {
                                parts.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /** XML without DTDs or external entities: the files come from the system under test. */
    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML", e);
        }
    }

    // --- pictures and SVG ---

    private static FileText picture(byte[] content, String type) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
        if (image == null) {
            return new FileText(type, "", List.of(), List.of("the picture itself"));
        }
        // A picture's text (a photographed letter) would need OCR: only its QR codes are read.
        return new FileText(type, "", qrCodes(image), List.of());
    }

    private static final Pattern PATH_TOKEN = Pattern.compile("[MmLlHhVvZzCcQq]|[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    /**
     * An SVG's text (titles, descriptions, text elements) and the QR code its dark rectangles and paths draw, as
     * qrcodegen writes it ("M4,4h7v1h-7z…" over a white rectangle) or with plain rect elements.
     */
    private static FileText svg(byte[] content) {
        Document doc = parse(content);
        Element root = doc.getDocumentElement();
        List<String> unread = new ArrayList<>();
        double[] box = viewBox(root);
        double scale = Math.max(1, Math.ceil(1000 / Math.max(box[2], box[3])));
        int w = (int) Math.ceil(box[2] * scale) + 1;
        int h = (int) Math.ceil(box[3] * scale) + 1;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas(image);
        g.scale(scale, scale);
        g.translate(-box[0], -box[1]);
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (!e.getAttribute("transform").isEmpty()) {
                unread.add("transform on <" + e.getLocalName() + ">");
            }
            Color fill = svgFill(e);
            if (fill == null) {
                continue;
            }
            switch (e.getLocalName()) {
                case "rect" -> {
                    g.setColor(fill);
                    g.fill(new java.awt.geom.Rectangle2D.Double(length(e, "x", box[2]), length(e, "y", box[3]),
                            length(e, "width", box[2]), length(e, "height", box[3])));
                }
                case "path" -> {
                    g.setColor(fill);
                    g.fill(svgPath(e.getAttribute("d"), unread));
                }
                case "circle", "ellipse", "polygon", "polyline", "line", "image", "use" -> unread.add("<" + e.getLocalName() + ">");
                default -> {
                }
            }
        }
        g.dispose();
        StringBuilder text = new StringBuilder();
        for (String tag : List.of("title", "desc", "text", "metadata")) {
            NodeList nodes = root.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                text.append(nodes.item(i).getTextContent()).append('\n');
            }
        }
        return new FileText(SVG, text.toString(), qrCodes(image), unread);
    }

    private static double[] viewBox(Element root) {
        String vb = root.getAttribute("viewBox").strip();
        if (!vb.isEmpty()) {
            String[] p = vb.split("[\\s,]+");
            return new double[] { Double.parseDouble(p[0]), Double.parseDouble(p[1]), Double.parseDouble(p[2]), Double.parseDouble(p[3]) };
        }
        return new double[] { 0, 0, number(root.getAttribute("width"), 100), number(root.getAttribute("height"), 100) };
    }

    /** The element's own fill, else its parents', else black; null for none or white-ish. */
    private static Color svgFill(Element e) {
        String fill = "";
        for (Node n = e; n instanceof Element el && fill.isEmpty(); n = n.getParentNode()) {
            fill = el.getAttribute("fill").strip().toLowerCase(Locale.ROOT);
            if (fill.isEmpty()) {
                Matcher m = Pattern.compile("fill\\s*:\\s*([^;]+)").matcher(el.getAttribute("style"));
                fill = m.find() ? m.group(1).strip().toLowerCase(Locale.ROOT) : "";
            }
        }
        Color c = switch (fill) {
            case "", "black", "currentcolor" -> Color.BLACK;
            case "none", "transparent" -> null;
            case "white" -> Color.WHITE;
            default -> fill.startsWith("#") ? hex(fill) : Color.BLACK;
        };
        return c;
    }

    private static Color hex(String s) {
        String h = s.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return new Color(Integer.parseInt(h.substring(0, 6), 16));
    }

    private static double length(Element e, String attribute, double whole) {
        String v = e.getAttribute(attribute).strip();
        if (v.endsWith("%")) {
            return whole * Double.parseDouble(v.substring(0, v.length() - 1)) / 100;
        }
        return number(v, 0);
    }

    private static double number(String s, double otherwise) {
        String v = s == null ? "" : s.strip().replaceAll("[a-z]+$", "");
        return v.isEmpty() ? otherwise : Double.parseDouble(v);
    }

    /** Straight lines and Bézier curves, absolute and relative; arcs and shorthand curves are reported unread. */
    private static Path2D svgPath(String d, List<String> unread) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        Matcher m = PATH_TOKEN.matcher(d);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(m.group());
        }
        if (d.matches(".*[AaSsTt].*")) {
            unread.add("SVG path commands A, S or T");
        }
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        char command = 'M';
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z' || command == 'z') {
                    path.closePath();
                    x = startX;
                    y = startY;
                }
                continue;
            }
            boolean rel = Character.isLowerCase(command);
            double ox = rel ? x : 0;
            double oy = rel ? y : 0;
            switch (Character.toUpperCase(command)) {
                case 'M' -> {
                    x = ox + Double.parseDouble(tokens.get(i++));
                    y = oy + Double.parseDouble(tokens.get(i++));
                    path.moveTo(x, y);
                    startX = x;
                    startY = y;
                    // Further pairs after a move are lines.
                    command = rel ? 'l' : 'L';
                }
                case 'L' -> {
                    x = ox + Double.parseDouble(tokens.get(i++));
                    y = oy + Double.parseDouble(tokens.get(i++));
                    path.lineTo(x, y);
                }
                case 'H' -> {
                    x = ox + Double.parseDouble(tokens.get(i++));
                    path.lineTo(x, y);
                }
                case 'V' -> {
                    y = oy + Double.parseDouble(tokens.get(i++));
                    path.lineTo(x, y);
                }
                case 'C' -> {
                    double[] p = new double[6];
                    for (int k = 0; k < 6; k++) {
                        p[k] = (k % 2 == 0 ? ox : oy) + Double.parseDouble(tokens.get(i++));
                    }
                    path.curveTo(p[0], p[1], p[2], p[3], p[4], p[5]);
                    x = p[4];
                    y = p[5];
                }
                case 'Q' -> {
                    double[] p = new double[4];
                    for (int k = 0; k < 4; k++) {
                        p[k] = (k % 2 == 0 ? ox : oy) + Double.parseDouble(tokens.get(i++));
                    }
                    path.quadTo(p[0], p[1], p[2], p[3]);
                    x = p[2];
                    y = p[3];
                }
                default -> i++;
            }
        }
        return path;
    }

    /** A white canvas, drawn without anti-aliasing so module edges stay sharp. */
    static Graphics2D canvas(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        return g;
    }
}
