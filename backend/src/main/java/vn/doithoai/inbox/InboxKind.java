package vn.doithoai.inbox;

/** What changed for the reader, in the words of the bell's list. */
public enum InboxKind {
    /** Được giao: an item was assigned to the reader's unit (lead or coordinating). */
    ASSIGNED,
    /** Bị trả lại: an answer (or a ruling's report) was sent back to the reader's desk, with a reason. */
    RETURNED,
    /** Đã duyệt: the chair approved an answer the reader's unit or office worked on. */
    APPROVED,
    /** Đến hạn ngày mai: a preparation task or a ruling's report is due the next working day. */
    DUE_TOMORROW
}
