package vn.doithoai.privacy.retention;

/** The kinds of personal data kept for a period of their own. */
public enum DataKind {
    /** Citizens' names, phones, e-mails and addresses: on their items, their person records, their registrations. */
    CONTACT_DATA,
    /** Files sent with items: photos showing faces, scans of papers. */
    ATTACHMENTS
}
