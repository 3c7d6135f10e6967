package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The office records that the approved answer was given at the session (đã trả lời tại hội nghị). */
@Schema(name = "FeedbackSessionAnswerRequest")
public record SessionAnswerRequest(@Schema(description = "What was said at the session, if worth noting") @Size(max = 4000) String note) {
}
