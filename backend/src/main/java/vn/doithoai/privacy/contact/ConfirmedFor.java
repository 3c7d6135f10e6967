package vn.doithoai.privacy.contact;

/**
 * What a contact confirmation is for (xác nhận cho việc gì): a confirmation counts only for the matter it was asked
 * for, never for the contact as such, since anyone can type anyone's number on their own item.
 */
public enum ConfirmedFor {
    /** One feedback item, named by its tracking code (mã tra cứu). */
    FEEDBACK_ITEM,
    /** One registration to attend, named by the token of its confirmation link. */
    REGISTRATION,
    /** A logged-in citizen's own account: it counts for what that account sends while logged in. */
    ACCOUNT
}
