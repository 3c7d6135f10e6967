package vn.doithoai.common.error;

import java.util.List;

/**
 * A rule of the domain refused the request (not found in the caller's scope, conflict, stale or missing
 * precondition). Carries a message key, not a text, so the answer can be given in the caller's language.
 */
public class DomainException extends RuntimeException {

    private final ProblemKind kind;
    private final String messageKey;
    private final transient Object[] args;
    private transient List<InvalidInputException.Violation> warnings;
    private transient List<InvalidInputException.Violation> errors;

    public DomainException(ProblemKind kind, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.kind = kind;
        this.messageKey = messageKey;
        this.args = args;
    }

    public static DomainException notFound(String messageKey, Object... args) {
        return new DomainException(ProblemKind.NOT_FOUND, messageKey, args);
    }

    public static DomainException conflict(String messageKey, Object... args) {
        return new DomainException(ProblemKind.CONFLICT, messageKey, args);
    }

    /** Things the caller must acknowledge before trying again (e.g. tasks already past due at publish). */
    public DomainException withWarnings(List<InvalidInputException.Violation> warnings) {
        this.warnings = List.copyOf(warnings);
        return this;
    }

    /** What failed, part by part (e.g. each item of a bulk action as {@code items[3]}), answered as the problem's errors. */
    public DomainException withErrors(List<InvalidInputException.Violation> errors) {
        this.errors = List.copyOf(errors);
        return this;
    }

    public List<InvalidInputException.Violation> errors() {
        return errors;
    }

    /** Each warning: what it is about (as {@code field}, e.g. "tasks/17") and its message key. */
    public List<InvalidInputException.Violation> warnings() {
        return warnings;
    }

    public ProblemKind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
