package vn.doithoai.authorization;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * docs/authorization-policy.md read back: every table whose first column is "operation", one row per operation
 * ("METHOD /path"), one cell per caller: yes, own or no.
 */
record AuthorizationPolicy(Map<String, Row> rows) {

    static final Path FILE = Path.of("..", "docs", "authorization-policy.md");

    enum Access {
        YES, OWN, NO;

        static Access of(String cell, String where) {
            return switch (cell) {
                case "yes" -> YES;
                case "own" -> OWN;
                case "no" -> NO;
                default -> throw new IllegalArgumentException(where + ": a cell is yes, own or no, not '" + cell + "'");
            };
        }
    }

    record Row(String operation, Map<Caller, Access> cells, int line) {

        String method() {
            return operation.substring(0, operation.indexOf(' '));
        }

        String path() {
            return operation.substring(operation.indexOf(' ') + 1);
        }

        Access of(Caller caller) {
            return cells.get(caller);
        }
    }

    static AuthorizationPolicy load() throws IOException {
        List<String> lines = Files.readAllLines(FILE);
        Map<String, Row> rows = new LinkedHashMap<>();
        List<Caller> columns = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = FILE + ":" + (i + 1);
            if (!line.startsWith("|")) {
                columns = null;
                continue;
            }
            List<String> cells = cells(line);
            if (cells.get(0).equals("operation")) {
                columns = new ArrayList<>();
                for (String c : cells.subList(1, cells.size())) {
                    columns.add(Caller.ofColumn(c));
                }
                if (columns.size() != Caller.values().length) {
                    throw new IllegalArgumentException(where + ": a table names every caller once");
                }
                continue;
            }
            if (columns == null || cells.get(0).startsWith("---")) {
                continue;
            }
            String operation = cells.get(0).replace("`", "");
            if (cells.size() != columns.size() + 1) {
                throw new IllegalArgumentException(where + ": " + operation + " has " + (cells.size() - 1) + " cells, not " + columns.size());
            }
            Map<Caller, Access> access = new EnumMap<>(Caller.class);
            for (int c = 0; c < columns.size(); c++) {
                access.put(columns.get(c), Access.of(cells.get(c + 1), where));
            }
            if (rows.put(operation, new Row(operation, access, i + 1)) != null) {
                throw new IllegalArgumentException(where + ": " + operation + " has two rows");
            }
        }
        return new AuthorizationPolicy(rows);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
