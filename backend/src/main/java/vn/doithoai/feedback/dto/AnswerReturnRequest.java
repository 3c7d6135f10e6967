package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An answer sent back one step (office to unit, chair to office) with what to rework. */
@Schema(name = "FeedbackAnswerReturn")
public record AnswerReturnRequest(@Schema(description = "Shown to the unit or the office; never to the sender") @NotBlank @Size(max = 2000) String reason) {
}
