package vn.doithoai.participant.export;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import io.nayuki.qrcodegen.QrCode;

/**
 * Invitation letters as one printable PDF, one letter per A4 page, laid out like a Party
 * document (Hướng dẫn 36-HD/VPTW): the issuing-body / "ĐẢNG CỘNG SẢN VIỆT NAM" header, the
 * centred title, justified 14 pt body, the signature block on the right and the check-in QR code
 * (vector, ~3 cm) with its caption on the left. A letter whose body is too long for one page
 * continues on the next, so the page count equals the letter count only for letters that fit.
 *
 * <p>An empty list renders a one-page PDF saying there is nothing to print, so a download
 * endpoint never has to special-case it. Stateless and thread-safe.
 */
public final class InvitationLetters {

    static final float CM = 72f / 2.54f;
    private static final float BODY = 14f;
    private static final float QR_SIZE = 3 * CM;
    /** Room for a handwritten signature and a stamp. */
    private static final float SIGNATURE_SPACE = 2.3f * CM;

    private InvitationLetters() {
    }

    public static byte[] render(List<InvitationLetter> letters) {
        Objects.requireNonNull(letters, "letters");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 2.5f * CM, 1.5f * CM, 2f * CM, 2f * CM);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.addTitle("Giấy mời");
        doc.addCreator("Đối Thoại");
        doc.open();
        if (letters.isEmpty()) {
            doc.add(new Paragraph("Không có giấy mời nào để in.", PdfFonts.italic(BODY)));
        }
        for (int i = 0; i < letters.size(); i++) {
            if (i > 0) {
                doc.newPage();
            }
            addLetter(doc, writer, Objects.requireNonNull(letters.get(i), "letter"));
        }
        doc.close();
        return out.toByteArray();
    }

    private static void addLetter(Document doc, PdfWriter writer, InvitationLetter l) {
        doc.add(header(l));

        Paragraph title = new Paragraph("GIẤY MỜI", PdfFonts.bold(16));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(20);
        title.setSpacingAfter(10);
        doc.add(title);

        for (String line : new String[] {l.addressee(), l.addresseeDetail()}) {
            if (!PdfFonts.isBlank(line)) {
                Paragraph p = new Paragraph(PdfFonts.nfc(line), PdfFonts.regular(BODY));
                p.setAlignment(Element.ALIGN_CENTER);
                doc.add(p);
            }
        }

        boolean first = true;
        for (String text : l.paragraphs()) {
            Paragraph p = new Paragraph(BODY * 1.35f, PdfFonts.nfc(text), PdfFonts.regular(BODY));
            p.setAlignment(Element.ALIGN_JUSTIFIED);
            p.setFirstLineIndent(1 * CM);
            p.setSpacingBefore(first ? 12 : 0);
            p.setSpacingAfter(6);
            doc.add(p);
            first = false;
        }

        doc.add(footer(writer, l));
    }

    /** Two borderless columns: issuing body on the left, the Party name and date on the right. */
    private static PdfPTable header(InvitationLetter l) {
        PdfPTable t = table(new float[] {44, 56});

        PdfPCell left = cell();
        addCentred(left, l.parentBody(), PdfFonts.regular(BODY));
        addCentred(left, l.issuingBody(), PdfFonts.bold(BODY));
        addCentred(left, "*", PdfFonts.regular(BODY));
        addCentred(left, l.number(), PdfFonts.regular(BODY));
        t.addCell(left);

        PdfPCell right = cell();
        if (l.stateDocument()) {
            addCentred(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PdfFonts.bold(12));
            Font motto = PdfFonts.bold(13);
            motto.setStyle(Font.UNDERLINE);
            addCentred(right, "Độc lập - Tự do - Hạnh phúc", motto);
        } else {
            Font party = PdfFonts.bold(15);
            party.setStyle(Font.UNDERLINE);
            addCentred(right, "ĐẢNG CỘNG SẢN VIỆT NAM", party);
        }
        Paragraph date = centred(l.placeAndDate(), PdfFonts.italic(BODY));
        date.setSpacingBefore(10);
        right.addElement(date);
        t.addCell(right);
        return t;
    }

    /** QR code and caption at the left, the signer at the right. */
    private static PdfPTable footer(PdfWriter writer, InvitationLetter l) {
        PdfPTable t = table(new float[] {45, 55});
        t.setSpacingBefore(16);
        t.setKeepTogether(true);

        PdfPCell left = cell();
        if (!PdfFonts.isBlank(l.qrContent())) {
            Image qr = Image.getInstance(qrTemplate(writer.getDirectContent(), l.qrContent()));
            qr.scaleAbsolute(QR_SIZE, QR_SIZE);
            qr.setAlignment(Image.ALIGN_CENTER);
            left.addElement(qr);
            if (!PdfFonts.isBlank(l.qrCaption())) {
                Paragraph caption = centred(l.qrCaption(), PdfFonts.italic(11));
                caption.setLeading(13);
                left.addElement(caption);
            }
        }
        t.addCell(left);

        PdfPCell right = cell();
        for (String line : PdfFonts.nfc(l.signerTitle()).split("\\R")) {
            addCentred(right, line, PdfFonts.bold(BODY));
        }
        Paragraph name = centred(PdfFonts.isBlank(l.signerName()) ? " " : l.signerName(), PdfFonts.bold(BODY));
        name.setSpacingBefore(SIGNATURE_SPACE);
        right.addElement(name);
        t.addCell(right);
        return t;
    }

    /**
     * The QR modules as filled vector rectangles, quiet zone included: crisp at any printer
     * resolution and a few hundred bytes instead of an embedded bitmap.
     */
    private static PdfTemplate qrTemplate(PdfContentByte cb, String content) {
        QrCode qr = QrCodes.encode(content);
        int size = qr.size + QrCodes.BORDER * 2;
        PdfTemplate tpl = cb.createTemplate(size, size);
        tpl.setGrayFill(1f);
        tpl.rectangle(0, 0, size, size);
        tpl.fill();
        tpl.setGrayFill(0f);
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
                // PDF's y axis points up; QR row 0 is the top.
                tpl.rectangle(start + QrCodes.BORDER, size - QrCodes.BORDER - y - 1, x - start, 1);
            }
        }
        tpl.fill();
        return tpl;
    }

    static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths.length);
        t.setWidthPercentage(100);
        t.setWidths(widths);
        return t;
    }

    private static PdfPCell cell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    private static void addCentred(PdfPCell cell, String text, Font font) {
        if (!PdfFonts.isBlank(text)) {
            cell.addElement(centred(text, font));
        }
    }

    private static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(new Chunk(PdfFonts.nfc(text), font));
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }
}
