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
        @Schema(required = true, nullable = true, description = "The item this one was merged into (its primary); lists leave merged items out unless includeMerged=true")
        Long mergedIntoId,
        @Schema(required = true, nullable = true, description = "On the primary of a group of duplicates; null otherwise") Merged merged,
        @Schema(required = true, description = "Raised at an earlier dialogue and still open (neither rejected nor ruled): sorted first in lists")
        boolean raisedBeforeUnresolved,
        @Schema(required = true, nullable = true, description = "Links to items of earlier dialogues; null in lists (read the item)")
        List<RaisedBefore> raisedBefore,
        @Schema(required = true, description = "Units working with the lead unit (đơn vị phối hợp); they read the item, the lead unit drafts")
        List<OrgUnitRef> coordinatingUnits,
        @Schema(required = true, nullable = true, description = "Set once the office records that the answer was given at the session")
        SessionAnswer answeredAtSession,
        @Schema(required = true, nullable = true, description = "The partner system that sent it (its client id), for channel PARTNER")
        String partner,
        @Schema(required = true, nullable = true, description = "The partner's own reference for the item: sending again with it reaches this item")
        String externalReference,
        @Schema(required = true, nullable = true, description = "Whether the sender confirmed the phone and the address they left (nothing "
                + "is sent to an unconfirmed one); on the item itself, for those who see the sender; null in lists")
        ContactConfirmed contactConfirmed) {

    /** Whether each contact the sender left was confirmed by a code (null: none left). */
    @Schema(name = "FeedbackContactConfirmed")
    public record ContactConfirmed(
            @Schema(required = true, nullable = true, description = "null when no phone was left") Boolean phone,
            @Schema(required = true, nullable = true, description = "null when no address was left") Boolean email) {
    }

    /** The same view, saying whether the sender's contacts are confirmed. */
    public FeedbackView withContactConfirmed(ContactConfirmed confirmed) {
        return new FeedbackView(id, trackingCode, planId, kind, channel, status, title, content, ward, village, focusArea, unit, priority,
                rejectReason, submitterVisible, participantId, submitterName, submitterPhone, submitterEmail, answer, createdAt, updatedAt,
                version, attachments, mergedIntoId, merged, raisedBeforeUnresolved, raisedBefore, coordinatingUnits, answeredAtSession,
                partner, externalReference, confirmed);
    }

    /** Answered at the session (đã trả lời tại hội nghị): when, what was said, and who recorded it (for the office and the unit). */
    @Schema(name = "FeedbackSessionAnswer")
    public record SessionAnswer(
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true, nullable = true, description = "What was said, if noted") String note,
            @Schema(required = true, nullable = true, description = "Who recorded it; for the unit, the office and the chair") String recordedBy) {
    }

    /** The same view with what only the item itself shows: its group's members and its links to earlier dialogues. */
    public FeedbackView withDetails(Merged merged, List<RaisedBefore> raisedBefore) {
        return new FeedbackView(id, trackingCode, planId, kind, channel, status, title, content, ward, village, focusArea, unit, priority,
                rejectReason, submitterVisible, participantId, submitterName, submitterPhone, submitterEmail, answer, createdAt, updatedAt,
                version, attachments, mergedIntoId, merged, raisedBeforeUnresolved, raisedBefore, coordinatingUnits, answeredAtSession,
                partner, externalReference, contactConfirmed);
    }

    /** A group of duplicates (gộp ý kiến): "14 công dân ở 3 phường". */
    @Schema(name = "FeedbackMerged")
    public record Merged(
            @Schema(required = true, description = "Items in the group, the primary included") int count,
            @Schema(required = true, description = "Distinct senders (a participant, an account, a phone or a name; an unnamed sender counts once per item)") int submitters,
            @Schema(required = true, description = "Distinct wards") int wards,
            @Schema(required = true, nullable = true, description = "The group's items, oldest first; null in lists (read the item)") List<Member> items) {
    }

    @Schema(name = "FeedbackMergedMember")
    public record Member(
            @Schema(required = true) long id,
            @Schema(required = true) String trackingCode,
            @Schema(required = true, nullable = true) OrgUnitRef ward,
            @Schema(required = true, nullable = true, description = "Only where the caller may see this item's sender") String submitterName) {
    }

    /**
     * A link to an item of an earlier dialogue (đã kiến nghị nhiều lần). For a ruling carried over, earlierItem is the
     * first item that ruling was on and earlierRuling names the ruling.
     */
    @Schema(name = "FeedbackRaisedBefore")
    public record RaisedBefore(
            @Schema(required = true) long linkId,
            @Schema(required = true) EarlierItem earlierItem,
            @Schema(required = true, nullable = true) String note,
            @Schema(nullable = true, description = "Set when the item was carried over from an earlier plan's ruling") EarlierRuling earlierRuling) {
    }

    @Schema(name = "FeedbackEarlierRuling")
    public record EarlierRuling(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true, description = "1, 2, … within its plan") int number) {
    }

    @Schema(name = "FeedbackEarlierItem")
    public record EarlierItem(
            @Schema(required = true) long id,
            @Schema(required = true) String trackingCode,
            @Schema(required = true) long planId,
            @Schema(required = true) String planTitle,
            @Schema(required = true, nullable = true, description = "The plan's number and symbol, e.g. 61-KH/ThU") String planNumber,
            @Schema(required = true, nullable = true) OffsetDateTime sessionAt,
            @Schema(required = true) String title,
            @Schema(required = true) FeedbackStatus status) {
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
