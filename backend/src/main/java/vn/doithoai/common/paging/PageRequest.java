package vn.doithoai.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;

/**
 * A page asked for the one way every list pages: {@code size} (1..100) items {@code after} the cursor the previous page
 * answered as {@code nextCursor} (none: the first page). This is the reading of the small lists, whose cursor stands for a
 * position in the list; the big lists (feedback, follow-up) and change feeds ({@link ChangeCursor}) read their own
 * cursors, with the same parameters and the same {@link Page}. Parsed from the raw query strings so that "size=abc" is a
 * 400 naming the parameter, not the 404 JAX-RS gives for unconvertible query params.
 */
public record PageRequest(int offset, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Positions past this are not a list anybody pages through. */
    private static final int MAX_OFFSET = 1_000_000;

    /** The first page of {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public static PageRequest parse(String after, String size) {
        List<Violation> violations = new ArrayList<>();
        int s = size(size, violations);
        int offset = 0;
        if (after != null && !after.isBlank()) {
            offset = decode(after.strip());
            if (offset < 0) {
                violations.add(new Violation("after", "paging.cursor-invalid"));
                offset = 0;
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PageRequest(offset, s);
    }

    /** The page size alone, for lists that read their own cursor: 1..100, 20 when left out. */
    public static int size(String size) {
        List<Violation> violations = new ArrayList<>();
        int s = size(size, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return s;
    }

    /** The page after this one. */
    public PageRequest following() {
        return new PageRequest(offset + size, size);
    }

    /** The cursor of the page after this one. */
    String nextCursor() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o." + (offset + size)).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length == 2 && parts[0].equals("o")) {
                int offset = Integer.parseInt(parts[1]);
                return offset <= MAX_OFFSET ? offset : -1;
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: reported by the caller
        }
        return -1;
    }

    private static int size(String raw, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < 1 || value > MAX_SIZE) {
                violations.add(new Violation("size", "validation.range", 1, MAX_SIZE));
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new Violation("size", "validation.not-a-number"));
            return DEFAULT_SIZE;
        }
    }
}
