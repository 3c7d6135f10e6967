package vn.doithoai.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import vn.doithoai.common.error.InvalidInputException;

/**
 * Where a page of a feedback list ended: the last item's (created_at, id). Opaque to clients, so the
 * encoding may change; the next page starts strictly after it, so pages neither repeat nor skip items.
 */
record FeedbackCursor(Instant createdAt, long id) {

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString((micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, or null for the first page; anything else is a 400 naming {@code after}. */
    static FeedbackCursor parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.US_ASCII).split("\\.");
            if (parts.length == 2) {
                return new FeedbackCursor(Instant.EPOCH.plus(Long.parseLong(parts[0]), ChronoUnit.MICROS), Long.parseLong(parts[1]));
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: reported below
        }
        throw InvalidInputException.of("after", "feedback.cursor-invalid");
    }
}
