package vn.doithoai.participant;

/** What the ward officer or the office decides about a registration that matched a known person. */
public enum RegistrationDecision {
    SAME_PERSON(PendingRegistrationStatus.SAME_PERSON),
    SEPARATE_PERSON(PendingRegistrationStatus.SEPARATE_PERSON),
    REJECTED(PendingRegistrationStatus.REJECTED);

    private final PendingRegistrationStatus outcome;

    RegistrationDecision(PendingRegistrationStatus outcome) {
        this.outcome = outcome;
    }

    PendingRegistrationStatus outcome() {
        return outcome;
    }
}
