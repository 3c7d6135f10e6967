package vn.doithoai.todo;

/** What an entry of "Việc của tôi" asks of the caller; the role it belongs to is on the entry. */
public enum TodoKind {
    /** Chair: plans submitted for approval. */
    PLANS_TO_APPROVE,
    /** Chair: answers the office submitted, awaiting approval (Chờ phê duyệt). */
    ANSWERS_TO_APPROVE,
    /** Chair: draft rulings of a held dialogue, to issue. */
    RULINGS_TO_ISSUE,
    /** Chair, unit: followed rulings past their due date. */
    RULINGS_OVERDUE,
    /** Office: items received, to classify. */
    ITEMS_TO_CLASSIFY,
    /** Office: items classified but not yet given to a unit. */
    ITEMS_WITHOUT_UNIT,
    /** Office: answers drafted by units, to review and submit. */
    ANSWERS_TO_REVIEW,
    /** Office: preparation tasks due in the next days. */
    TASKS_DUE_SOON,
    /** Office: preparation tasks past due. */
    TASKS_OVERDUE,
    /** Office: the last day to send the invitations of an open plan. */
    INVITATION_DEADLINE,
    /** Office: the last day to issue the conclusion notice of a held dialogue. */
    NOTICE_DEADLINE,
    /** Unit: items given to the unit, to answer. */
    ITEMS_TO_ANSWER,
    /** Unit: followed rulings not yet started, to report on. */
    RULINGS_NOT_STARTED,
    /** Unit: followed rulings in progress, to report on. */
    RULINGS_IN_PROGRESS,
    /** Ward: enter the items collected in the ward for the next dialogue. */
    WARD_REPORT,
    /** Ward: check participants in at the next session. */
    WARD_CHECK_IN,
    /** Ward: the ward's items still being handled. */
    WARD_OPEN_ITEMS,
    /** Admin: calendar years without the official schedule of days off recorded. */
    CALENDAR_YEARS,
    /** Admin: plan templates. */
    TEMPLATES,
    /** Admin: the body's staff. */
    STAFF
}
