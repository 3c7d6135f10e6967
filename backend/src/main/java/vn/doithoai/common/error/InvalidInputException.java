package vn.doithoai.common.error;

import java.util.List;

/**
 * Input that passed bean validation but breaks a rule only the service can check (a malformed query
 * parameter, a date before another, an unknown reference). Answered as 400 with every bad field named.
 */
public class InvalidInputException extends RuntimeException {

    /** A field and the message key (with arguments) that says what is wrong with it. */
    public record Violation(String field, String messageKey, Object... args) {
    }

    private final transient List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid input", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new Violation(field, messageKey, args)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
