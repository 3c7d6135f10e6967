package vn.doithoai.participant.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckInResult")
public record CheckInResult(
        @Schema(required = true) ParticipantView participant,
        @Schema(required = true, description = "The person had been checked in before; checkedInAt is that first time") boolean alreadyCheckedIn,
        @Schema(required = true) OffsetDateTime checkedInAt,
        @Schema(required = true) CompositionView composition) {
}
