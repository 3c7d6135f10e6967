package vn.doithoai.notice;

/** How near the notice's deadline is: OK, NEAR (3 working days or fewer left), OVERDUE, or DONE once generated. */
public enum NoticeDeadlineLevel {
    OK, NEAR, OVERDUE, DONE
}
