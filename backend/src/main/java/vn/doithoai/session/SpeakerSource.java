package vn.doithoai.session;

/** How a speaker came onto the speaking order. */
public enum SpeakerSource {
    /** A participant who registered a matter to raise (đăng ký phát biểu). */
    REGISTERED,
    /** Asked to speak in the hall (phát biểu tại hội trường). */
    FLOOR
}
