package vn.doithoai.document.docx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.doithoai.document.docx.Layout.Align;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;

/**
 * The fixed parts of an official paper as {@link Layout} blocks (Hướng dẫn 36-HD/VPTW for Party bodies, Nghị định
 * 30/2020/NĐ-CP for the State): the two-column header (issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM" or the national motto,
 * place and date), the title, section headings and body text, and the signature block with the recipients (nơi nhận).
 * One layout for every paper the system prints: the plan, the feedback summary, the minutes, the conclusion notice and
 * the report of the dialogues' results.
 */
public final class OfficialPaper {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final float TEXT_WIDTH = Layout.Page.DECREE_30.widthMm();

    private OfficialPaper() {
    }

    /**
     * Who issues the paper: the body above (printed plain, may be null), the body itself (bold), and whether it is a
     * Party body (the Party's name on the right) or a State one (the national name and motto).
     */
    public record Issuer(String parent, String body, boolean party) {

        /** A unit as issuer: a Party board or office is printed under its committee ("THỊ ỦY BA ĐỒN / VĂN PHÒNG"). */
        public static Issuer of(OrgUnit unit, String fallbackName) {
            if (unit == null) {
                return new Issuer(null, upper(fallbackName), false);
            }
            boolean party = OrgUnitKind.PARTY.contains(unit.kind());
            if ((unit.kind() == OrgUnitKind.PARTY_OFFICE || unit.kind() == OrgUnitKind.PARTY_BOARD) && unit.parent() != null) {
                String parentName = unit.parent().name();
                return new Issuer(upper(parentName), upper(withoutParent(unit.name(), parentName)), party);
            }
            return new Issuer(null, upper(unit.name()), party);
        }
    }

    /** "Văn phòng Thị ủy" under "Thị ủy Ba Đồn" is printed "VĂN PHÒNG": the parent's name, or its start, is dropped. */
    static String withoutParent(String name, String parentName) {
        String[] words = parentName.split("\\s+");
        for (int n = words.length; n > 0; n--) {
            String suffix = " " + String.join(" ", java.util.Arrays.copyOf(words, n));
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The signing authority a paper of this issuer carries unless told otherwise: for the standing committee, or the chair. */
    public static String defaultAuthority(boolean party) {
        return party ? "T/M BAN THƯỜNG VỤ\nBÍ THƯ" : "CHỦ TỊCH";
    }

    /**
     * "Số 61-KH/ThU"; what is not known yet is left as dots for the office to write in by hand before signing
     * ("Số …-KH/ThU", "Số …").
     */
    public static String numberLine(String number, String symbol) {
        String n = number == null || number.isBlank() ? BLANK : number.strip();
        return "Số " + n + (symbol == null || symbol.isBlank() ? "" : "-" + symbol.strip());
    }

    /** Dots where the office writes by hand. */
    public static final String BLANK = "……";

    /** The paper's kind centred in capitals ("KẾ HOẠCH", "THÔNG BÁO", "BÁO CÁO"), its subject in bold and a short rule. */
    public static List<Paragraph> title(String kind, String subject) {
        List<Paragraph> title = new ArrayList<>();
        title.add(Paragraph.of(Run.of(kind).bold().size(15)).align(Align.CENTER).spacing(20, 0));
        if (subject != null && !subject.isBlank()) {
            title.add(Paragraph.of(Run.of(subject.strip()).bold()).align(Align.CENTER));
        }
        title.add(Paragraph.of("-----").align(Align.CENTER).spacing(0, 10));
        return title;
    }

    /** A section heading in the body ("I. MỤC ĐÍCH, YÊU CẦU"), kept on the page of what follows it. */
    public static Paragraph section(String text) {
        return Paragraph.of(Run.of(text).bold()).align(Align.JUSTIFY).indent(10).spacing(6, 2).keepWithNext();
    }

    /** A numbered heading within a section ("1. Chủ đề đối thoại"), bold, kept with what follows. */
    public static Paragraph subsection(String text) {
        return Paragraph.of(Run.of(text).bold()).align(Align.JUSTIFY).indent(10).spacing(2, 2).keepWithNext();
    }

    /** A paragraph of body text: justified, its first line indented. */
    public static Paragraph body(String text) {
        return Paragraph.of(text).align(Align.JUSTIFY).indent(10).spacing(0, 4);
    }

    /** A paragraph of body text from styled runs (a bold lead-in such as "1. Chủ đề đối thoại: "). */
    public static Paragraph body(Run... runs) {
        return Paragraph.of(runs).align(Align.JUSTIFY).indent(10).spacing(0, 4);
    }

    /** A dash item of a list in the body ("- Đại biểu xã, phường: …"). */
    public static Paragraph item(String text) {
        return body("- " + text).spacing(0, 2);
    }

    /** The header block: issuer and number on the left; the Party's name (or the motto) and place and date on the right. */
    public static Table header(Issuer issuer, String number, String placeAndDate) {
        List<Paragraph> left = new ArrayList<>();
        if (issuer.parent() != null) {
            left.add(centred(Run.of(issuer.parent())));
        }
        left.add(centred(Run.of(issuer.body()).bold()));
        left.add(centred(Run.of("*")));
        if (number != null) {
            left.add(centred(Run.of(number)));
        }
        List<Paragraph> right = new ArrayList<>();
        if (issuer.party()) {
            right.add(centred(Run.of("ĐẢNG CỘNG SẢN VIỆT NAM").bold().underline().size(15)));
        } else {
            // 12 pt (Decree 30 allows 12–13): at 13 the national name does not fit the column on one line.
            right.add(centred(Run.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold().size(12)));
            right.add(centred(Run.of("Độc lập - Tự do - Hạnh phúc").bold().underline()));
        }
        right.add(centred(Run.of(placeAndDate).italic()).spacing(10, 0));
        float leftWidth = Math.round(TEXT_WIDTH * 0.44f);
        return new Table(new float[] { leftWidth, TEXT_WIDTH - leftWidth }, false, 0,
                List.of(List.of(new Cell(left, 1, null), new Cell(right, 1, null))));
    }

    /**
     * The signature block: recipients on the left (small, "Nơi nhận:" bold italic), on the right the signing
     * authority's lines in bold, room to sign and stamp, and the signer's name.
     */
    public static Table signature(List<String> recipients, String authority, String signerName) {
        List<Paragraph> left = new ArrayList<>();
        left.add(Paragraph.of(Run.of("Nơi nhận:").bold().italic().size(12)));
        for (String r : recipients) {
            left.add(Paragraph.of(Run.of("- " + r).size(11)));
        }
        List<Paragraph> right = new ArrayList<>();
        for (String line : authority.split("\\R")) {
            right.add(centred(Run.of(line).bold()));
        }
        // Room for the signature and the stamp.
        right.add(centred(Run.of(signerName == null || signerName.isBlank() ? " " : signerName).bold()).spacing(64, 0));
        float leftWidth = Math.round(TEXT_WIDTH * 0.45f);
        return new Table(new float[] { leftWidth, TEXT_WIDTH - leftWidth }, false, 0,
                List.of(List.of(new Cell(left, 1, null), new Cell(right, 1, null))));
    }

    /** "Ba Đồn, ngày 18 tháng 11 năm 2022": the locality without its kind; day, and months 1 and 2, written with two digits. */
    public static String placeAndDate(OrgUnit issuing, LocalDate date) {
        if (date == null) {
            // Not dated yet: the office writes the day in when it signs.
            String place = place(issuing);
            String day = "ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK;
            return place == null ? "N" + day.substring(1) : place + ", " + day;
        }
        String place = place(issuing);
        String day = String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(),
                date.getMonthValue() < 3 ? String.format("%02d", date.getMonthValue()) : String.valueOf(date.getMonthValue()), date.getYear());
        return place == null ? Character.toUpperCase(day.charAt(0)) + day.substring(1) : place + ", " + day;
    }

    /** The locality the issuer sits in, without its kind ("Ba Đồn"), or null. */
    private static String place(OrgUnit issuing) {
        for (OrgUnit unit = issuing; unit != null; unit = unit.parent()) {
            if (OrgUnitKind.LOCALITIES.contains(unit.kind())) {
                return unit.name().replaceFirst("^(Tỉnh|Thị xã|Thành phố|Huyện|Phường|Xã|Thị trấn)\\s+", "");
            }
        }
        return null;
    }

    private static Paragraph centred(Run run) {
        return Paragraph.of(run).align(Align.CENTER);
    }

    private static String upper(String s) {
        return s == null ? "" : s.toUpperCase(VI);
    }
}
