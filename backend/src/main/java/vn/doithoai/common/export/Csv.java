package vn.doithoai.participant.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the file as the
 * ANSI code page and mangles Vietnamese), CRLF line ends and RFC 4180 quoting. The title is not
 * written: a title row would break "import as table" in every spreadsheet.
 *
 * <p>Cells that a spreadsheet would evaluate as a formula (starting with {@code = + - @}, tab or
 * carriage return) get a leading apostrophe, because participant data is typed by the public and
 * the export is opened by staff (CSV/formula injection, OWASP). A phone number written as
 * "+84…" is therefore exported as "'+84…".
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    public static byte[] render(Table t) {
        StringBuilder sb = new StringBuilder(256);
        appendRow(sb, t.headers());
        for (List<String> row : t.rows()) {
            appendRow(sb, row);
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(BOM.length + body.length);
        out.writeBytes(BOM);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static void appendRow(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            appendCell(sb, cells.get(i));
        }
        sb.append("\r\n");
    }

    private static void appendCell(StringBuilder sb, String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        String cell = neutraliseFormula(raw);
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        if (quote) {
            sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(cell);
        }
    }

    static String neutraliseFormula(String cell) {
        char first = cell.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
