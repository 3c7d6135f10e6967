package vn.doithoai.feedback;

import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tracking codes (mã tra cứu) like DT-2026-7K3Q9: short enough to read out on the phone, without look-alikes
 * (0/O, 1/I/L), and unguessable: 31^5 ≈ 28.6 million per year, drawn with SecureRandom.
 */
public final class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final Pattern FORMAT = Pattern.compile("DT-\\d{4}-[" + ALPHABET + "]{5}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 5;

    private TrackingCodes() {
    }

    private static String next(int year) {
        StringBuilder code = new StringBuilder("DT-").append(year).append('-');
        for (int i = 0; i < 5; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code no item has yet; a collision (about 1 in 28 million per year) draws again. */
    static String unused(int year, Predicate<String> taken) {
        for (int i = 0; i < ATTEMPTS; i++) {
            String code = next(year);
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free tracking code after " + ATTEMPTS + " attempts");
    }

    /** The code as typed, upper-cased and trimmed, or null when it cannot be one of ours. */
    public static String parse(String raw) {
        if (raw == null) {
            return null;
        }
        String code = raw.strip().toUpperCase(java.util.Locale.ROOT);
        return FORMAT.matcher(code).matches() ? code : null;
    }
}
