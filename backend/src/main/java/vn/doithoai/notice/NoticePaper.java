package vn.doithoai.notice;

import java.util.ArrayList;
import java.util.List;

import vn.doithoai.document.docx.Layout.Align;
import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.notice.dto.NoticeView;

/**
 * The conclusion notice as a Party document (Hướng dẫn 36-HD/VPTW): header with the issuer and "Số …-TB/…", the
 * Party's name and the place and date; "THÔNG BÁO" and its subtitle; the opening, the rulings by focus area; the
 * closing formula; recipients bottom-left and the signature block bottom-right. One {@link Block} list, written both
 * as DOCX and as PDF.
 */
final class NoticePaper {

    static final String TITLE = "THÔNG BÁO";
    static final String OTHER_GROUP = "Các nội dung khác";

    /** Everything the paper prints besides the rulings. */
    record Content(OfficialPaper.Issuer issuer, String numberLine, String placeAndDate, String subtitle, String opening,
            String leadIn, List<NoticeView.Group> groups, String closing, List<String> recipients, String authority,
            String signerName) {
    }

    private NoticePaper() {
    }

    static List<Block> blocks(Content c) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(OfficialPaper.header(c.issuer(), c.numberLine(), c.placeAndDate()));
        blocks.addAll(OfficialPaper.title(TITLE, c.subtitle()));
        blocks.add(OfficialPaper.body(c.opening()));
        blocks.add(OfficialPaper.body(c.leadIn()));
        int n = 0;
        for (NoticeView.Group g : c.groups()) {
            blocks.add(Paragraph.of(Run.of(++n + ". " + g.title()).bold()).align(Align.JUSTIFY).indent(10).spacing(4, 2));
            for (NoticeView.Line line : g.rulings()) {
                List<Run> runs = new ArrayList<>();
                runs.add(Run.of("- "));
                if (!line.matters().isEmpty()) {
                    runs.add(Run.of("Về " + NoticeWording.sentenceCase(String.join("; ", line.matters()), false) + ": ").italic());
                }
                runs.add(Run.of(line.text()));
                blocks.add(new Paragraph(runs, Align.JUSTIFY, 0, 4, 10, false));
            }
        }
        blocks.add(OfficialPaper.body(c.closing()).spacing(4, 10));
        blocks.add(OfficialPaper.signature(c.recipients(), c.authority(), c.signerName()));
        return blocks;
    }
}
