package vn.doithoai.inbox;

/** What a notification links to. */
public enum InboxSubject {
    FEEDBACK, RULING, TASK
}
