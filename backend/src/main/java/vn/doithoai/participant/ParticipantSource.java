package vn.doithoai.participant;

/** How a participant came onto the list. */
public enum ParticipantSource {
    /** Added by the office or a ward officer. */
    STAFF,
    /** Registered themselves (đăng ký tham dự). */
    REGISTRATION
}
