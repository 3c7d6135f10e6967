package vn.doithoai.privacy.readlog.dto;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.readlog.PersonalDataRead;

/** One read of personal data: who, when, from where, what, and whose (bodies and plans). */
@Schema(name = "ReadLogEntry")
public record ReadLogEntryView(
        @Schema(required = true) long id,
        @Schema(required = true) OffsetDateTime at,
        @Schema(required = true, description = "Who read (a username, or \"anonymous\" for a sender with a tracking code)") String actor,
        @Schema(required = true) PersonalDataRead what,
        @Schema(required = true, description = "The operation, as the contract names it: GET /api/v1/plans/{planId}/participants") String operation,
        @Schema(required = true, description = "The client's IP address") String clientAddress,
        @Schema(description = "The client's User-Agent") String userAgent,
        @Schema(required = true, description = "How many records with personal data the answer carried (at least those before the first byte of a file)") int records,
        @Schema(required = true, description = "The bodies whose data it was (codes)") List<String> bodies,
        @Schema(required = true, description = "The plans whose data it was") List<Long> plans) {
}
