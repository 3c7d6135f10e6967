package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackKind;

/** One item of an organisation's report. */
@Schema(name = "FeedbackReportRow")
public record FeedbackReportRow(
        @NotNull FeedbackKind kind,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 10000) String content,
        @Schema(nullable = true, description = "Code (or name) of the ward or commune, in the plan's area; a ward officer's own ward when left out")
        @Size(max = 255) String wardCode,
        @Schema(nullable = true, description = "Code (or name) of the village or residential group, in the ward") @Size(max = 255) String villageCode,
        @Schema(nullable = true) @Size(max = 255) String submitterName,
        @Schema(nullable = true, description = "Vietnamese phone number") @Size(max = 20) String submitterPhone) {
}
