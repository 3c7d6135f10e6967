package vn.doithoai.common.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A titled table of already-localised strings, small enough to hold at once (a plan's participants, an import
 * template): the common input of {@link Csv#render} and {@link Xlsx#render}. Long lists stream through a
 * {@link TableWriter} instead ({@link Exports}).
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

    // List.copyOf rejects nulls, and null cells are legitimate here.
    private static List<String> copyAllowingNulls(List<String> cells) {
        return Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
