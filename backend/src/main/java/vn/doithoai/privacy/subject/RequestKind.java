package vn.doithoai.privacy.subject;

/** What a person asks for about their data. */
public enum RequestKind {
    /** Xem, nhận bản sao: everything held, and a copy as a file. */
    ACCESS,
    /** Chỉnh sửa: a name, phone, e-mail or address corrected. */
    CORRECTION,
    /** Xóa: their identity replaced everywhere; the matters they raised stay. */
    ERASURE
}
