package vn.doithoai.privacy.contact.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code the person received, or the secret of the link mailed with it. */
@Schema(name = "ContactConfirmationRequest")
public record ContactConfirmationRequest(
        @NotBlank @Size(max = 100) @Schema(required = true, description = "The 6-digit code, or the secret from the mailed link") String code) {
}
