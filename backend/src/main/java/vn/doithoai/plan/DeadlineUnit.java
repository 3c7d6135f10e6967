package vn.doithoai.plan;

/** How a deadline's offset is counted. */
public enum DeadlineUnit {
    /** Ngày (lịch). */
    CALENDAR_DAYS,
    /** Ngày làm việc: weekends, public holidays and recorded days off are skipped. */
    WORKING_DAYS
}
