package vn.doithoai.followup.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report on a ruling. */
@Schema(name = "ProgressRequest")
public record ProgressRequest(
        @Schema(required = true, description = "What was done; for RESOLVED what settled it") @Size(max = 5000) String note,
        @Schema(description = "Percentage done, 0–100: required for the lead's PROGRESS, 100 for RESOLVED; absent for a note "
                + "of a coordinating unit or the office") Integer percent,
        @Schema(description = "PROGRESS when absent") ProgressOutcome outcome,
        @Schema(description = "CANNOT_RESOLVE: why it cannot be resolved") @Size(max = 5000) String reason) {
}
