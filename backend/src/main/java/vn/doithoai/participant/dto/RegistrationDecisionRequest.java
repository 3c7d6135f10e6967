package vn.doithoai.participant.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.participant.RegistrationDecision;

/** The decision on a registration that matched a known person. */
@Schema(name = "RegistrationDecisionRequest")
public record RegistrationDecisionRequest(
        @Schema(required = true, description = "SAME_PERSON: the participation joins the matched person's record, which stays as it is. "
                + "SEPARATE_PERSON: a new person from what the registrant entered (without the shared phone number). "
                + "REJECTED: no participation, and the registrant's link no longer opens.") @NotNull RegistrationDecision decision) {
}
