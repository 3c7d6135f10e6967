package vn.doithoai.ruling;

/** The office or the chair drafts; only the chair issues, and an issued ruling no longer changes. */
public enum RulingStatus {
    /** Dự thảo. */
    DRAFT,
    /** Đã ban hành. */
    ISSUED
}
