package vn.doithoai.followup.dto;

/** What a progress report says about the ruling. */
public enum ProgressOutcome {
    /** Work goes on: a percentage below 100. */
    PROGRESS,
    /** Done (đã giải quyết): 100 %, the note says what was done. */
    RESOLVED,
    /** It cannot be done (không thể giải quyết), with the reason. */
    CANNOT_RESOLVE
}
