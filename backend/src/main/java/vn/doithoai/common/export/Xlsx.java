package vn.doithoai.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A one-sheet workbook, written as it goes (fastexcel, the streaming writer this project uses instead of Apache
 * POI): rows go to the stream every {@link #FLUSH_EVERY}, strings inline (no shared-strings table growing with the
 * file), so a long export holds a page of rows, not the sheet. Every cell is a string cell with the text number
 * format "@", so "0912345678" keeps its leading zero and Excel does not turn it into a number even after the user
 * edits it; no formula is ever written, and text that would read as one is neutralised as in CSV
 * ({@link Cells#neutralise}).
 */
public final class Xlsx {

    /** Excel's limit on sheet names. */
    static final int MAX_SHEET_NAME = 31;
    /** Rows kept before they go to the stream; the column widths are measured on the first ones. */
    static final int FLUSH_EVERY = 200;
    private static final String DEFAULT_SHEET_NAME = "Danh sách";
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private Xlsx() {
    }

    /** A small table at once (the participants of a plan, an import template). */
    public static byte[] render(Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableWriter writer = writer(out, t.title());
            writer.row(t.headers());
            for (List<String> row : t.rows()) {
                writer.row(row);
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Rows as they come, the first one the header (bold, frozen); {@code title} names the sheet. */
    public static TableWriter writer(OutputStream out, String title) {
        Workbook wb = new Workbook(out, "Đối Thoại", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(title));
        return new TableWriter() {
            private final List<List<String>> measured = new ArrayList<>();
            private int next;
            private boolean widthsSet;

            @Override
            public void row(List<String> cells) throws IOException {
                int r = next++;
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v != null) {
                        ws.inlineString(r, c, Cells.neutralise(v));
                        ws.style(r, c).format("@").set();
                    }
                }
                if (r == 0) {
                    for (int c = 0; c < cells.size(); c++) {
                        ws.style(0, c).bold().fillColor("DDEBF7").format("@").set();
                    }
                    ws.freezePane(0, 1);
                }
                if (!widthsSet) {
                    measured.add(cells);
                }
                if (next % FLUSH_EVERY == 0) {
                    setWidths();
                    ws.flush();
                }
            }

            @Override
            public void finish() throws IOException {
                setWidths();
                wb.finish();
            }

            /** Column widths go before the rows in the sheet: measured once, on the rows before the first flush. */
            private void setWidths() {
                if (widthsSet) {
                    return;
                }
                int columns = measured.stream().mapToInt(List::size).max().orElse(0);
                for (int c = 0; c < columns; c++) {
                    int longest = 0;
                    for (List<String> row : measured) {
                        if (c < row.size()) {
                            longest = Math.max(longest, longestLine(row.get(c)));
                        }
                    }
                    ws.width(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)));
                }
                measured.clear();
                widthsSet = true;
            }
        };
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
