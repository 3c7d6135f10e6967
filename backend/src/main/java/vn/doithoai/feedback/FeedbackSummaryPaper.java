package vn.doithoai.feedback;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import vn.doithoai.document.docx.Layout.Align;
import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.feedback.dto.FeedbackSummary;
import vn.doithoai.orgunit.dto.OrgUnitRef;

/**
 * The summary as an official paper in Vietnamese, whatever the caller's language: header, title with the plan's topic,
 * the basis and totals, one heading and table per focus area (STT, nội dung, nơi phản ánh, đơn vị chủ trì, đơn vị phối
 * hợp), the items not yet classified last, and the signature block.
 */
final class FeedbackSummaryPaper {

    private static final float TABLE_TEXT = 12f;
    private static final float[] WIDTHS = { 12, 70, 30, 28, 25 };
    private static final String HEADER_FILL = "E6E6E6";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    /** What the paper says about its issuer, beside the summary itself. */
    record Context(OfficialPaper.Issuer issuer, String placeAndDate, String basis, String authority, List<String> recipients,
            Map<FeedbackKind, String> kinds) {
    }

    private FeedbackSummaryPaper() {
    }

    static final String TITLE = "BẢN TỔNG HỢP Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN";

    static List<Block> blocks(FeedbackSummary s, Context c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(OfficialPaper.header(c.issuer(), null, c.placeAndDate()));
        blocks.add(Paragraph.of(Run.of(TITLE).bold().size(15)).align(Align.CENTER).spacing(18, 0));
        if (s.topic() != null && !s.topic().isBlank()) {
            blocks.add(Paragraph.of(Run.of("Chủ đề: " + s.topic()).bold()).align(Align.CENTER));
        }
        blocks.add(Paragraph.of("-----").align(Align.CENTER).spacing(0, 10));

        String session = s.sessionDate() == null ? "" : " dự kiến tổ chức ngày " + DAY.format(s.sessionDate());
        blocks.add(body(c.basis() + ", Văn phòng tổng hợp ý kiến, kiến nghị, phản ánh của Nhân dân gửi đến buổi đối thoại" + session
                + " như sau:"));
        long rejected = s.totals().byStatus().getOrDefault(FeedbackStatus.REJECTED, 0L);
        blocks.add(body("Tổng số " + s.totals().total() + " ý kiến, kiến nghị, phản ánh" + kinds(s.totals(), c.kinds())
                + (rejected > 0 ? "; trong đó " + rejected + " nội dung không thuộc phạm vi đối thoại, không tổng hợp dưới đây" : "") + "."));
        if (s.deadline() != null) {
            blocks.add(body("Thời hạn hoàn thành tổng hợp, phân loại: " + DAY.format(s.deadline()) + "."));
        }

        int n = 0;
        for (FeedbackSummary.Group g : s.groups()) {
            if (g.focusAreaId() == null && g.items().isEmpty()) {
                continue;
            }
            String title = g.focusAreaId() == null ? "Các ý kiến chưa phân loại" : g.title();
            blocks.add(Paragraph.of(Run.of(roman(++n) + ". " + title.toUpperCase(VI)).bold()).align(Align.JUSTIFY).spacing(10, 2)
                    .keepWithNext());
            blocks.add(Paragraph.of(Run.of("Số nội dung: " + g.counts().total() + kinds(g.counts(), c.kinds()) + ".").italic())
                    .spacing(0, 4).keepWithNext());
            if (!g.items().isEmpty()) {
                blocks.add(table(g.items()));
            }
        }
        blocks.add(Paragraph.of(" ").spacing(6, 0));
        blocks.add(OfficialPaper.signature(c.recipients(), c.authority(), null));
        return blocks;
    }

    private static Table table(List<FeedbackSummary.Item> items) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (String h : new String[] { "STT", "Nội dung ý kiến, kiến nghị", "Nơi phản ánh", "Đơn vị chủ trì", "Đơn vị phối hợp" }) {
            header.add(Cell.of(Paragraph.of(small(h).bold()).align(Align.CENTER)).fill(HEADER_FILL));
        }
        rows.add(header);
        int i = 0;
        for (FeedbackSummary.Item item : items) {
            List<Paragraph> content = new ArrayList<>();
            content.add(Paragraph.of(small(item.title()).bold()).align(Align.JUSTIFY));
            if (item.raisedBefore()) {
                content.add(Paragraph.of(small("Đã kiến nghị tại kỳ đối thoại trước, chưa được giải quyết").italic()));
            }
            content.add(Paragraph.of(small(item.content())).align(Align.JUSTIFY));
            if (item.approvedAnswer() != null) {
                content.add(Paragraph.of(small("Trả lời: ").bold().italic(), small(item.approvedAnswer()).italic()).align(Align.JUSTIFY));
            }
            content.add(Paragraph.of(small("Mã " + item.trackingCode()).italic().size(10)));
            rows.add(List.of(Cell.of(Paragraph.of(small(Integer.toString(++i))).align(Align.CENTER)), new Cell(content, 1, null),
                    Cell.of(Paragraph.of(small(place(item)))),
                    Cell.of(Paragraph.of(small(item.unit() == null ? "Chưa giao" : item.unit().name()))),
                    Cell.of(Paragraph.of(small(item.coordinatingUnits().stream().map(OrgUnitRef::name).collect(Collectors.joining("\n")))))));
        }
        return new Table(WIDTHS, true, 1, rows);
    }

    /** The ward, or for merged duplicates who raised them: "4 công dân ở 3 phường, xã". */
    private static String place(FeedbackSummary.Item item) {
        if (item.merged() != null) {
            return item.merged().submitters() + " công dân ở " + item.merged().wards() + " phường, xã";
        }
        return item.ward() == null ? "" : item.ward().name();
    }

    /** ": 3 kiến nghị, 2 phản ánh" — the kinds that occur, in their order. */
    private static String kinds(FeedbackSummary.Counts counts, Map<FeedbackKind, String> labels) {
        if (counts.byKind().isEmpty()) {
            return "";
        }
        return " (" + counts.byKind().entrySet().stream().map(e -> e.getValue() + " " + labels.get(e.getKey()).toLowerCase(VI))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static Paragraph body(String text) {
        return Paragraph.of(text).align(Align.JUSTIFY).indent(10).spacing(0, 4);
    }

    private static Run small(String text) {
        return Run.of(text == null ? "" : text).size(TABLE_TEXT);
    }

    private static String roman(int n) {
        String[] numerals = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
        return n < numerals.length ? numerals[n] : Integer.toString(n);
    }

}
