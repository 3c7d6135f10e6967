package vn.doithoai.privacy.subject.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the person asks to be corrected; what is left out stays as it is. */
@Schema(name = "PersonalDataCorrection")
public record CorrectionInput(
        @Schema(nullable = true) @Size(min = 1, max = 255) String fullName,
        @Schema(nullable = true) @Size(max = 30) String phone,
        @Schema(nullable = true) @Email @Size(max = 255) String email,
        @Schema(nullable = true) @Size(max = 500) String address,
        @Schema(nullable = true) @Size(max = 2000) String note) {
}
