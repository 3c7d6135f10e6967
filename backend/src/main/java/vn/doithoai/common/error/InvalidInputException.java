package vn.doithoai.common.error;

import java.util.List;

/**
 * Input that passed bean validation but breaks a rule only the service can check (a malformed query
 * parameter, a date before another, an unknown reference). Answered as 400 with every bad field named; a request
 * that is well-formed but whose content cannot be carried out (rows of an import naming unknown wards) as 422.
 */
public class InvalidInputException extends RuntimeException {

    /** A field and the message key (with arguments) that says what is wrong with it. */
    public record Violation(String field, String messageKey, Object... args) {
    }

    private final transient List<Violation> violations;
    private final ProblemKind kind;
    private final String detailKey;
    private final transient Object[] detailArgs;

    public InvalidInputException(List<Violation> violations) {
        this(ProblemKind.VALIDATION, null, null, violations);
    }

    private InvalidInputException(ProblemKind kind, String detailKey, Object[] detailArgs, List<Violation> violations) {
        super("invalid input", null, false, false);
        this.violations = List.copyOf(violations);
        this.kind = kind;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new Violation(field, messageKey, args)));
    }

    /** 422: every violation named, with a detail saying what it means for the whole request. */
    public static InvalidInputException unprocessable(List<Violation> violations, String detailKey, Object... detailArgs) {
        return new InvalidInputException(ProblemKind.UNPROCESSABLE, detailKey, detailArgs, violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** The message key of the problem's detail; null for the kind's generic one. */
    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }
}
