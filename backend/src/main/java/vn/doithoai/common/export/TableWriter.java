package vn.doithoai.common.export;

import java.io.IOException;
import java.util.List;

/**
 * Writes a table row by row to a stream, so an export of any length holds one page of rows at a time: the header
 * first, then the rows, then {@link #finish()}. Cells may be null (written empty). Every cell that a spreadsheet
 * would take for a formula is neutralised ({@link Cells#neutralise}).
 */
public interface TableWriter {

    void row(List<String> cells) throws IOException;

    /** Completes the file (the XLSX's closing parts); the stream itself stays open for the caller to close. */
    void finish() throws IOException;
}
