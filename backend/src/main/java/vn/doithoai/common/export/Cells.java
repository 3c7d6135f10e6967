package vn.doithoai.common.export;

/** What every exported cell goes through, in CSV and XLSX alike. */
public final class Cells {

    private Cells() {
    }

    /**
     * A cell that a spreadsheet would evaluate as a formula (starting with {@code = + - @}, tab or carriage return) gets
     * a leading apostrophe: feedback, names and notes are typed by the public and the files are opened by staff (CSV or
     * formula injection, OWASP). Also in XLSX, where cells are written as text: a user who saves the sheet as CSV, or
     * edits the cell, would otherwise bring the formula to life. A phone number written "+84…" becomes "'+84…".
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
