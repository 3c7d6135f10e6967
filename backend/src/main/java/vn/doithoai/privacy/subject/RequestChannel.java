package vn.doithoai.privacy.subject;

/** How a request reached the installation. */
public enum RequestChannel {
    /** Made to the office (in person, by letter, by phone), which records it. */
    OFFICE,
    /** Made by a logged-in citizen for themselves, and served at once. */
    SELF
}
