package vn.doithoai.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.dto.AttachmentView;
import vn.doithoai.feedback.dto.FeedbackReceipt;
import vn.doithoai.feedback.dto.FeedbackTracking;
import vn.doithoai.feedback.dto.FeedbackView;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.dto.OrgUnitRef;

/** Feedback items into their DTOs, with what the caller may not see left out. */
final class FeedbackViews {

    private FeedbackViews() {
    }

    /** As in lists: the attachments are read with the item itself, not for every row. */
    static FeedbackView of(FeedbackItem f, FeedbackAccess access) {
        return of(f, access, null);
    }

    static FeedbackView of(FeedbackItem f, FeedbackAccess access, List<FeedbackAttachment> attachments) {
        boolean submitter = access.canSeeSubmitter(f);
        if (submitter) {
            access.contactShown(f.plan.id(), f.submitterPhone, f.submitterEmail);
        }
        return new FeedbackView(f.id, f.trackingCode, f.plan.id(), f.kind, f.channel, f.status, f.title, f.content, ref(f.ward),
                ref(f.village), f.focusArea == null ? null : new FeedbackView.FocusAreaRef(f.focusArea.id(), f.focusArea.title()),
                ref(f.unit), f.priority, f.rejectReason, submitter,
                submitter && f.participation != null ? f.participation.id() : null,
                submitter ? f.submitterName : null, submitter ? f.submitterPhone : null, submitter ? f.submitterEmail : null,
                answer(f, access), local(f.createdAt), local(f.updatedAt), f.version,
                attachments == null ? null : attachments.stream().map(FeedbackViews::attachment).toList(),
                f.mergedInto == null ? null : f.mergedInto.id, merged(f.mergedCount, f.mergedSubmitters, f.mergedWards),
                f.raisedBeforeUnresolved(), null, f.coordinatingUnits.stream().map(OrgUnitRef::of).toList(),
                session(f.sessionAnsweredAt, f.sessionNote, f.sessionAnsweredBy, access.canSeeAnswerDraft(f)), f.partner,
                f.externalReference, null);
    }

    /** The group's counts as the primary carries them; null for an item without a group. */
    static FeedbackView.Merged merged(int count, int submitters, int wards) {
        return count == 0 ? null : new FeedbackView.Merged(count, submitters, wards, null);
    }

    private static FeedbackView.SessionAnswer session(Instant at, String note, String by, boolean staff) {
        return at == null ? null : new FeedbackView.SessionAnswer(local(at), note, staff ? by : null);
    }

    /** One row of a feedback list, read straight from SQL (no entities): the item's columns and the names it shows. */
    record ListRow(long id, String trackingCode, long planId, FeedbackKind kind, FeedbackChannel channel, FeedbackStatus status,
            String title, String content, String wardCode, String wardName, String villageCode, String villageName, Long focusAreaId,
            String focusAreaTitle, String unitCode, String unitName, FeedbackPriority priority, String rejectReason,
            Long participationId, String submitterName, String submitterPhone, String submitterEmail, String account,
            String answerText, String answerDraftedBy, Instant answerDraftedAt, String answerEditedBy, Instant answerEditedAt,
            String answerReturnReason, String answerReturnedBy, Instant answerReturnedAt, String answerSubmittedBy,
            Instant answerSubmittedAt, String answerApprovedBy, Instant answerApprovedAt, Instant createdAt, Instant updatedAt,
            long version, Long mergedIntoId, int mergedCount, int mergedSubmitters, int mergedWards, int precedence,
            List<OrgUnitRef> coordinatingUnits, String sessionAnsweredBy, Instant sessionAnsweredAt, String sessionNote, String partner,
            String externalReference) {
    }

    /** The same view as {@link #of(FeedbackItem, FeedbackAccess)}, from a list row; lists carry no attachments. */
    static FeedbackView of(ListRow f, FeedbackAccess access) {
        boolean submitter = access.canSeeSubmitter(f.wardCode(), f.account());
        if (submitter) {
            access.contactShown(f.planId(), f.submitterPhone(), f.submitterEmail());
        }
        return new FeedbackView(f.id(), f.trackingCode(), f.planId(), f.kind(), f.channel(), f.status(), f.title(), f.content(),
                ref(f.wardCode(), f.wardName()), ref(f.villageCode(), f.villageName()),
                f.focusAreaId() == null ? null : new FeedbackView.FocusAreaRef(f.focusAreaId(), f.focusAreaTitle()),
                ref(f.unitCode(), f.unitName()), f.priority(), f.rejectReason(), submitter,
                submitter ? f.participationId() : null, submitter ? f.submitterName() : null, submitter ? f.submitterPhone() : null,
                submitter ? f.submitterEmail() : null, answer(f, access), local(f.createdAt()), local(f.updatedAt()), f.version(),
                null, f.mergedIntoId(), merged(f.mergedCount(), f.mergedSubmitters(), f.mergedWards()), f.precedence() == 1, null,
                f.coordinatingUnits(), session(f.sessionAnsweredAt(), f.sessionNote(), f.sessionAnsweredBy(),
                        access.canSeeAnswerDraft(f.unitCode())), f.partner(), f.externalReference(), null);
    }

    private static FeedbackView.Answer answer(ListRow f, FeedbackAccess access) {
        if (f.answerText() == null) {
            return null;
        }
        if (access.canSeeAnswerDraft(f.unitCode())) {
            return new FeedbackView.Answer(f.answerText(), f.answerDraftedBy(), local(f.answerDraftedAt()), f.answerEditedBy(),
                    local(f.answerEditedAt()), f.answerReturnReason(), f.answerReturnedBy(), local(f.answerReturnedAt()),
                    f.answerSubmittedBy(), local(f.answerSubmittedAt()), f.answerApprovedBy(), local(f.answerApprovedAt()));
        }
        if (!FeedbackItem.answerIsPublic(f.status())) {
            return null;
        }
        return new FeedbackView.Answer(f.answerText(), null, null, null, null, null, null, null, null, null, null,
                local(f.answerApprovedAt()));
    }

    private static OrgUnitRef ref(String code, String name) {
        return code == null ? null : new OrgUnitRef(code, name);
    }

    static FeedbackReceipt receipt(FeedbackItem f) {
        return new FeedbackReceipt(f.id, f.trackingCode, f.plan.id(), f.plan.title(), f.title, f.status, local(f.createdAt), f.version);
    }

    /**
     * No name, contact, place or content: only what tells the holder of the code where the item is. A merged item
     * shows where its primary is (that item's status and approved answer speak for the whole group), never which it is.
     */
    static FeedbackTracking tracking(FeedbackItem own) {
        FeedbackItem f = own.mergedInto == null ? own : own.mergedInto;
        boolean published = f.answerIsPublic();
        return new FeedbackTracking(own.trackingCode, own.plan.title(), own.kind, own.title, f.status,
                f.focusArea == null ? null : f.focusArea.title(), f.rejectReason, published ? f.answerText : null, published ? local(f.answerApprovedAt) : null,
                local(own.createdAt), local(f.updatedAt.isAfter(own.updatedAt) ? f.updatedAt : own.updatedAt), own.mergedInto != null);
    }

    /** The whole workflow for those who work on the answer; the approved text and date for everyone else who sees the item. */
    private static FeedbackView.Answer answer(FeedbackItem f, FeedbackAccess access) {
        if (f.answerText == null) {
            return null;
        }
        if (access.canSeeAnswerDraft(f)) {
            return new FeedbackView.Answer(f.answerText, f.answerDraftedBy, local(f.answerDraftedAt), f.answerEditedBy,
                    local(f.answerEditedAt), f.answerReturnReason, f.answerReturnedBy, local(f.answerReturnedAt), f.answerSubmittedBy,
                    local(f.answerSubmittedAt), f.answerApprovedBy, local(f.answerApprovedAt));
        }
        if (!f.answerIsPublic()) {
            return null;
        }
        return new FeedbackView.Answer(f.answerText, null, null, null, null, null, null, null, null, null, null, local(f.answerApprovedAt));
    }

    static AttachmentView attachment(FeedbackAttachment a) {
        return new AttachmentView(a.id, a.file.fileName(), a.file.contentType(), a.file.size());
    }

    static OrgUnitRef ref(OrgUnit unit) {
        return unit == null ? null : OrgUnitRef.of(unit);
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Clocks.VIETNAM).toOffsetDateTime();
    }
}
