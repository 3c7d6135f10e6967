package vn.doithoai.minutes;

/** Whom a signer of the minutes stands for. */
public enum Representing {
    CITIZEN,
    ORGANISATION,
    OFFICIAL
}
