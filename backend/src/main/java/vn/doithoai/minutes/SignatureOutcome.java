package vn.doithoai.minutes;

/** Whether the person signed the minutes read out to them, or declined (with a reason kept in the minutes). */
public enum SignatureOutcome {
    SIGNED,
    DECLINED
}
