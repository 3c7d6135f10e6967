package vn.doithoai.common.paging;

import java.util.ArrayList;
import java.util.List;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;

/**
 * A page asked for by {@code page} (from 0) and {@code size} (1..100). Parsed from the raw query strings so
 * that "page=abc" is a 400 naming the parameter, not the 404 JAX-RS gives for unconvertible query params.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public static PageRequest parse(String page, String size) {
        List<Violation> violations = new ArrayList<>();
        int p = parseInt("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, violations);
        int s = parseInt("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PageRequest(p, s);
    }

    public int offset() {
        return page * size;
    }

    private static int parseInt(String name, String raw, int fallback, int min, int max, List<Violation> violations) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                violations.add(max == Integer.MAX_VALUE / MAX_SIZE
                        ? new Violation(name, "validation.min", min)
                        : new Violation(name, "validation.range", min, max));
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(new Violation(name, "validation.not-a-number"));
            return fallback;
        }
    }
}
