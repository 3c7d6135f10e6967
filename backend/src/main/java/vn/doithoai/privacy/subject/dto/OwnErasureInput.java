package vn.doithoai.privacy.subject.dto;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's confirmation that their identity is to be erased for good. */
@Schema(name = "OwnErasure")
public record OwnErasureInput(
        @Schema(required = true, description = "Must be true: erasure cannot be undone") @NotNull @AssertTrue Boolean confirm) {
}
