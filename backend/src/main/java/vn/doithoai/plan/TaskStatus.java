package vn.doithoai.plan;

/** Progress of a preparation task; OVERDUE is computed from the due date, never set. */
public enum TaskStatus {
    OPEN, DONE, OVERDUE
}
