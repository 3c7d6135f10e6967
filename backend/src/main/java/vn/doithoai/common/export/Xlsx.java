package vn.doithoai.participant.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A one-sheet workbook (fastexcel: streaming, no Apache POI). Every cell is a string cell with
 * the text number format "@", so "0912345678" keeps its leading zero and Excel does not turn it
 * into a number even after the user edits it. No formulas are ever written, so formula injection
 * does not apply here (unlike {@link Csv}).
 */
public final class Xlsx {

    /** Excel's limit on sheet names. */
    static final int MAX_SHEET_NAME = 31;
    private static final String DEFAULT_SHEET_NAME = "Danh sách";
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private Xlsx() {
    }

    public static byte[] render(Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Đối Thoại", "1.0");
            Worksheet ws = wb.newWorksheet(sheetName(t.title()));
            int columns = t.columnCount();
            writeRow(ws, 0, t.headers());
            for (int c = 0; c < t.headers().size(); c++) {
                ws.style(0, c).bold().fillColor("DDEBF7").format("@").set();
            }
            for (int r = 0; r < t.rows().size(); r++) {
                writeRow(ws, r + 1, t.rows().get(r));
            }
            ws.freezePane(0, 1);
            for (int c = 0; c < columns; c++) {
                ws.width(c, width(t, c));
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeRow(Worksheet ws, int r, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (v != null) {
                ws.value(r, c, v);
                ws.style(r, c).format("@").set();
            }
        }
    }

    /** Width in characters of the longest line in the column, within sane bounds. */
    private static double width(Table t, int c) {
        int longest = longestLine(c < t.headers().size() ? t.headers().get(c) : null);
        for (List<String> row : t.rows()) {
            if (c < row.size()) {
                longest = Math.max(longest, longestLine(row.get(c)));
            }
        }
        return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    }

    private static int longestLine(String s) {
        if (s == null) {
            return 0;
        }
        int max = 0;
        for (String line : s.split("\r?\n", -1)) {
            max = Math.max(max, line.codePointCount(0, line.length()));
        }
        return max;
    }

    /**
     * Excel rejects sheet names that are empty, longer than 31 characters, contain
     * {@code [ ] : * ? / \} or start or end with an apostrophe.
     */
    static String sheetName(String title) {
        if (title == null) {
            return DEFAULT_SHEET_NAME;
        }
        // "1/2025" reads better as "1-2025" than "12025"; the other forbidden characters just go.
        String name = title.replaceAll("[/\\\\]", "-").replaceAll("[\\[\\]:*?]", "")
                .replaceAll("\\s+", " ").strip();
        if (name.length() > MAX_SHEET_NAME) {
            int end = MAX_SHEET_NAME;
            if (Character.isHighSurrogate(name.charAt(end - 1))) {
                end--;
            }
            name = name.substring(0, end);
        }
        name = name.replaceAll("^'+|'+$", "").strip();
        return name.isEmpty() ? DEFAULT_SHEET_NAME : name;
    }
}
