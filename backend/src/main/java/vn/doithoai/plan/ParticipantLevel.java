package vn.doithoai.plan;

/** The level a group of participants comes from (thành phần theo cấp). */
public enum ParticipantLevel {
    /** Đại biểu ở thị xã, huyện. */
    TOWN,
    /** Đại biểu xã, phường. */
    WARD,
    /** Đại biểu thôn, tổ dân phố, and citizens. */
    VILLAGE
}
