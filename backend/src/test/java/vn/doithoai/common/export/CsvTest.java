package vn.doithoai.common.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    private static String body(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static String oneCell(String value) {
        String out = body(Csv.render(new Table("t", List.of("h"), List.of(Arrays.asList(value)))));
        return out.substring("h\r\n".length(), out.length() - 2);
    }

    @Test
    void startsWithUtf8BomThenHeaderRowAndUsesCrlf() {
        byte[] csv = Csv.render(new Table("Danh sách đại biểu", List.of("Họ và tên", "Phường, xã"),
                List.of(List.of("Nguyễn Thị Hường", "Phường Quảng Thọ"))));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("Họ và tên,\"Phường, xã\"\r\nNguyễn Thị Hường,Phường Quảng Thọ\r\n", body(csv));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "plain            | plain",
        "a,b              | \"a,b\"",
        "say \"hi\"       | \"say \"\"hi\"\"\"",
        "~line1\nline2~   | ~\"line1\nline2\"~",
        "~line1\r\nline2~ | ~\"line1\r\nline2\"~",
        "0912345678       | 0912345678",
    })
    void quotesPerRfc4180(String cell, String expected) {
        assertEquals(expected, oneCell(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+84912345678", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"})
    void neutralisesCellsASpreadsheetWouldEvaluate(String cell) {
        String out = oneCell(cell);
        String unquoted = out.startsWith("\"") ? out.substring(1, out.length() - 1).replace("\"\"", "\"") : out;
        assertEquals("'" + cell, unquoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=b", "Số 125-GM/ThU", "'already", " =not first"})
    void leavesHarmlessCellsAlone(String cell) {
        assertEquals(cell, oneCell(cell));
    }

    @Test
    void vietnameseRoundTripsThroughUtf8() {
        String all = "Đặng Thị Hường, Ngô Văn Đức – ầ ắ ặ ễ ộ ợ ự ữ ỹ đ Đ ỵ Ỷ";
        assertEquals("\"" + all + "\"", oneCell(all));
    }

    @Test
    void nullCellsAreEmptyAndRowsKeepTheirLength() {
        Table t = new Table(null, Arrays.asList("a", null, "c"), List.of(Arrays.asList(null, "x", null), List.of()));
        assertEquals("a,,c\r\n,x,\r\n\r\n", body(Csv.render(t)));
    }

    @Test
    void emptyCellIsNotQuoted() {
        assertEquals("", oneCell(""));
    }
}
