package vn.doithoai.common.export;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import vn.doithoai.common.http.Downloads;

/**
 * The one way a working list leaves the application as a file: CSV or XLSX, written while the rows are read page by
 * page, so an export of a hundred thousand items holds one page, never the list. The feature reads its pages with its
 * list's own search (the same filters and the caller's scope) and hands each row to the writer.
 */
public final class Exports {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV_TYPE = "text/csv";

    /** The file formats of the working lists' exports. */
    public enum Format {
        CSV(CSV_TYPE + "; charset=UTF-8", "csv"), XLSX(XLSX_TYPE, "xlsx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        TableWriter writer(java.io.OutputStream out, String title) throws IOException {
            return this == CSV ? Csv.writer(out) : Xlsx.writer(out, title);
        }
    }

    /** Writes the rows (the header is written before); reads its pages as it goes. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(TableWriter out) throws IOException;
    }

    private Exports() {
    }

    /**
     * The file as a streamed response. Anything that can be refused (a bad filter, a plan out of scope) must be checked
     * before this is called, typically by reading the first page: once streaming has begun, the status is sent.
     *
     * @param fileName without its extension
     * @param title    the sheet's name in XLSX (CSV has no title row)
     */
    public static Response stream(Format format, String fileName, String title, List<String> headers, Rows rows) {
        StreamingOutput body = out -> {
            TableWriter writer = format.writer(out, title);
            writer.row(headers);
            rows.writeTo(writer);
            writer.finish();
            out.flush();
        };
        return Response.ok(body, format.mediaType).header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(fileName + "." + format.extension))
                .header("Cache-Control", "no-store").build();
    }
}
