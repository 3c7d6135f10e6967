package vn.doithoai.document.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Page;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.participant.export.Pdfs;

/** A heading kept with the next paragraph never ends a page alone, wherever the page break falls. */
class LayoutPdfTest {

    private static final String HEADING = "Ý KIẾN 9: NGUYỄN VĂN HÙNG";
    private static final String BODY = "Ông Hùng phản ánh đường liên thôn xuống cấp nghiêm trọng, mùa mưa lầy lội, "
            + "đề nghị thị xã sớm đầu tư nâng cấp để học sinh đi lại an toàn. ";

    /** One filler line more each time, so that across the range the heading reaches every line of the first page's end. */
    @ParameterizedTest
    @ValueSource(ints = { 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48 })
    void theHeadingStaysOnThePageOfItsParagraph(int fillerLines) {
        byte[] kept = LayoutPdf.write(Page.DECREE_30, blocks(fillerLines, true), "Thử ngắt trang");
        byte[] loose = LayoutPdf.write(Page.DECREE_30, blocks(fillerLines, false), "Thử ngắt trang");

        assertEquals(pageOf(kept, HEADING), pageOf(kept, "Ông Hùng phản ánh"), "the heading and its paragraph's first line");
        // Not moved when it had room: on the page it takes without the rule whenever its paragraph starts there too.
        if (pageOf(loose, HEADING) == pageOf(loose, "Ông Hùng phản ánh")) {
            assertEquals(pageOf(loose, HEADING), pageOf(kept, HEADING), "moved to a new page without need");
        }
    }

    private static List<Block> blocks(int fillerLines, boolean keepWithNext) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < fillerLines; i++) {
            blocks.add(Paragraph.of("Dòng " + i).spacing(0, 0));
        }
        Paragraph heading = Paragraph.of(Run.of(HEADING).bold()).spacing(6, 3);
        blocks.add(keepWithNext ? heading.keepWithNext() : heading);
        blocks.add(Paragraph.of(BODY.repeat(3)).align(Layout.Align.JUSTIFY).indent(10));
        return blocks;
    }

    private static int pageOf(byte[] pdf, String text) {
        for (int page = 1; page <= Pdfs.pages(pdf); page++) {
            if (Pdfs.text(pdf, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("not in the PDF: " + text);
    }
}
