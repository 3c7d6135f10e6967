package vn.doithoai.privacy.consent;

import java.util.EnumSet;
import java.util.Set;

/** How a consent was given or withdrawn: by the person online, or as staff recorded it on their behalf. */
public enum ConsentChannel {
    /** The person themselves, on the website or the app. */
    ONLINE,
    /** Face to face with an officer (tại chỗ). */
    IN_PERSON,
    /** Over the phone. */
    PHONE,
    /** A signed paper form (phiếu). */
    PAPER_FORM,
    /** Collected by an organisation (Mặt trận, đoàn thể) under its own notice and passed on in its report. */
    ORGANISATION_REPORT,
    /** Collected by a partner system under its own notice. */
    PARTNER,
    /** Given before notices were versioned ("đồng ý công khai họ tên" of the earlier forms). */
    BEFORE_NOTICE;

    /** What staff may say when they enter on someone's behalf. */
    public static final Set<ConsentChannel> ON_BEHALF = EnumSet.of(IN_PERSON, PHONE, PAPER_FORM, ORGANISATION_REPORT);
}
