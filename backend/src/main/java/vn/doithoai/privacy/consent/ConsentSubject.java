package vn.doithoai.privacy.consent;

/** The record holding the person's data that a consent belongs to. */
public enum ConsentSubject {
    /** The sender of a feedback item. */
    FEEDBACK_ITEM,
    /** A person of the participants' records. */
    PERSON,
    /** A public registration waiting for the staff to decide whose it is. */
    PENDING_REGISTRATION
}
