package vn.doithoai.feedback;

/** Where an item is on its way from intake to a ruling; it moves only by the domain methods of {@link FeedbackItem}. */
public enum FeedbackStatus {
    /** Đã tiếp nhận. */
    RECEIVED,
    /** Đã phân loại: focus area and priority set by the office. */
    CLASSIFIED,
    /** Đã giao: a unit prepares the answer. */
    ASSIGNED,
    /** Đã có dự thảo trả lời. */
    ANSWER_DRAFTED,
    /** Trả lời đã được duyệt. */
    ANSWER_APPROVED,
    /** Đã trả lời tại hội nghị. */
    ANSWERED_AT_SESSION,
    /** Đã kết luận. */
    RULED,
    /** Không thuộc phạm vi đối thoại, with the reason. */
    REJECTED
}
