package vn.doithoai.participant.dto;

import jakarta.validation.Valid;

import vn.doithoai.privacy.consent.dto.ConsentInput;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen registering to attend (đăng ký tham dự), logged in or not. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @NotBlank @Size(max = 255) String fullName,
        @Schema(description = "Vietnamese phone number") @NotBlank @Size(max = 20) String phone,
        @Schema(description = "Code of the ward or commune") @NotBlank @Size(max = 50) String wardCode,
        @Schema(nullable = true) @Size(max = 50) String villageCode,
        @Schema(nullable = true, description = "What the citizen wants to raise") @Size(max = 4000) String matter,
        @Schema(required = true, description = "The registrant's consent after the privacy notice, HANDLE_MATTER at least: without "
                + "it the registration is refused (400, consent.required) and nothing is kept. The name is shown publicly only with "
                + "SHOW_NAME_PUBLICLY; refusing CONTACT_ME means nothing is sent to them.") @Valid ConsentInput consent) {
}
