package vn.doithoai.participant;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key of an invitee's confirmation link and QR code: 256 random bits, so it cannot be guessed, and it
 * names one participation of one plan.
 */
final class ConfirmationTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private ConfirmationTokens() {
    }

    static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token in what a scanner read: the bare token, or the confirmation URL ending in it. */
    static Optional<String> fromScan(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        String text = scanned.strip().replaceFirst("[?#].*$", "").replaceFirst("/+$", "");
        String last = text.substring(text.lastIndexOf('/') + 1);
        return TOKEN.matcher(last).matches() ? Optional.of(last) : Optional.empty();
    }
}
