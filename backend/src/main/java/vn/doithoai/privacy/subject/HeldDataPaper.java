package vn.doithoai.privacy.subject;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;

import vn.doithoai.common.time.Clocks;
import vn.doithoai.participant.export.PdfFonts;
import vn.doithoai.privacy.subject.dto.HeldData;

/**
 * The copy of a person's data handed to them (bản sao dữ liệu cá nhân): A4, in Vietnamese, every record the installation
 * holds about them with each field named, as the JSON copy has it.
 */
final class HeldDataPaper {

    private static final float CM = 28.35f;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Clocks.VIETNAM);

    private HeldDataPaper() {
    }

    static byte[] render(HeldData held, String issuedBy, Instant at) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 2f * CM, 1.5f * CM, 1.5f * CM, 2f * CM);
        org.openpdf.text.pdf.PdfWriter.getInstance(doc, out);
        doc.addTitle("Dữ liệu cá nhân");
        doc.addCreator("Đối Thoại");
        doc.open();
        Paragraph title = new Paragraph("BẢN SAO DỮ LIỆU CÁ NHÂN", PdfFonts.bold(14));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph sub = new Paragraph(PdfFonts.nfc(issuedBy + " — lập lúc " + WHEN.format(at)), PdfFonts.italic(12));
        sub.setAlignment(Element.ALIGN_CENTER);
        doc.add(sub);

        heading(doc, "1. Thông tin cá nhân");
        if (held.people().isEmpty()) {
            line(doc, "Không có.");
        }
        for (var p : held.people()) {
            field(doc, "Họ và tên", p.fullName());
            field(doc, "Chức vụ", p.title());
            field(doc, "Điện thoại", p.phone());
            field(doc, "Thư điện tử", p.email());
            field(doc, "Địa chỉ", p.address());
            field(doc, "Phường, xã", p.ward());
            field(doc, "Tài khoản", p.account());
            field(doc, "Ghi chú", p.notes());
            field(doc, "Đồng ý công khai tên", p.namePublic() ? "Có" : "Không");
            field(doc, "Ghi nhận lúc", WHEN.format(p.createdAt()));
            for (var t : p.participations()) {
                field(doc, "Tham dự", t.planTitle() + (t.matter() == null ? "" : " — " + t.matter()));
            }
        }
        heading(doc, "2. Ý kiến, kiến nghị đã gửi");
        if (held.feedback().isEmpty()) {
            line(doc, "Không có.");
        }
        for (var f : held.feedback()) {
            field(doc, "Mã theo dõi", f.trackingCode());
            field(doc, "Hội nghị", f.planTitle());
            field(doc, "Tiêu đề", f.title());
            field(doc, "Nội dung", f.content());
            field(doc, "Người gửi", f.submitterName());
            field(doc, "Điện thoại", f.submitterPhone());
            field(doc, "Thư điện tử", f.submitterEmail());
            field(doc, "Tiếp nhận lúc", WHEN.format(f.receivedAt()));
            for (var a : f.attachments()) {
                field(doc, "Tệp đính kèm", a.fileName());
            }
        }
        heading(doc, "3. Đăng ký tham dự chờ xác nhận");
        if (held.registrations().isEmpty()) {
            line(doc, "Không có.");
        }
        for (var r : held.registrations()) {
            field(doc, "Hội nghị", r.planTitle());
            field(doc, "Họ và tên", r.fullName());
            field(doc, "Điện thoại", r.phone());
            field(doc, "Vấn đề muốn nêu", r.matter());
        }
        doc.close();
        return out.toByteArray();
    }

    private static void heading(Document doc, String text) {
        Paragraph p = new Paragraph(text, PdfFonts.bold(13));
        p.setSpacingBefore(12);
        doc.add(p);
    }

    private static void line(Document doc, String text) {
        doc.add(new Paragraph(PdfFonts.nfc(text), PdfFonts.regular(12)));
    }

    private static void field(Document doc, String label, String value) {
        if (value != null && !value.isBlank()) {
            line(doc, label + ": " + value);
        }
    }
}
