package vn.doithoai.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.doithoai.document.docx.Layout;
import vn.doithoai.document.docx.Layout.Align;
import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.minutes.dto.MinutesView;

/**
 * The finalised minutes as an official paper, in Vietnamese whatever the caller's language: the header, the title
 * "BIÊN BẢN" and what it records, the sections, the people asked to sign (who signed, who declined and why), and the
 * two signature blocks: the secretary (thư ký) on the left, the chair (chủ trì) on the right.
 */
final class MinutesPaper {

    static final String TITLE = "BIÊN BẢN";
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final float TEXT_WIDTH = Layout.Page.DECREE_30.widthMm();
    private static final float[] SIGNERS = { 10, 52, 63, 30 };

    private MinutesPaper() {
    }

    static List<Block> blocks(MinutesView m, OfficialPaper.Issuer issuer, String placeAndDate) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(OfficialPaper.header(issuer, null, placeAndDate));
        blocks.add(Paragraph.of(Run.of(TITLE).bold().size(15)).align(Align.CENTER).spacing(18, 0));
        blocks.add(Paragraph.of(Run.of("Hội nghị đối thoại: " + m.planTitle()).bold()).align(Align.CENTER));
        if (m.previousId() != null) {
            blocks.add(Paragraph.of(Run.of("(Bản đính chính, lần " + (m.versionNo() - 1) + ")").italic()).align(Align.CENTER));
        }
        blocks.add(Paragraph.of("-----").align(Align.CENTER).spacing(0, 10));
        if (m.correctionReason() != null) {
            blocks.add(body(Run.of("Lý do đính chính: ").italic(), Run.of(m.correctionReason()).italic()));
        }
        int n = 0;
        for (MinutesView.Section s : m.sections()) {
            blocks.add(Paragraph.of(Run.of(roman(++n) + ". " + s.heading().toUpperCase(VI)).bold()).align(Align.JUSTIFY).spacing(10, 2)
                    .keepWithNext());
            for (String line : s.body().split("\\R")) {
                if (!line.isBlank()) {
                    blocks.add(body(Run.of(line)));
                }
            }
        }
        if (!m.signatures().isEmpty()) {
            blocks.add(Paragraph.of(Run.of("ĐẠI BIỂU KÝ BIÊN BẢN").bold()).spacing(10, 4).keepWithNext());
            blocks.add(signers(m.signatures()));
        }
        blocks.add(Paragraph.of(" ").spacing(6, 0));
        blocks.add(signatureBlocks(m.secretaryName(), m.chairName()));
        return blocks;
    }

    private static Table signers(List<MinutesView.Signature> signatures) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> header = new ArrayList<>();
        for (String h : new String[] { "STT", "Họ và tên", "Chức vụ, đơn vị (đại diện)", "Ký tên" }) {
            header.add(Cell.of(Paragraph.of(small(h).bold()).align(Align.CENTER)).fill("E6E6E6"));
        }
        rows.add(header);
        int i = 0;
        for (MinutesView.Signature s : signatures) {
            String role = String.join(", ", java.util.stream.Stream.of(s.title(), s.organisation()).filter(x -> x != null && !x.isBlank()).toList());
            role = (role.isEmpty() ? "" : role + " ") + "(" + representing(s.representing()) + ")";
            List<Paragraph> outcome = new ArrayList<>();
            if (s.outcome() == SignatureOutcome.SIGNED) {
                outcome.add(Paragraph.of(small("Đã ký")).align(Align.CENTER));
            } else {
                outcome.add(Paragraph.of(small("Không ký").bold()).align(Align.CENTER));
                outcome.add(Paragraph.of(small("Lý do: " + s.declinedReason()).italic()));
            }
            rows.add(List.of(Cell.of(Paragraph.of(small(Integer.toString(++i))).align(Align.CENTER)), Cell.of(Paragraph.of(small(s.name()))),
                    Cell.of(Paragraph.of(small(role))), new Cell(outcome, 1, null)));
        }
        return new Table(SIGNERS, true, 1, rows);
    }

    /** THƯ KÝ on the left, CHỦ TRÌ HỘI NGHỊ on the right, room to sign, and their names. */
    private static Table signatureBlocks(String secretary, String chair) {
        float half = TEXT_WIDTH / 2;
        return new Table(new float[] { half, TEXT_WIDTH - half }, false, 0,
                List.of(List.of(signer("THƯ KÝ", secretary), signer("CHỦ TRÌ HỘI NGHỊ", chair))));
    }

    private static Cell signer(String role, String name) {
        return new Cell(List.of(Paragraph.of(Run.of(role).bold()).align(Align.CENTER),
                Paragraph.of(Run.of("(Ký, ghi rõ họ tên)").italic().size(12)).align(Align.CENTER),
                Paragraph.of(Run.of(name == null || name.isBlank() ? " " : name).bold()).align(Align.CENTER).spacing(64, 0)), 1, null);
    }

    private static String representing(Representing r) {
        return switch (r) {
            case CITIZEN -> "đại diện Nhân dân";
            case ORGANISATION -> "đại diện tổ chức";
            case OFFICIAL -> "đại diện cơ quan";
        };
    }

    private static Paragraph body(Run... runs) {
        return Paragraph.of(runs).align(Align.JUSTIFY).indent(10).spacing(0, 4);
    }

    private static Run small(String text) {
        return Run.of(text == null ? "" : text).size(12);
    }

    private static String roman(int n) {
        String[] numerals = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV" };
        return n < numerals.length ? numerals[n] : Integer.toString(n);
    }
}
