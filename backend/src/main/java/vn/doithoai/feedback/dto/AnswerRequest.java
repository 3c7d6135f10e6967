package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer as the unit drafts it, or as the office consolidates it before submitting it to the chair. */
@Schema(name = "FeedbackAnswerDraft")
public record AnswerRequest(@Schema(description = "Nội dung trả lời; shown to the sender once the chair approves it") @NotBlank @Size(max = 20000) String text) {
}
