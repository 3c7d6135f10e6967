package vn.doithoai.common.error;

/** Refused for now, not for good: answered with Retry-After, so a phone knows when to send again. */
public abstract class RetryLaterException extends DomainException {

    private final long retryAfterSeconds;

    protected RetryLaterException(ProblemKind kind, long retryAfterSeconds, String messageKey, Object... args) {
        super(kind, messageKey, args);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
