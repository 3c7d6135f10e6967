package vn.doithoai.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads the file as the ANSI code page and
 * mangles Vietnamese), CRLF line ends and RFC 4180 quoting, formulas neutralised ({@link Cells#neutralise}). The title
 * is not written: a title row would break "import as table" in every spreadsheet.
 */
public final class Csv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Csv() {
    }

    /** A small table at once (the participants of a plan, an import template). */
    public static byte[] render(Table t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            TableWriter writer = writer(out);
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

    /** Rows as they come; the byte-order mark is written at once. */
    public static TableWriter writer(OutputStream out) throws IOException {
        out.write(BOM);
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new TableWriter() {
            private final StringBuilder line = new StringBuilder(256);

            @Override
            public void row(List<String> cells) throws IOException {
                line.setLength(0);
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    appendCell(line, cells.get(i));
                }
                text.append(line).append("\r\n");
            }

            @Override
            public void finish() throws IOException {
                text.flush();
            }
        };
    }

    private static void appendCell(StringBuilder sb, String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        String cell = Cells.neutralise(raw);
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        if (quote) {
            sb.append('"').append(cell.replace("\"", "\"\"")).append('"');
        } else {
            sb.append(cell);
        }
    }
}
