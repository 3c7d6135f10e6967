package vn.doithoai.accountability;

/** Where a ruling stands, as the public page says it; computed from its type, follow-up and due date. */
public enum PublicStatus {
    /** Being resolved (open or in progress) and not past its due date. */
    IN_PROGRESS,
    /** Open or in progress past its due date. */
    OVERDUE,
    RESOLVED,
    /** The unit reported it cannot be resolved, with a reason. */
    CANNOT_RESOLVE,
    /** Explained at the session: nothing to follow. */
    EXPLAINED,
    /** Declined with a reason: nothing to follow. */
    DECLINED
}
