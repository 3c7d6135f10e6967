package vn.doithoai.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.time.SupportedDates;

/**
 * A list read as a change feed (for partner systems keeping a copy in sync): the objects changed at or after
 * {@code updatedSince}, in the stable order (updatedAt, id), paged with {@code after=nextCursor} like the cursor lists.
 * The cursor is the last object's (updatedAt, id); the next page starts strictly after it, so an object changed while a
 * client pages through moves to the end of the feed and is read again there, never skipped.
 */
public record ChangeCursor(Instant updatedAt, long id) {

    /** The first page's start: every object changed at or after this instant (ids start at 1). */
    public static ChangeCursor since(Instant updatedSince) {
        return new ChangeCursor(updatedSince, 0);
    }

    /** Where the next page starts: after the last object of this one. */
    public static ChangeCursor after(Instant updatedAt, long id) {
        return new ChangeCursor(updatedAt, id);
    }

    public String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, updatedAt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c." + micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Where a change feed starts: after the change cursor sent back, else at {@code updatedSince}; null when the list is
     * not read as a change feed (no updatedSince, and no cursor or the list's own). A cursor or a time that is not one of
     * ours is a 400 naming its parameter.
     */
    public static ChangeCursor of(String updatedSince, String after) {
        boolean feed = updatedSince != null && !updatedSince.isBlank();
        if (after != null && !after.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.US_ASCII).split("\\.");
                if (!feed && !parts[0].equals("c")) {
                    return null; // the next page of the list in its own order, which reads its own cursor
                }
                if (parts.length == 3 && parts[0].equals("c")) {
                    var cursor = new ChangeCursor(Instant.EPOCH.plus(Long.parseLong(parts[1]), ChronoUnit.MICROS), Long.parseLong(parts[2]));
                    if (SupportedDates.covers(cursor.updatedAt())) {
                        return cursor;
                    }
                }
            } catch (IllegalArgumentException | ArithmeticException | java.time.DateTimeException e) {
                if (!feed) {
                    return null; // not a cursor at all: the list's own reading of it says so
                }
            }
            throw InvalidInputException.of("after", "paging.change-cursor-invalid");
        }
        if (!feed) {
            return null;
        }
        try {
            Instant since = OffsetDateTime.parse(updatedSince.strip()).toInstant();
            if (SupportedDates.covers(since)) {
                return since(since);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw InvalidInputException.of("updatedSince", "paging.updated-since-invalid", updatedSince);
    }

    /** The SQL condition "strictly after this cursor" on a table aliased {@code alias}; its parameters: {@link #params()}. */
    public String condition(String alias) {
        return "(" + alias + ".updated_at > ? or " + alias + ".updated_at = ? and " + alias + ".id > ?)";
    }

    public java.util.List<Object> params() {
        return java.util.List.of(updatedAt, updatedAt, id);
    }

    /** The same condition in JPQL on an entity aliased {@code alias}, with parameters :changedAt and :changedId. */
    public String jpql(String alias) {
        return "(" + alias + ".updatedAt > :changedAt or " + alias + ".updatedAt = :changedAt and " + alias + ".id > :changedId)";
    }
}
