package vn.doithoai.calendar;

/** What the year's official schedule makes of a day, whatever the computed calendar says. */
public enum OverrideKind {
    /** A day off: one the government added, or a holiday moved to this day. */
    DAY_OFF,
    /** A working day: a Saturday worked in exchange (làm bù), or a computed holiday that is worked. */
    WORKING_DAY
}
