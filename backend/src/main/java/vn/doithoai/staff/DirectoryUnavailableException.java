package vn.doithoai.staff;

import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.error.RetryLaterException;

/**
 * Keycloak's Admin API could not be reached, refused our client, or failed (a mail it could not send): nothing was
 * changed for good, and the administrator may try again in a moment (503 with Retry-After).
 */
public class DirectoryUnavailableException extends RetryLaterException {

    static final long RETRY_AFTER_SECONDS = 30;

    public DirectoryUnavailableException(String messageKey) {
        super(ProblemKind.UNAVAILABLE, RETRY_AFTER_SECONDS, messageKey, RETRY_AFTER_SECONDS);
    }
}
