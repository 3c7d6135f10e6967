package vn.doithoai.feedback.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item that may be a duplicate, with how alike it is (0–1, higher is closer). */
@Schema(name = "FeedbackSimilar")
public record SimilarItem(@Schema(required = true) FeedbackView item, @Schema(required = true) double score) {
}
