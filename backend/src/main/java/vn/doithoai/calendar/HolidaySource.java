package vn.doithoai.calendar;

/** Where a day off comes from. */
public enum HolidaySource {
    /** Computed: the Labour Code 2019 art. 112 holidays, their compensatory days, the lunar dates. */
    COMPUTED,
    /** Recorded by an admin from the year's official schedule (lịch nghỉ chính thức). */
    RECORDED
}
