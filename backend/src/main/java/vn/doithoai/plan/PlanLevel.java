package vn.doithoai.plan;

/** The level of the body holding the dialogue. */
public enum PlanLevel {
    /** Cấp tỉnh: the province's Party committee or People's Committee. */
    PROVINCE,
    /** Cấp huyện, thị xã (before 2025). */
    TOWN,
    /** Cấp xã, phường. */
    COMMUNE
}
