package vn.doithoai.minutes.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.minutes.Representing;
import vn.doithoai.minutes.SignatureOutcome;

/** A person asked to sign the minutes as they were read out. */
@Schema(name = "MinutesSignatureRequest")
public record SignatureRequest(@NotBlank @Size(max = 200) String name, @Schema(nullable = true) @Size(max = 255) String title,
        @Schema(nullable = true) @Size(max = 300) String organisation, @NotNull Representing representing, @NotNull SignatureOutcome outcome,
        @Schema(nullable = true, description = "Required when DECLINED") @Size(max = 2000) String declinedReason) {
}
