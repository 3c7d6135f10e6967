package vn.doithoai.participant;

/** Who a participant is at the dialogue. */
public enum ParticipantKind {
    /** Đại biểu: officials invited by position. */
    DELEGATE,
    /** Đại diện tổ chức: the Front, mass organisations, residential groups. */
    ORGANISATION_REPRESENTATIVE,
    /** Công dân: a resident, invited or self-registered. */
    CITIZEN;

    public boolean isCitizen() {
        return this == CITIZEN;
    }
}
