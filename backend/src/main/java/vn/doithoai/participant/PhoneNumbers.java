package vn.doithoai.participant;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Vietnamese phone numbers in the one form they are stored and matched in: 0 and 9–10 digits. People type
 * "0912 345 678", "0912.345.678" or "+84 912 345 678"; all are the same person.
 */
public final class PhoneNumbers {

    private static final Pattern NATIONAL = Pattern.compile("0[1-9]\\d{8,9}");

    private PhoneNumbers() {
    }

    /** The normalised number, or empty when the text is not a Vietnamese phone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.strip().replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return NATIONAL.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
