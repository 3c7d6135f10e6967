package vn.doithoai.participant;

/** The invitee's answer. */
public enum RsvpStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
