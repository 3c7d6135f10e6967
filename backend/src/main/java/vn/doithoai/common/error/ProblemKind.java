package vn.doithoai.common.error;

/** The kinds of failure the API reports; each has a stable type URI and a localised title. */
public enum ProblemKind {
    BAD_REQUEST(400, "bad-request"),
    VALIDATION(400, "validation"),
    MALFORMED_BODY(400, "malformed-body"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    /** Invitations after the plan's deadline: the office may resend with a reason. */
    INVITATION_LATE(409, "invitation-late"),
    /** Check-in on another day than the session's: the officer confirms to record it all the same. */
    CHECKIN_OUTSIDE_SESSION_DAY(409, "checkin-outside-session-day"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    /** A body larger than the server takes (quarkus.http.limits.max-body-size). */
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    /** An address (with its query) longer than the server reads. */
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    UNPROCESSABLE(422, "unprocessable"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    /** Too many submissions from one client in a short time; the answer says when to try again. */
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    /** Headers larger in all than the server reads. */
    HEADERS_TOO_LARGE(431, "headers-too-large"),
    INTERNAL(500, "internal"),
    /** The server cannot take this on now (the database did not answer in time, every photo decoder is busy); the
     * answer says when to try again (Retry-After). */
    UNAVAILABLE(503, "unavailable");

    private final int status;
    private final String slug;

    ProblemKind(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String type() {
        return "urn:problem-type:doithoai:" + slug;
    }

    /** Message-bundle key of the title; the detail of a generic occurrence uses {@code <key>.detail}. */
    public String titleKey() {
        return "problem." + slug;
    }
}
