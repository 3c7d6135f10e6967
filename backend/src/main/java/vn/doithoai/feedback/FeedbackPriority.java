package vn.doithoai.feedback;

/** How urgently the office wants an answer prepared (mức độ ưu tiên). */
public enum FeedbackPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
