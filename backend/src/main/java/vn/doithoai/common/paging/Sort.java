package vn.doithoai.common.paging;

import java.util.List;

import vn.doithoai.common.error.InvalidInputException;

/**
 * The order a list is asked for by {@code sort}: a field the list allows, "-" before it for the opposite way
 * ({@code dueDate}, {@code -createdAt}). Each list names the fields it can read along an index, so a sort never turns a
 * page into a sort of every row; the id always breaks ties in the same direction, so pages neither repeat nor skip items.
 * An unknown field is a 400 naming {@code sort} and the fields allowed, not a silently ignored order.
 */
public record Sort(String field, boolean descending) {

    public static Sort parse(String raw, Sort fallback, List<String> allowed) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String value = raw.strip();
        boolean descending = value.startsWith("-");
        String field = descending ? value.substring(1) : value;
        if (!allowed.contains(field)) {
            throw InvalidInputException.of("sort", "validation.sort-unknown", value, String.join(", ", allowed));
        }
        return new Sort(field, descending);
    }

    public static Sort ascending(String field) {
        return new Sort(field, false);
    }

    public static Sort descending(String field) {
        return new Sort(field, true);
    }

    /** "asc" or "desc", for a statement's ORDER BY. */
    public String direction() {
        return descending ? "desc" : "asc";
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field;
    }
}
