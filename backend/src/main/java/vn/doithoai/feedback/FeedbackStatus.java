package vn.doithoai.feedback;

/** Where an item is on its way from intake to a ruling; it moves only by the domain methods of {@link FeedbackItem}. */
public enum FeedbackStatus {
    /** Đã tiếp nhận. */
    RECEIVED,
    /** Đã phân loại: focus area and priority set by the office. */
    CLASSIFIED,
    /** Đã giao: a unit prepares the answer. */
    ASSIGNED,
    /**
     * Đã có dự thảo trả lời: the unit has drafted it and the office reviews it (edits, sends it back to the unit, or
     * submits it to the chair). An answer the chair sends back is here again, with the chair's reason.
     */
    ANSWER_DRAFTED,
    /**
     * Đã trình duyệt: the office has submitted the answer and it awaits the chair's approval. A status of its own
     * rather than a flag, so the chair's queue is a plain status filter and nobody edits what the chair is reading.
     */
    ANSWER_SUBMITTED,
    /** Trả lời đã được duyệt. */
    ANSWER_APPROVED,
    /** Đã trả lời tại hội nghị. */
    ANSWERED_AT_SESSION,
    /** Đã kết luận. */
    RULED,
    /** Không thuộc phạm vi đối thoại, with the reason. */
    REJECTED
}
