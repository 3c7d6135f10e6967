package vn.doithoai.participant.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A titled table of already-localised strings, the common input of {@link Csv} and {@link Xlsx}.
 * Cells may be {@code null} (rendered empty); rows may be shorter or longer than the header.
 * Lists are copied so a renderer never sees the caller's later mutations.
 */
public record Table(String title, List<String> headers, List<List<String>> rows) {

    public Table {
        headers = copyAllowingNulls(Objects.requireNonNull(headers, "headers"));
        List<List<String>> copied = new ArrayList<>(Objects.requireNonNull(rows, "rows").size());
        for (List<String> row : rows) {
            copied.add(row == null ? List.of() : copyAllowingNulls(row));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** Number of columns: the widest of the header and every row. */
    int columnCount() {
        int n = headers.size();
        for (List<String> row : rows) {
            n = Math.max(n, row.size());
        }
        return n;
    }

    // List.copyOf rejects nulls, and null cells are legitimate here.
    private static List<String> copyAllowingNulls(List<String> cells) {
        return Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
