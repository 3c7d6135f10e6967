package vn.doithoai.privacy.contact;

/** How a contact is reached, and so how it is confirmed: a code by SMS to a phone, a code and a link by mail to an address. */
public enum ContactChannel {
    SMS, EMAIL
}
