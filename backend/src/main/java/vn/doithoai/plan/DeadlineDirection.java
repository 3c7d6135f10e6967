package vn.doithoai.plan;

/** Whether a deadline falls before or after the session. */
public enum DeadlineDirection {
    BEFORE, AFTER
}
