package vn.doithoai.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.feedback.FeedbackReports.Field;
import vn.doithoai.feedback.FeedbackReports.Line;

/**
 * Reads the rows of an organisation's report from a spreadsheet: XLSX or CSV, judged by the content, never the name.
 * Columns are found by their header (Vietnamese or English, any case, with or without diacritics, in any order);
 * every cell is read as text, so nothing a cell holds is ever evaluated. Rows are numbered as the spreadsheet
 * shows them (the header is row 1), so the errors point at what the user sees.
 */
final class FeedbackImports {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 1000;
    /** A 2 MB zip can unpack to gigabytes; a real sheet of 1000 rows unpacks to a few MB. */
    private static final long MAX_UNPACKED = 40L * 1024 * 1024;

    enum Format {
        CSV, XLSX
    }

    /** The headers as the template writes them (the first of each column's names below). */
    static final Map<Field, String> HEADERS = new EnumMap<>(Map.of(Field.KIND, "Loại", Field.TITLE, "Tiêu đề", Field.CONTENT, "Nội dung",
            Field.WARD, "Phường/xã", Field.VILLAGE, "Thôn/tổ dân phố", Field.SUBMITTER_NAME, "Người phản ánh", Field.SUBMITTER_PHONE,
            "Số điện thoại"));
    private static final List<Field> REQUIRED = List.of(Field.KIND, Field.TITLE, Field.CONTENT, Field.WARD);
    /** Header names, compared without case, diacritics, spaces or punctuation. */
    private static final Map<Field, List<String>> NAMES = new EnumMap<>(Map.of(
            Field.KIND, List.of("loai", "loaiykien", "phanloai", "kind", "type"),
            Field.TITLE, List.of("tieude", "title"),
            Field.CONTENT, List.of("noidung", "content"),
            Field.WARD, List.of("phuongxa", "xaphuong", "phuong", "xa", "ward", "wardcode", "commune"),
            Field.VILLAGE, List.of("thontodanpho", "thonto", "thon", "todanpho", "village", "villagecode"),
            Field.SUBMITTER_NAME, List.of("nguoiphananh", "nguoigui", "hoten", "hovaten", "submitter", "submittername", "name"),
            Field.SUBMITTER_PHONE, List.of("sodienthoai", "dienthoai", "sdt", "phone", "submitterphone", "phonenumber")));

    /** A sheet as read: its rows of cell texts, each with its spreadsheet row number. */
    record Sheet(Format format, List<String> header, List<Numbered> rows) {
    }

    record Numbered(int number, List<String> cells) {
    }

    private FeedbackImports() {
    }

    /** The rows of the file; 415 when it is neither XLSX nor CSV, 422 when a required column is missing. */
    static Sheet read(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "document.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (isXlsx(content)) {
            return xlsx(content);
        }
        String text = utf8(content);
        if (text == null || looksLikeMarkup(text)) {
            throw notASpreadsheet();
        }
        return csv(text);
    }

    /** Which column holds which field; the missing required ones refused all at once. */
    static Map<Field, Integer> columns(Sheet sheet) {
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        for (int c = 0; c < sheet.header().size(); c++) {
            String name = headerKey(sheet.header().get(c));
            for (var e : NAMES.entrySet()) {
                if (!found.containsKey(e.getKey()) && e.getValue().contains(name)) {
                    found.put(e.getKey(), c);
                    break;
                }
            }
        }
        List<Violation> missing = REQUIRED.stream().filter(f -> !found.containsKey(f))
                .map(f -> new Violation(HEADERS.get(f), "feedback-import.column-missing", HEADERS.get(f))).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.unprocessable(missing, "feedback-import.columns-missing");
        }
        return found;
    }

    /** Each non-empty row as a line to check; its errors name the row and the column as the file heads it. */
    static List<Line> lines(Sheet sheet, Map<Field, Integer> columns) {
        List<Line> lines = new ArrayList<>();
        for (Numbered row : sheet.rows()) {
            Map<Field, String> v = new EnumMap<>(Field.class);
            columns.forEach((field, c) -> v.put(field, c < row.cells().size() ? blankToNull(row.cells().get(c)) : null));
            if (v.values().stream().allMatch(x -> x == null)) {
                continue;
            }
            int n = row.number();
            lines.add(new Line(v.get(Field.KIND), v.get(Field.TITLE), v.get(Field.CONTENT), v.get(Field.WARD), v.get(Field.VILLAGE),
                    v.get(Field.SUBMITTER_NAME), v.get(Field.SUBMITTER_PHONE), n,
                    field -> "rows[" + n + "]." + (columns.containsKey(field) ? sheet.header().get(columns.get(field)).strip() : HEADERS.get(field))));
        }
        return lines;
    }

    private static String headerKey(String header) {
        return SearchText.normalise(header).replace(" ", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static DomainException notASpreadsheet() {
        return new DomainException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "feedback-import.not-spreadsheet");
    }

    private static DomainException tooManyRows() {
        return new DomainException(ProblemKind.UNPROCESSABLE, "feedback-import.too-many-rows", MAX_ROWS);
    }

    // --- XLSX ---

    /**
     * A zip holding a workbook part. Read by its central directory (Excel and streaming writers put sizes after the
     * data, which a plain ZipInputStream refuses), entry by entry and counting what unpacks, so a zip bomb is refused
     * before the reader unpacks it.
     */
    private static boolean isXlsx(byte[] b) {
        if (!(b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4)) {
            return false;
        }
        boolean workbook = false;
        long unpacked = 0;
        byte[] buffer = new byte[8192];
        try (var zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(b)).get()) {
            for (var entries = zip.getEntries(); entries.hasMoreElements();) {
                ZipArchiveEntry e = entries.nextElement();
                workbook |= e.getName().equals("xl/workbook.xml");
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED) {
                            throw InvalidInputException.of("file", "document.too-large", MAX_BYTES / (1024 * 1024));
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw notASpreadsheet();
        }
        if (!workbook) {
            throw notASpreadsheet();
        }
        return true;
    }

    private static Sheet xlsx(byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content); var workbook = new ReadableWorkbook(in);
                var stream = workbook.getFirstSheet().openStream()) {
            List<String> header = null;
            List<Numbered> rows = new ArrayList<>();
            for (var it = stream.iterator(); it.hasNext();) {
                Row row = it.next();
                List<String> cells = cells(row);
                if (header == null) {
                    // The header is the first row with anything in it.
                    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                        continue;
                    }
                    header = cells;
                    continue;
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw tooManyRows();
                }
                rows.add(new Numbered(row.getRowNum(), cells));
            }
            if (header == null) {
                throw InvalidInputException.unprocessable(List.of(new Violation("file", "feedback-import.empty")), "feedback-import.empty");
            }
            return new Sheet(Format.XLSX, header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException || e instanceof InvalidInputException) {
                throw (RuntimeException) e;
            }
            throw notASpreadsheet();
        }
    }

    /**
     * Every cell as the text it shows. A formula is kept as the formula's text, never its result: the import stores
     * what was typed. A phone typed as a number lost its leading zero in Excel; the phone check puts it back.
     */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                cells.add(null);
            } else if (cell.getType() == CellType.FORMULA && cell.getFormula() != null) {
                cells.add("=" + cell.getFormula());
            } else {
                cells.add(cell.getText());
            }
        }
        return cells;
    }

    // --- CSV ---

    /** The text when the bytes are UTF-8 (a BOM dropped); null otherwise, e.g. random bytes or a legacy code page. */
    private static String utf8(byte[] b) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            if (text.indexOf('\0') >= 0) {
                return null;
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** An HTML or XML page saved as .csv (a download that went wrong) is not a sheet. */
    private static boolean looksLikeMarkup(String text) {
        return text.stripLeading().startsWith("<");
    }

    /** RFC 4180, with the separator (comma or semicolon, as Excel writes in Vietnamese locales) taken from the header line. */
    private static Sheet csv(String text) {
        char separator = separator(text);
        List<Numbered> records = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int record = 1;
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
                i++;
                continue;
            }
            if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (ch == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' || ch == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                add(records, record++, cells);
                cells = new ArrayList<>();
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                cell.append(ch);
            }
            i++;
        }
        if (!cells.isEmpty() || cell.length() > 0) {
            cells.add(cell.toString());
            add(records, record, cells);
        }
        if (records.isEmpty()) {
            throw InvalidInputException.unprocessable(List.of(new Violation("file", "feedback-import.empty")), "feedback-import.empty");
        }
        return new Sheet(Format.CSV, records.get(0).cells(), records.subList(1, records.size()));
    }

    /** Blank lines are left out but still counted, so the numbers match the spreadsheet's rows. */
    private static void add(List<Numbered> records, int number, List<String> cells) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (records.size() > MAX_ROWS) {
            throw tooManyRows();
        }
        records.add(new Numbered(number, cells));
    }

    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                break;
            } else if (!quoted && ch == ',') {
                commas++;
            } else if (!quoted && ch == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
