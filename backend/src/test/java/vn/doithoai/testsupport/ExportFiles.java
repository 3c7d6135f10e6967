package vn.doithoai.testsupport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Exported files read back as rows of cells (the header first), as a spreadsheet would read them. */
public final class ExportFiles {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private ExportFiles() {
    }

    public static boolean startsWithBom(byte[] file) {
        return file.length >= 3 && file[0] == BOM[0] && file[1] == BOM[1] && file[2] == BOM[2];
    }

    /** RFC 4180: quoted cells may hold commas, quotes (doubled) and line breaks; rows end with CRLF. */
    public static List<List<String>> csv(byte[] file) {
        String text = new String(file, startsWithBom(file) ? 3 : 0, file.length - (startsWithBom(file) ? 3 : 0), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The first sheet's rows, every cell as its text ("" when empty), as wide as the header. */
    public static List<List<String>> xlsx(byte[] file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<List<String>> rows = new ArrayList<>();
            int width = -1;
            for (Row r : wb.getFirstSheet().read()) {
                if (width < 0) {
                    width = r.getCellCount();
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < width; c++) {
                    cells.add(c < r.getCellCount() && r.getCell(c) != null ? r.getCellText(c) : "");
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
