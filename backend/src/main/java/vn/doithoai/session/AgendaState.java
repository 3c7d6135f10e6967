package vn.doithoai.session;

/** How far an agenda item has got at the session. */
public enum AgendaState {
    /** Chưa bắt đầu. */
    PENDING,
    /** Đang diễn ra. */
    IN_PROGRESS,
    /** Đã xong. */
    DONE
}
