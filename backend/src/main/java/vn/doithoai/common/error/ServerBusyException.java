package vn.doithoai.common.error;

/**
 * A bounded resource of the server (e.g. the photo decoders) stayed busy longer than a request may wait for it;
 * answered 503 with Retry-After. Nothing was changed.
 */
public class ServerBusyException extends RetryLaterException {

    public ServerBusyException(long retryAfterSeconds, String messageKey) {
        super(ProblemKind.UNAVAILABLE, retryAfterSeconds, messageKey, retryAfterSeconds);
    }
}
