package vn.doithoai.privacy.consent;

/** What a person may agree to, one by one (mục đích xử lý). */
public enum ConsentPurpose {
    /** Xử lý ý kiến, kiến nghị: the office and units read and handle what the person raised. */
    HANDLE_MATTER,
    /** Liên hệ với tôi: mail, SMS or a notification about the matter. */
    CONTACT_ME,
    /** Công khai họ tên: the name on public lists, rulings and exports for the public, instead of "Công dân phường X". */
    SHOW_NAME_PUBLICLY
}
