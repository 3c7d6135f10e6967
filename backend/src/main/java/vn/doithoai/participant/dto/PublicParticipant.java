package vn.doithoai.participant.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.participant.ParticipantKind;
import vn.doithoai.plan.ParticipantLevel;

/** A participant on a public page: a name only where the person agreed. */
@Schema(name = "PublicParticipant")
public record PublicParticipant(
        @Schema(required = true) String displayName,
        @Schema(required = true, nullable = true) String title,
        @Schema(required = true, nullable = true) String organisationName,
        @Schema(required = true, nullable = true) String wardName,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true) ParticipantLevel level) {
}
