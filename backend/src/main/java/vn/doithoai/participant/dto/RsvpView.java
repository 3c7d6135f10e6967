package vn.doithoai.participant.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.participant.ParticipantKind;
import vn.doithoai.participant.RsvpStatus;

/** What the holder of a confirmation link sees: their own participation, no one else's. */
@Schema(name = "Rsvp")
public record RsvpView(
        @Schema(required = true) long planId,
        @Schema(required = true) String planTitle,
        @Schema(required = true, nullable = true) OffsetDateTime sessionAt,
        @Schema(required = true, nullable = true) String venue,
        @Schema(required = true) String fullName,
        @Schema(required = true, nullable = true) String wardName,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true) boolean invited,
        @Schema(required = true, nullable = true) String invitationNumber,
        @Schema(required = true) RsvpStatus rsvp,
        @Schema(required = true, nullable = true) OffsetDateTime rsvpAt,
        @Schema(required = true, nullable = true) OffsetDateTime checkedInAt,
        @Schema(required = true, description = "The answer may still change") boolean canRespond,
        @Schema(required = true, nullable = true) String matter) {
}
