package vn.doithoai.participant;

/** Where a registration that matched a known person stands. */
public enum PendingRegistrationStatus {
    /** Chờ xác nhận trùng khớp: nobody is signed up yet. */
    PENDING_MATCH,
    /** The same person: the participation joined their record. */
    SAME_PERSON,
    /** Another person sharing the number (a relative's phone): a record of their own, from what they entered. */
    SEPARATE_PERSON,
    /** Not accepted (someone else's number used): no participation, and the link no longer opens. */
    REJECTED
}
