package vn.doithoai.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The consent a form sends after its privacy notice (version 1). */
public final class TestConsents {

    private TestConsents() {
    }

    /** The person themselves, online. */
    public static Map<String, Object> online(String... purposes) {
        return onBehalf(null, purposes);
    }

    /** Staff entering on the person's behalf, saying how they gave it. */
    public static Map<String, Object> onBehalf(String channel, String... purposes) {
        Map<String, Object> consent = new HashMap<>();
        consent.put("noticeVersion", 1);
        consent.put("purposes", new ArrayList<>(List.of(purposes)));
        if (channel != null) {
            consent.put("channel", channel);
        }
        return consent;
    }

    /**
     * What a request carrying someone's data sends when the test is about something else: the person agreed to have
     * their matter handled and to be contacted, not to have their name shown. The channel counts only when staff enter
     * it; the person themselves (ONLINE) and a partner (PARTNER) are recorded as such.
     */
    public static Map<String, Object> given() {
        return onBehalf("IN_PERSON", "HANDLE_MATTER", "CONTACT_ME");
    }

    /** The request's body with {@link #given()} added: for bodies written as Map.of(...). */
    public static Map<String, Object> with(Map<String, ?> body) {
        Map<String, Object> withConsent = new HashMap<>(body);
        withConsent.put("consent", given());
        return withConsent;
    }

    /**
     * The consent a spreadsheet import of an organisation's report comes with, as its query parameters: the senders
     * agreed to handling and contact, as the organisation's report says.
     */
    public static Map<String, Object> fileConsent() {
        Map<String, Object> params = new HashMap<>();
        params.put("consentNoticeVersion", 1);
        params.put("consentPurposes", List.of("HANDLE_MATTER", "CONTACT_ME"));
        params.put("consentChannel", "ORGANISATION_REPORT");
        return params;
    }

    /** A person's form: handling always, showing the name publicly only when they agreed. */
    public static Map<String, Object> namePublic(String channel, boolean namePublic) {
        return namePublic ? onBehalf(channel, "HANDLE_MATTER", "SHOW_NAME_PUBLICLY") : onBehalf(channel, "HANDLE_MATTER");
    }
}
