package vn.doithoai.minutes;

/** A version of the minutes: a draft the office edits, or finalised (read out, signed, locked for good). */
public enum MinutesStatus {
    DRAFT,
    FINALISED
}
