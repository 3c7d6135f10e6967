package vn.doithoai.participant.dto;

import vn.doithoai.privacy.consent.dto.ConsentInput;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.participant.ParticipantKind;
import vn.doithoai.plan.ParticipantLevel;

/**
 * Adds someone to a plan: an existing person by id, or a person entered now (found again by phone). Without a
 * group, the participant counts toward the plan's only group of that level, if there is exactly one.
 */
@Schema(name = "ParticipantRequest")
public record ParticipantRequest(
        @Schema(nullable = true, description = "An existing person; or give person") Long personId,
        @Schema(nullable = true) @Valid PersonInput person,
        @NotNull ParticipantKind kind,
        @NotNull ParticipantLevel level,
        @Schema(nullable = true) Long groupId,
        @Schema(nullable = true) @Size(max = 4000) String matter,
        @Schema(nullable = true, description = "The person's consent after the privacy notice (HANDLE_MATTER, CONTACT_ME, "
                + "SHOW_NAME_PUBLICLY), with how they gave it; only SHOW_NAME_PUBLICLY shows their name to others. Required with "
                + "person (their data is taken in now): without it the request is refused (400, consent.required) and nothing is "
                + "written. With personId the person consented when their data was taken in; a consent sent is recorded anew.")
        @Valid ConsentInput consent) {
}
