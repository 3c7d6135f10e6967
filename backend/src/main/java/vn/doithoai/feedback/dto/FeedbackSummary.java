package vn.doithoai.feedback.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.feedback.FeedbackPriority;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.orgunit.dto.OrgUnitRef;

/**
 * The consolidated summary of a plan's feedback by focus area (bản tổng hợp ý kiến, kiến nghị): the office's
 * deliverable before the session. Counts cover every item; the lists leave out rejected ones.
 */
@Schema(name = "FeedbackSummary")
public record FeedbackSummary(
        @Schema(required = true) long planId,
        @Schema(required = true) String planTitle,
        @Schema(required = true, nullable = true) String topic,
        @Schema(required = true, nullable = true) LocalDate sessionDate,
        @Schema(required = true, nullable = true, description = "When the summary is due: the plan's classification task "
                + "if it has one with a deadline, else 7 calendar days before the session, moved earlier off a day off")
        LocalDate deadline,
        @Schema(required = true) OffsetDateTime generatedAt,
        @Schema(required = true) Counts totals,
        @Schema(required = true, description = "One per focus area in the plan's order, then the unclassified items (focusAreaId null)")
        List<Group> groups) {

    @Schema(name = "FeedbackSummaryGroup")
    public record Group(
            @Schema(required = true, nullable = true, description = "Null for the items not yet classified") Long focusAreaId,
            @Schema(required = true, nullable = true) String title,
            @Schema(required = true) Counts counts,
            @Schema(required = true) List<Item> items) {
    }

    @Schema(name = "FeedbackSummaryCounts")
    public record Counts(
            @Schema(required = true, description = "Every item, rejected ones included") long total,
            @Schema(required = true, description = "Only the statuses that occur") Map<FeedbackStatus, Long> byStatus,
            @Schema(required = true, description = "Only the kinds that occur") Map<FeedbackKind, Long> byKind) {
    }

    @Schema(name = "FeedbackSummaryItem")
    public record Item(
            @Schema(required = true) long id,
            @Schema(required = true) String trackingCode,
            @Schema(required = true) FeedbackKind kind,
            @Schema(required = true) String title,
            @Schema(required = true) String content,
            @Schema(required = true, nullable = true) OrgUnitRef ward,
            @Schema(required = true, nullable = true, description = "Đơn vị chủ trì") OrgUnitRef unit,
            @Schema(required = true, description = "Đơn vị phối hợp") List<OrgUnitRef> coordinatingUnits,
            @Schema(required = true, nullable = true) FeedbackPriority priority,
            @Schema(required = true) FeedbackStatus status,
            @Schema(required = true, nullable = true, description = "The approved answer, once there is one") String approvedAnswer,
            @Schema(required = true, nullable = true, description = "When duplicates were merged into this item: the group's counts")
            FeedbackView.Merged merged,
            @Schema(required = true, description = "Raised at an earlier dialogue and still open") boolean raisedBefore) {
    }
}
