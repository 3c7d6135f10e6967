package vn.doithoai.ruling;

/**
 * Where an issued ruling stands (tình trạng thực hiện), the one answer every list, page, count, reminder and export
 * gives: a ruling past its due date in working days is overdue whether or not its unit has started on it.
 */
public enum RulingStanding {
    /** Chưa thực hiện: followed, nothing reported yet, not past its due date. */
    NOT_STARTED,
    /** Đang thực hiện: progress reported, not past its due date. */
    IN_PROGRESS,
    /** Quá hạn: open or in progress and past its due date by at least one working day. */
    OVERDUE,
    /** Đã giải quyết. */
    RESOLVED,
    /** Không thể giải quyết: the lead unit reported why. */
    CANNOT_RESOLVE,
    /** Đã giải thích at the session: nothing to follow. */
    EXPLAINED,
    /** Không giải quyết, with a reason: nothing to follow. */
    DECLINED
}
