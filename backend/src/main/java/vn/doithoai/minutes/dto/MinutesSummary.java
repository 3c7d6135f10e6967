package vn.doithoai.minutes.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.minutes.MinutesStatus;

/** A version of the minutes in the plan's list of versions. */
@Schema(name = "MinutesSummary")
public record MinutesSummary(long id, int versionNo, MinutesStatus status, @Schema(nullable = true) Long previousId,
        @Schema(nullable = true) Long supersededById, @Schema(nullable = true) String correctionReason, int signatureCount,
        @Schema(nullable = true) String finalisedBy, @Schema(nullable = true) Instant finalisedAt, Instant createdAt, Instant updatedAt) {
}
