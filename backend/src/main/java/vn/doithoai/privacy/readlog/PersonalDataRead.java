package vn.doithoai.privacy.readlog;

/**
 * What a read of a citizen's personal data was (loại truy cập). When one request does several, the entry names the
 * one furthest from the screen: a file taken away outweighs a search, which outweighs fields shown.
 */
public enum PersonalDataRead {
    /** A person's phone, e-mail or address shown (a participant, a feedback item's sender, a registration). */
    CONTACT_FIELDS,
    /** The people register searched. */
    PEOPLE_SEARCH,
    /** A sender's attachment or a progress report's file downloaded. */
    ATTACHMENT_DOWNLOAD,
    /** A file of participants or feedback with contact fields taken away (CSV, Excel, PDF). */
    EXPORT;

    PersonalDataRead strongest(PersonalDataRead other) {
        return other == null || ordinal() >= other.ordinal() ? this : other;
    }
}
