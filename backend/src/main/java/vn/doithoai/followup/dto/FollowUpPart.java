package vn.doithoai.followup.dto;

/** The caller's part in a ruling's follow-up: what the report form offers them. */
public enum FollowUpPart {
    /** The lead unit (đơn vị chủ trì): reports percentages, resolves, or reports it cannot be resolved. */
    LEAD,
    /** A coordinating unit (đơn vị phối hợp): posts notes. */
    COORDINATING,
    /** The office: records an escalation's progress at the higher body, posts notes, reopens a closed ruling. */
    OFFICE,
    /** Reads only (the chair, a ward officer). */
    VIEWER
}
