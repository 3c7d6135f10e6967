package vn.doithoai.document.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Cell;
import vn.doithoai.document.docx.Layout.Page;
import vn.doithoai.document.docx.Layout.Paragraph;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.Layout.Table;
import vn.doithoai.participant.export.Pdfs;

/** An issued paper read back is the paper written: written again it is the same document, and its words can be replaced. */
class DocxReaderTest {

    private static final String TITLE = "Thông báo kết luận 88-TB/ThU";

    @Test
    void aPaperReadBackIsWrittenAgainAsTheSameDocument() throws IOException {
        byte[] written = DocxWriter.write(Page.DECREE_30, paper(), TITLE);

        DocxReader.Paper read = DocxReader.read(written);

        assertEquals(TITLE, read.title());
        assertEquals(entry(written, "word/document.xml"), entry(read.docx(), "word/document.xml"));
        assertEquals(entry(written, "docProps/core.xml"), entry(read.docx(), "docProps/core.xml"));
    }

    @Test
    void aPersonsWordsAreReplacedInTheWordAndPdfWrittenAgain() throws IOException {
        byte[] written = DocxWriter.write(Page.DECREE_30, paper(), TITLE);

        DocxReader.Paper erased = DocxReader.read(written).withText(t -> t.replace("Nguyễn Văn Hùng", "[đã ẩn danh]").replace("0912345678",
                "[đã ẩn danh]"));

        String document = entry(erased.docx(), "word/document.xml");
        assertFalse(document.contains("Nguyễn Văn Hùng") || document.contains("0912345678"), document);
        assertTrue(document.contains("Ông [đã ẩn danh] ([đã ẩn danh]) phản ánh đường ngập"), document);
        String pdf = Pdfs.text(erased.pdf(), 1);
        assertFalse(pdf.contains("Hùng") || pdf.contains("0912345678"), pdf);
        assertTrue(pdf.contains("phản ánh đường ngập"), pdf);
    }

    private static List<Block> paper() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(OfficialPaper.header(new OfficialPaper.Issuer("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "THỊ ỦY BA ĐỒN", true), "Số 88-TB/ThU",
                "Ba Đồn, ngày 25 tháng 11 năm 2022"));
        blocks.addAll(OfficialPaper.title("THÔNG BÁO", "Kết luận của đồng chí Bí thư & Thị ủy <tại> buổi đối thoại"));
        blocks.add(OfficialPaper.body("Ông Nguyễn Văn Hùng (0912345678) phản ánh đường ngập."));
        blocks.add(Paragraph.of(Run.of("1. Về môi trường").bold()).align(Layout.Align.JUSTIFY).indent(10).spacing(4, 2).keepWithNext());
        blocks.add(new Paragraph(List.of(Run.of("- "), Run.of("Về đường kiệt 7: ").italic(), Run.of("Dòng một\nDòng hai").underline().size(13)),
                Layout.Align.JUSTIFY, 0, 4, 10, false));
        blocks.add(new Table(new float[] { 40, 60, 65 }, true, 1, List.of(
                List.of(Cell.of(Paragraph.of("Số")).fill("E6E6E6"), Cell.of(Paragraph.of("Nội dung")).span(2)),
                List.of(Cell.of(), Cell.of(Paragraph.of("a")), Cell.of(Paragraph.of("b").align(Layout.Align.RIGHT))))));
        blocks.add(OfficialPaper.signature(List.of("Như trên;", "Lưu Văn phòng."), "T/M BAN THƯỜNG VỤ\nBÍ THƯ", "Trần Văn Bình"));
        return blocks;
    }

    private static String entry(byte[] docx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
