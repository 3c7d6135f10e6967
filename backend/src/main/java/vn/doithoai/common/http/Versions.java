package vn.doithoai.common.http;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;

import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;

/**
 * Optimistic concurrency at the HTTP edge: a read answers the row's version as its ETag, a write must send it
 * back in If-Match. Two office staff editing the same record never silently overwrite each other.
 */
public final class Versions {

    public static final String IF_MATCH = "If-Match";

    /**
     * {@code If-Match: *}: the client asks for the write whatever the current version is (RFC 9110 §13.1.1 — the
     * record exists, which the write checks anyway). Never a real version: those count up from 0, and a staff
     * member's checksum is this exact value only by a one-in-2⁶⁴ chance.
     */
    public static final long ANY = Long.MIN_VALUE;

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** 200 with the body and its version as ETag. */
    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(etag(version)).build();
    }

    /** 201 naming the new resource, with the body and its version as ETag. */
    public static <T> RestResponse<T> created(String location, T body, long version) {
        return RestResponse.ResponseBuilder.<T> created(URI.create(location)).entity(body).tag(etag(version)).build();
    }

    /**
     * The version the client read, from its If-Match header ({@link #ANY} for {@code *}): 428 when absent, 400 when
     * it is not ours.
     */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(ProblemKind.PRECONDITION_REQUIRED, "problem.precondition-required.detail");
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ANY;
        }
        // A gzip-ing proxy may weaken our tag on the way out; the version inside is still exact.
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return Long.parseLong(tag.substring(1, tag.length() - 1));
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw InvalidInputException.of(IF_MATCH, "validation.precondition-malformed");
    }

    /** 412 unless the client's copy is the current one (or it asked for any). */
    public static void check(long expected, long current) {
        if (expected != ANY && expected != current) {
            throw new DomainException(ProblemKind.PRECONDITION_FAILED, "problem.precondition-failed.detail");
        }
    }
}
