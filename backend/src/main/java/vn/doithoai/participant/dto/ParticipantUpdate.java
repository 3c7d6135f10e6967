package vn.doithoai.participant.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.participant.ParticipantKind;
import vn.doithoai.plan.ParticipantLevel;

/** The whole of a participant as the office edits it: the person and their place in the plan. */
@Schema(name = "ParticipantUpdate")
public record ParticipantUpdate(
        @NotNull @Valid PersonInput person,
        @NotNull ParticipantKind kind,
        @NotNull ParticipantLevel level,
        @Schema(nullable = true) Long groupId,
        @Schema(nullable = true) @Size(max = 4000) String matter) {
}
