package vn.doithoai.feedback;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.time.SupportedDates;

/**
 * Where a page of a feedback list ended: the last item's (precedence, created_at, id), the list's order. Opaque to
 * clients, so the encoding may change; the next page starts strictly after it, so pages neither repeat nor skip items.
 */
record FeedbackCursor(int precedence, Instant createdAt, long id) {

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((precedence + "." + micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, or null for the first page; anything else is a 400 naming {@code after}. */
    static FeedbackCursor parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(raw.strip()), StandardCharsets.US_ASCII).split("\\.");
            // Two parts: a cursor from before items raised before sorted first, which all had precedence 0.
            FeedbackCursor cursor = null;
            if (parts.length == 2) {
                cursor = new FeedbackCursor(0, micros(parts[0]), Long.parseLong(parts[1]));
            } else if (parts.length == 3 && (parts[0].equals("0") || parts[0].equals("1"))) {
                cursor = new FeedbackCursor(Integer.parseInt(parts[0]), micros(parts[1]), Long.parseLong(parts[2]));
            }
            // An item's creation time lies in the supported years; a cursor that says otherwise was not made by us.
            if (cursor != null && SupportedDates.covers(cursor.createdAt())) {
                return cursor;
            }
        } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
            // not one of ours: reported below
        }
        throw InvalidInputException.of("after", "feedback.cursor-invalid");
    }

    private static Instant micros(String value) {
        return Instant.EPOCH.plus(Long.parseLong(value), ChronoUnit.MICROS);
    }
}
