package vn.doithoai.common.error;

/** A client sent more than its share; answered 429 with Retry-After. */
public class RateLimitedException extends RetryLaterException {

    public RateLimitedException(long retryAfterSeconds) {
        super(ProblemKind.TOO_MANY_REQUESTS, retryAfterSeconds, "problem.too-many-requests.detail", retryAfterSeconds);
    }
}
