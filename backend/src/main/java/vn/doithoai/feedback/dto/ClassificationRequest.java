package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackPriority;

/** The office classifies an item (phân loại): a focus area of the item's plan and a priority. */
@Schema(name = "FeedbackClassification")
public record ClassificationRequest(@NotNull Long focusAreaId, @NotNull FeedbackPriority priority) {
}
