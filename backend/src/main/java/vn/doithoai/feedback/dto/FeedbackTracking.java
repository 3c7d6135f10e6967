package vn.doithoai.feedback.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.feedback.FeedbackStatus;

/** What anyone holding the tracking code sees: where the item is, never who sent it. */
@Schema(name = "FeedbackTracking")
public record FeedbackTracking(
        @Schema(required = true) String trackingCode,
        @Schema(required = true) String planTitle,
        @Schema(required = true) FeedbackKind kind,
        @Schema(required = true) String title,
        @Schema(required = true) FeedbackStatus status,
        @Schema(required = true, nullable = true) String focusArea,
        @Schema(required = true, nullable = true, description = "Why it is out of the dialogue's scope, when rejected") String rejectReason,
        @Schema(required = true, nullable = true, description = "The answer, once the chair has approved it") String answer,
        @Schema(required = true, nullable = true, description = "When the answer was approved") OffsetDateTime answeredAt,
        @Schema(required = true) OffsetDateTime receivedAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Merged with similar items: status and answer are those of the item that speaks for the group")
        boolean merged) {
}
