package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Out of the dialogue's scope; the reason is shown to the sender. */
@Schema(name = "FeedbackRejection")
public record RejectionRequest(@Schema(description = "Shown to the sender with the tracking code") @NotBlank @Size(max = 2000) String reason) {
}
