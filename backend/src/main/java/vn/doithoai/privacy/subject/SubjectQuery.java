package vn.doithoai.privacy.subject;

import java.util.Locale;

import vn.doithoai.participant.PhoneNumbers;

/**
 * Who a request is about (chủ thể dữ liệu): a phone, an e-mail, a login or a person's record, any of them. Everything
 * held under any of them is that person's. The phone is compared in the one form it is stored in (0xxxxxxxxx).
 */
public record SubjectQuery(String phone, String email, String account, Long personId) {

    public static SubjectQuery of(String phone, String email, String account, Long personId) {
        String p = blank(phone) ? null : PhoneNumbers.normalise(phone).orElse(phone.strip());
        String e = blank(email) ? null : email.strip().toLowerCase(Locale.ROOT);
        return new SubjectQuery(p, e, blank(account) ? null : account.strip(), personId);
    }

    /** A citizen asking for themselves: only what their own login sent or registered. */
    public static SubjectQuery ofAccount(String account) {
        return new SubjectQuery(null, null, account, null);
    }

    public boolean isEmpty() {
        return phone == null && email == null && account == null && personId == null;
    }

    /** How the office's list names the request while the person is known. */
    String label() {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] { phone, email, account, personId == null ? null : "#" + personId }) {
            if (part != null) {
                s.append(s.isEmpty() ? "" : ", ").append(part);
            }
        }
        return s.toString();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
