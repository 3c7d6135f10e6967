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

    /** A person's form: handling always, showing the name publicly only when they agreed. */
    public static Map<String, Object> namePublic(String channel, boolean namePublic) {
        return namePublic ? onBehalf(channel, "HANDLE_MATTER", "SHOW_NAME_PUBLICLY") : onBehalf(channel, "HANDLE_MATTER");
    }
}
