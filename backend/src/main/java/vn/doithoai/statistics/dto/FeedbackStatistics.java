package vn.doithoai.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Feedback items received in the period, counted as the feedback list shows them: an item merged into another's group
 * counts once, through the item that speaks for the group.
 */
@Schema(name = "FeedbackStatistics")
public record FeedbackStatistics(
        @Schema(required = true) StatisticsScope scope,
        @Schema(required = true) long total,
        @Schema(required = true, description = "Received in the same period one year earlier") long previousYearTotal,
        @Schema(required = true) List<Count> byStatus,
        @Schema(required = true, description = "By focus area (lĩnh vực) title; key null: not classified yet") List<Count> byFocusArea,
        @Schema(required = true, description = "By ward code; key null: no ward given") List<Count> byWard,
        @Schema(required = true) List<Count> byChannel,
        @Schema(required = true) List<Count> byKind,
        @Schema(required = true, description = "Raised at an earlier dialogue (đã phản ánh trước đây)") long raisedBefore,
        @Schema(required = true, description = "Of those, still open: the list's raisedBefore=true") long raisedBeforeOpen,
        @Schema(required = true) AnswerTime answerTime) {

    /** From receipt to the chair's approval of the answer, in calendar days (ngày lịch), over the items approved. */
    @Schema(name = "AnswerTime")
    public record AnswerTime(
            @Schema(required = true, description = "Items of the period whose answer has been approved") long approved,
            @Schema(required = true, nullable = true, description = "Calendar days, one decimal; null when none") Double medianDays,
            @Schema(required = true, nullable = true, description = "Calendar days, one decimal; null when none") Double p90Days) {
    }
}
