package vn.doithoai.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.doithoai.document.docx.Layout.Align;
import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;
import vn.doithoai.document.docx.OfficialPaper;

/**
 * The report of the dialogues' results as an official paper: header block, "BÁO CÁO" and the period, then I. the
 * dialogues held (day, plan, place, chair, participants), II. results (feedback by focus area, status and kind, the
 * answers and how fast they came, rulings by type and status, on time and overdue by unit), III. assessment (a short
 * summary made from the figures, and lines the office writes its own into), IV. proposals (lines to write in), and
 * the signature block. In Vietnamese whatever the caller's language: it is a paper of the Vietnamese administration.
 */
final class DialogueResultsPaper {

    static final String TITLE = "BÁO CÁO";
    static final String HELD = "I. CÁC CUỘC ĐỐI THOẠI ĐÃ TỔ CHỨC";
    static final String RESULTS = "II. KẾT QUẢ ĐỐI THOẠI";
    static final String ASSESSMENT = "III. ĐÁNH GIÁ CHUNG";
    static final String PROPOSALS = "IV. ĐỀ XUẤT, KIẾN NGHỊ";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final float TABLE_TEXT = 12f;
    private static final String HEADER_FILL = "E6E6E6";
    private static final float TEXT_WIDTH = vn.doithoai.document.docx.Layout.Page.DECREE_30.widthMm();
    /** A line of dots the office writes into by hand, or types over in Word. */
    private static final String WRITE_IN = "…………………………………………………………………………………………………………";

    /** What the paper prints besides the figures. */
    record Context(OfficialPaper.Issuer issuer, String numberLine, String placeAndDate, String reporter, List<String> recipients) {
    }

    private DialogueResultsPaper() {
    }

    static String subject(DialogueResultsFigures f) {
        return "Kết quả tổ chức đối thoại trực tiếp với Nhân dân từ ngày " + DAY.format(f.from()) + " đến ngày " + DAY.format(f.to());
    }

    static List<Block> blocks(Context c, DialogueResultsFigures f) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(OfficialPaper.header(c.issuer(), c.numberLine(), c.placeAndDate()));
        blocks.addAll(OfficialPaper.title(TITLE, subject(f)));
        blocks.add(OfficialPaper.body("Thực hiện Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị về việc người đứng đầu cấp ủy, "
                + "chính quyền đối thoại trực tiếp với Nhân dân, " + c.reporter() + " báo cáo kết quả tổ chức đối thoại của "
                + String.join(", ", f.bodies()) + " từ ngày " + DAY.format(f.from()) + " đến ngày " + DAY.format(f.to()) + " như sau:"));

        blocks.add(OfficialPaper.section(HELD));
        if (f.dialogues().isEmpty()) {
            blocks.add(OfficialPaper.body("Trong kỳ báo cáo không tổ chức cuộc đối thoại nào."));
        } else {
            long present = f.dialogues().stream().mapToLong(DialogueResultsFigures.Dialogue::present).sum();
            blocks.add(OfficialPaper.body("Trong kỳ báo cáo đã tổ chức " + f.dialogues().size() + " cuộc đối thoại với " + present
                    + " lượt đại biểu và Nhân dân tham dự:"));
            blocks.add(dialogues(f.dialogues()));
        }

        blocks.add(OfficialPaper.section(RESULTS));
        DialogueResultsFigures.Feedback fb = f.feedback();
        blocks.add(OfficialPaper.subsection("1. Tiếp nhận ý kiến, kiến nghị, phản ánh"));
        blocks.add(OfficialPaper.body("Tổng số ý kiến, kiến nghị, phản ánh tiếp nhận: " + fb.total() + " (cùng kỳ năm trước: "
                + fb.previousYearTotal() + ")" + breakdown(fb.byKind()) + "; trong đó " + fb.raisedBefore()
                + " nội dung đã được phản ánh tại kỳ đối thoại trước (" + fb.raisedBeforeOpen() + " nội dung chưa được giải quyết xong)."));
        blocks.add(figures("Theo lĩnh vực", fb.byFocusArea()));
        blocks.add(figures("Theo tình trạng xử lý", fb.byStatus()));
        blocks.add(figures("Theo nguồn tiếp nhận", fb.byChannel()));
        blocks.add(OfficialPaper.subsection("2. Trả lời ý kiến, kiến nghị"));
        blocks.add(OfficialPaper.body("Số ý kiến, kiến nghị đã có trả lời được phê duyệt: " + fb.answered() + "/" + fb.total()
                + (fb.medianDays() == null ? "." : "; thời gian từ khi tiếp nhận đến khi trả lời được phê duyệt: trung vị "
                        + days(fb.medianDays()) + " ngày, 90% số ý kiến trong vòng " + days(fb.p90Days()) + " ngày.")));
        DialogueResultsFigures.Rulings r = f.rulings();
        blocks.add(OfficialPaper.subsection("3. Kết luận của chủ thể đối thoại và việc thực hiện"));
        blocks.add(OfficialPaper.body("Tổng số kết luận: " + r.total() + breakdown(r.byType()) + ". Số kết luận đã ban hành có thời hạn "
                + "được theo dõi: " + r.issued() + ", đã giải quyết xong " + r.resolved() + "; đúng hạn " + r.onTime() + ", trễ hạn "
                + r.late() + (r.onTimePercent() == null ? "" : " (tỷ lệ đúng hạn " + percent(r.onTimePercent()) + ")") + "."));
        blocks.add(figures("Theo tình trạng kết luận", r.byStatus()));
        blocks.add(figures("Theo tiến độ thực hiện", r.byFollowUp()));
        blocks.add(OfficialPaper.body("Số kết luận quá hạn đến ngày lập báo cáo: " + r.overdue() + (r.overdueByUnit().isEmpty() ? "." : ":"))
                .spacing(7, 4));
        if (!r.overdueByUnit().isEmpty()) {
            blocks.add(overdue(r.overdueByUnit()));
        }

        blocks.add(OfficialPaper.section(ASSESSMENT));
        blocks.add(OfficialPaper.body(assessment(f)));
        blocks.add(OfficialPaper.body(Run.of("Đánh giá, nhận xét của Văn phòng: ").italic(), Run.of(WRITE_IN)));
        blocks.add(OfficialPaper.body(WRITE_IN));

        blocks.add(OfficialPaper.section(PROPOSALS));
        if (r.overdue() > 0) {
            blocks.add(OfficialPaper.body("1. Đề nghị các cơ quan, đơn vị có kết luận quá hạn khẩn trương thực hiện, báo cáo kết quả "
                    + "về Văn phòng."));
            blocks.add(OfficialPaper.body("2. " + WRITE_IN));
        } else {
            blocks.add(OfficialPaper.body("1. " + WRITE_IN));
        }
        blocks.add(OfficialPaper.body(WRITE_IN).spacing(0, 10));
        blocks.add(OfficialPaper.signature(c.recipients(), OfficialPaper.defaultAuthority(c.issuer().party()), null));
        return blocks;
    }

    /** Three sentences from the figures, for the office to keep, change or replace. */
    static String assessment(DialogueResultsFigures f) {
        DialogueResultsFigures.Feedback fb = f.feedback();
        DialogueResultsFigures.Rulings r = f.rulings();
        StringBuilder s = new StringBuilder();
        s.append("Trong kỳ, ").append(f.dialogues().size()).append(" cuộc đối thoại đã được tổ chức; tiếp nhận ").append(fb.total())
                .append(" ý kiến, kiến nghị, phản ánh");
        long diff = fb.total() - fb.previousYearTotal();
        s.append(diff > 0 ? " (tăng " + diff + " so với cùng kỳ)" : diff < 0 ? " (giảm " + -diff + " so với cùng kỳ)" : " (bằng cùng kỳ)");
        if (!fb.byFocusArea().isEmpty() && fb.byFocusArea().get(0).count() > 0) {
            DialogueResultsFigures.Line top = fb.byFocusArea().stream().max(java.util.Comparator.comparingLong(DialogueResultsFigures.Line::count))
                    .orElseThrow();
            s.append(", tập trung nhiều nhất ở lĩnh vực \"").append(top.label()).append("\" (").append(top.count()).append(")");
        }
        s.append(". Đã có trả lời được phê duyệt cho ").append(fb.answered()).append("/").append(fb.total()).append(" ý kiến. ");
        s.append("Ban hành ").append(r.total()).append(" kết luận");
        if (r.onTimePercent() != null) {
            s.append(", tỷ lệ giải quyết đúng hạn ").append(percent(r.onTimePercent()));
        }
        s.append(r.overdue() == 0 ? "; không có kết luận quá hạn." : "; còn " + r.overdue() + " kết luận quá hạn cần đôn đốc.");
        return s.toString();
    }

    private static Table dialogues(List<DialogueResultsFigures.Dialogue> dialogues) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header("STT", "Ngày", "Cuộc đối thoại", "Địa điểm", "Chủ trì", "Tham dự"));
        int i = 0;
        for (DialogueResultsFigures.Dialogue d : dialogues) {
            String plan = d.plan() + (d.number() == null ? "" : " (Kế hoạch số " + d.number() + ")");
            rows.add(List.of(centre(Integer.toString(++i)), centre(d.date() == null ? "" : DAY.format(d.date())), left(plan),
                    left(d.venue()), left(d.chair()), centre(d.present() + "/" + d.registered())));
        }
        return new Table(new float[] { 12, 25, 48, 30, 30, TEXT_WIDTH - 145 }, true, 1, rows);
    }

    private static Table figures(String heading, List<DialogueResultsFigures.Line> lines) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header(heading, "Số lượng"));
        for (DialogueResultsFigures.Line l : lines) {
            rows.add(List.of(left(l.label()), centre(Long.toString(l.count()))));
        }
        if (lines.isEmpty()) {
            rows.add(List.of(left("Không có"), centre("0")));
        }
        return new Table(new float[] { TEXT_WIDTH - 35, 35 }, true, 1, rows);
    }

    private static Table overdue(List<DialogueResultsFigures.UnitOverdue> units) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(header("Đơn vị chủ trì", "Số kết luận quá hạn", "Trễ nhiều nhất (ngày làm việc)"));
        for (DialogueResultsFigures.UnitOverdue u : units) {
            rows.add(List.of(left(u.unit()), centre(Long.toString(u.count())), centre(Integer.toString(u.maxWorkingDaysLate()))));
        }
        return new Table(new float[] { TEXT_WIDTH - 80, 40, 40 }, true, 1, rows);
    }

    /** ": 3 kiến nghị, 2 phản ánh" in brackets, the lines that count something. */
    private static String breakdown(List<DialogueResultsFigures.Line> lines) {
        List<String> parts = lines.stream().filter(l -> l.count() > 0).map(l -> l.count() + " " + l.label().toLowerCase(VI)).toList();
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String days(Double value) {
        return value == null ? "-" : String.format(VI, "%.1f", value).replace('.', ',');
    }

    private static String percent(Double value) {
        return String.format(VI, "%.1f", value).replace('.', ',') + "%";
    }

    private static List<Cell> header(String... titles) {
        List<Cell> row = new ArrayList<>();
        for (String t : titles) {
            row.add(Cell.of(Paragraph.of(Run.of(t).bold().size(TABLE_TEXT)).align(Align.CENTER)).fill(HEADER_FILL));
        }
        return row;
    }

    private static Cell left(String text) {
        return Cell.of(Paragraph.of(Run.of(text == null ? "" : text).size(TABLE_TEXT)));
    }

    private static Cell centre(String text) {
        return Cell.of(Paragraph.of(Run.of(text).size(TABLE_TEXT)).align(Align.CENTER));
    }
}
