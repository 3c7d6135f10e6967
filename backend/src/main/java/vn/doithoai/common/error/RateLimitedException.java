package vn.doithoai.common.error;

/** A client sent more than its share; answered 429 with Retry-After. */
public class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super(ProblemKind.TOO_MANY_REQUESTS, "problem.too-many-requests.detail", retryAfterSeconds);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
