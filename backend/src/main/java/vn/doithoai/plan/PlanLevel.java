package vn.doithoai.plan;

/** The level of the body holding the dialogue. */
public enum PlanLevel {
    /** Cấp huyện, thị xã (before 2025). */
    TOWN,
    /** Cấp xã, phường. */
    COMMUNE
}
