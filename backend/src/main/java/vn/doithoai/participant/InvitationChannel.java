package vn.doithoai.participant;

/** How a batch of invitations was delivered. */
public enum InvitationChannel {
    HAND_DELIVERY,
    POST,
    EMAIL,
    SMS,
    PHONE
}
