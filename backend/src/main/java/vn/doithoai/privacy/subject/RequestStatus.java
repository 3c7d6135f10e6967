package vn.doithoai.privacy.subject;

/** Where a person's request stands; its outcome once it is no longer OPEN. */
public enum RequestStatus {
    /** Received, not yet answered. */
    OPEN,
    /** Done as asked. */
    DONE,
    /** Refused, with the reason told to the person. */
    REFUSED
}
