package vn.doithoai.minutes.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.minutes.MinutesStatus;

/** A version of the minutes in the plan's list of versions. */
@Schema(name = "MinutesSummary")
public record MinutesSummary(@Schema(required = true) long id, @Schema(required = true) int versionNo,
        @Schema(required = true) MinutesStatus status, @Schema(required = true, nullable = true) Long previousId,
        @Schema(required = true, nullable = true) Long supersededById, @Schema(required = true, nullable = true) String correctionReason,
        @Schema(required = true) int signatureCount, @Schema(required = true, nullable = true) String finalisedBy,
        @Schema(required = true, nullable = true) Instant finalisedAt, @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {
}
