package vn.doithoai.feedback.dto;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackChannel;
import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.feedback.FeedbackPriority;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.orgunit.dto.OrgUnitRef;

/**
 * A feedback item as the caller may see it: the sender's name and contact only for the office, the chair, the
 * item's own ward officer and the sender themselves.
 */
@Schema(name = "Feedback")
public record FeedbackView(
        @Schema(required = true) long id,
        @Schema(required = true) String trackingCode,
        @Schema(required = true) long planId,
        @Schema(required = true) FeedbackKind kind,
        @Schema(required = true) FeedbackChannel channel,
        @Schema(required = true) FeedbackStatus status,
        @Schema(required = true) String title,
        @Schema(required = true) String content,
        @Schema(required = true, nullable = true) OrgUnitRef ward,
        @Schema(required = true, nullable = true) OrgUnitRef village,
        @Schema(required = true, nullable = true) FocusAreaRef focusArea,
        @Schema(required = true, nullable = true, description = "The unit preparing the answer") OrgUnitRef unit,
        @Schema(required = true, nullable = true) FeedbackPriority priority,
        @Schema(required = true, nullable = true) String rejectReason,
        @Schema(required = true, description = "Whether the sender's data below is shown to the caller") boolean submitterVisible,
        @Schema(required = true, nullable = true) Long participantId,
        @Schema(required = true, nullable = true) String submitterName,
        @Schema(required = true, nullable = true) String submitterPhone,
        @Schema(required = true, nullable = true) String submitterEmail,
        @Schema(required = true, nullable = true, description = "Drafts for the unit, the office and the chair; for others only once approved")
        Answer answer,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true, description = "Also the ETag") long version,
        @Schema(required = true, nullable = true, description = "Photos and PDFs sent with the item, oldest first; null in lists (read the item)")
        List<AttachmentView> attachments,
        @Schema(required = true, description = "Units working with the lead unit (đơn vị phối hợp); they read the item, the lead unit drafts")
        List<OrgUnitRef> coordinatingUnits,
        @Schema(required = true, nullable = true, description = "Set once the office records that the answer was given at the session")
        SessionAnswer answeredAtSession) {

    /** Answered at the session (đã trả lời tại hội nghị): when, what was said, and who recorded it (for the office and the unit). */
    @Schema(name = "FeedbackSessionAnswer")
    public record SessionAnswer(
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true, nullable = true, description = "What was said, if noted") String note,
            @Schema(required = true, nullable = true, description = "Who recorded it; for the unit, the office and the chair") String recordedBy) {
    }

    /**
     * The answer as the caller may see it. Before approval only the unit, the office and the chair see it at all;
     * the sender and the ward see the approved text and date, without the workflow's names and reasons.
     */
    @Schema(name = "FeedbackAnswer")
    public record Answer(
            @Schema(required = true) String text,
            @Schema(required = true, nullable = true, description = "The unit's drafter") String draftedBy,
            @Schema(required = true, nullable = true) OffsetDateTime draftedAt,
            @Schema(required = true, nullable = true, description = "The office's last edit") String editedBy,
            @Schema(required = true, nullable = true) OffsetDateTime editedAt,
            @Schema(required = true, nullable = true, description = "Why it was last sent back (office to unit, chair to office)") String returnReason,
            @Schema(required = true, nullable = true) String returnedBy,
            @Schema(required = true, nullable = true) OffsetDateTime returnedAt,
            @Schema(required = true, nullable = true) String submittedBy,
            @Schema(required = true, nullable = true, description = "Submitted to the chair") OffsetDateTime submittedAt,
            @Schema(required = true, nullable = true) String approvedBy,
            @Schema(required = true, nullable = true) OffsetDateTime approvedAt) {
    }

    @Schema(name = "FeedbackFocusArea")
    public record FocusAreaRef(@Schema(required = true) long id, @Schema(required = true) String title) {
    }
}
