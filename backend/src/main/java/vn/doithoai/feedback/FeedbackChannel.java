package vn.doithoai.feedback;

/** How an item reached the office. */
public enum FeedbackChannel {
    /** Sent by a citizen online, logged in or not. */
    CITIZEN_ONLINE,
    /** Collected by a ward or commune (ý kiến do phường, xã tổng hợp). */
    WARD_COLLECTED,
    /** From the report of the Fatherland Front or a mass organisation (Mặt trận, đoàn thể). */
    ORGANISATION_REPORT,
    /** Raised during the session. */
    AT_SESSION,
    /** Carried over by the office from an earlier dialogue's ruling that is not yet resolved (chuyển từ kỳ trước). */
    CARRIED_OVER,
    /** Sent by a partner system (the province's feedback portal, ...); the item names which one and its reference there. */
    PARTNER
}
