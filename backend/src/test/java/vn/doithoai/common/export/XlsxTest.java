package vn.doithoai.common.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxTest {

    private static final Table TABLE = new Table("Đại biểu: phiên 1/2025 [Ba Đồn]",
            List.of("STT", "Họ và tên", "Điện thoại", "Phường, xã"),
            List.of(List.of("1", "Nguyễn Thị Hường", "0912345678", "Phường Quảng Thọ"),
                    Arrays.asList("2", "Trần Văn Đức", null, "Xã Quảng Hải"),
                    List.of("3", "=cmd|' /C calc'!A0", "+84 912 345 678", "Phường Ba Đồn")));

    @Test
    void readsBackHeadersVietnameseAndPhoneNumbersAsText() throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Xlsx.render(TABLE)))) {
            Sheet sheet = wb.getFirstSheet();
            assertEquals("Đại biểu phiên 1-2025 Ba Đồn", sheet.getName());
            List<Row> rows = sheet.read();
            assertEquals(4, rows.size());
            assertEquals(List.of("STT", "Họ và tên", "Điện thoại", "Phường, xã"), texts(rows.get(0)));
            assertEquals(List.of("1", "Nguyễn Thị Hường", "0912345678", "Phường Quảng Thọ"), texts(rows.get(1)));
            assertEquals(CellType.STRING, rows.get(1).getCell(2).getType());
            assertEquals(CellType.STRING, rows.get(1).getCell(0).getType());
            assertEquals("Trần Văn Đức", rows.get(2).getCellText(1));
            assertEquals("", rows.get(2).getCellText(2));
            // Written as a string, never as a formula, and neutralised as in CSV: saved as CSV, it stays text.
            assertEquals(CellType.STRING, rows.get(3).getCell(1).getType());
            assertEquals("'=cmd|' /C calc'!A0", rows.get(3).getCellText(1));
        }
    }

    @Test
    void headerIsBoldAndFrozenAndColumnsHaveWidths() throws IOException {
        String sheetXml = entry(Xlsx.render(TABLE), "xl/worksheets/sheet1.xml");
        assertTrue(sheetXml.contains("state=\"frozen\""), sheetXml);
        assertTrue(sheetXml.contains("ySplit=\"1\""), sheetXml);
        assertTrue(sheetXml.contains("<col "), sheetXml);
        assertFalse(sheetXml.contains("<f>"), "no formulas");
        String styles = entry(Xlsx.render(TABLE), "xl/styles.xml");
        assertTrue(styles.contains("<b/>") || styles.contains("<b val=\"true\"/>"), styles);
    }

    @Test
    void emptyTableStillHasItsHeader() throws IOException {
        Table empty = new Table("Trống", List.of("Họ và tên"), List.of());
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Xlsx.render(empty)))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertEquals(1, rows.size());
            assertEquals("Họ và tên", rows.get(0).getCellText(0));
        }
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "Danh sách                                       | Danh sách",
        "a[b]c:d*e?f/g\\h                               | abcdef-g-h",
        "Danh sách đại biểu dự hội nghị đối thoại lần 1 | Danh sách đại biểu dự hội nghị ",
        "'quoted'                                        | quoted",
        "[]:*?                                           | Danh sách",
        "NULL                                            | Danh sách",
    })
    void sheetNameIsSanitisedForExcel(String title, String expected) {
        String name = Xlsx.sheetName(title);
        assertTrue(name.length() <= Xlsx.MAX_SHEET_NAME);
        assertEquals(expected.strip(), name);
    }

    private static List<String> texts(Row row) {
        return row.stream().map(c -> c == null ? "" : c.getText()).toList();
    }

    /** ZipFile reads the central directory; ZipInputStream trips over fastexcel's streamed entries. */
    private static String entry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                ZipEntry e = z.getEntry(name);
                if (e == null) {
                    throw new AssertionError("no " + name);
                }
                return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }
}
