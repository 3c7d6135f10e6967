package vn.doithoai.ruling;

/**
 * How far a ruling to resolve or to escalate has been carried out (theo dõi thực hiện). Rulings are OPEN from
 * creation; the follow-up workflow that moves them on is a later slice.
 */
public enum FollowUpStatus {
    OPEN, IN_PROGRESS, RESOLVED, CANNOT_RESOLVE
}
