package vn.doithoai.feedback;

/** What a citizen raises. */
public enum FeedbackKind {
    /** Ý kiến: an opinion or question. */
    OPINION,
    /** Kiến nghị: a petition asking the authorities to act. */
    PETITION,
    /** Phản ánh: a report of something wrong on the ground. */
    REPORT
}
