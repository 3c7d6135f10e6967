package vn.doithoai.accountability;

import vn.doithoai.ruling.RulingStanding;

/**
 * Where a ruling stands, as the public page says it: the ruling's {@link RulingStanding}, value for value, so the
 * public page and the office's lists never disagree. NOT_STARTED came after the others: a ruling nobody has reported
 * on was shown as IN_PROGRESS before; clients that do not know it should show it as they show IN_PROGRESS.
 */
public enum PublicStatus {
    /** Being resolved (progress reported) and not past its due date. */
    IN_PROGRESS,
    /** Open or in progress past its due date by at least one working day of its body's calendar. */
    OVERDUE,
    RESOLVED,
    /** The unit reported it cannot be resolved, with a reason. */
    CANNOT_RESOLVE,
    /** Explained at the session: nothing to follow. */
    EXPLAINED,
    /** Declined with a reason: nothing to follow. */
    DECLINED,
    /** Followed, nothing reported yet, not past its due date (chưa thực hiện). */
    NOT_STARTED;

    public static PublicStatus of(RulingStanding standing) {
        return valueOf(standing.name());
    }
}
