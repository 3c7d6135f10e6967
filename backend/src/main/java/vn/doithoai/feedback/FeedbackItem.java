package vn.doithoai.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.participant.Participation;
import vn.doithoai.plan.FocusArea;
import vn.doithoai.plan.Plan;

/**
 * One feedback item of a plan (ý kiến, kiến nghị, phản ánh): who raised it and where, what it says, and how far
 * the office has taken it. The status moves only by the methods below.
 */
@Entity
@Table(name = "feedback_item")
public class FeedbackItem {

    private static final Set<FeedbackStatus> CLASSIFIABLE = EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.CLASSIFIED,
            FeedbackStatus.ASSIGNED);
    private static final Set<FeedbackStatus> ASSIGNABLE = EnumSet.of(FeedbackStatus.CLASSIFIED, FeedbackStatus.ASSIGNED);
    private static final Set<FeedbackStatus> REJECTABLE = EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.CLASSIFIED);
    /** The unit drafts while it holds the item: first, again after the office sent it back, or before the office acts. */
    private static final Set<FeedbackStatus> DRAFTABLE = EnumSet.of(FeedbackStatus.ASSIGNED, FeedbackStatus.ANSWER_DRAFTED);
    private static final Set<FeedbackStatus> IN_REVIEW = EnumSet.of(FeedbackStatus.ANSWER_DRAFTED);
    private static final Set<FeedbackStatus> SUBMITTED = EnumSet.of(FeedbackStatus.ANSWER_SUBMITTED);
    /** From approval on the answer is public: the sender and anyone holding the code may read it. */
    /** Said at the session only once the chair has approved what is to be said. */
    private static final Set<FeedbackStatus> APPROVED = EnumSet.of(FeedbackStatus.ANSWER_APPROVED);
    private static final Set<FeedbackStatus> ANSWER_PUBLIC = EnumSet.of(FeedbackStatus.ANSWER_APPROVED,
            FeedbackStatus.ANSWERED_AT_SESSION, FeedbackStatus.RULED);

    /** The chair may rule on anything raised at the dialogue, except what was rejected as out of its scope. */
    private static final Set<FeedbackStatus> RULABLE = EnumSet.complementOf(EnumSet.of(FeedbackStatus.REJECTED));

    private static final Set<FeedbackStatus> SETTLED = EnumSet.of(FeedbackStatus.REJECTED, FeedbackStatus.RULED);
    private static final Set<FeedbackStatus> MERGEABLE = EnumSet.complementOf(EnumSet.of(FeedbackStatus.REJECTED,
            FeedbackStatus.ANSWERED_AT_SESSION, FeedbackStatus.RULED));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    /** The plan's body, carried on the item so that a body's lists are read from one index; never changes. */
    @Column(name = "body_id", nullable = false, updatable = false)
    Long bodyId;

    @Column(name = "tracking_code", nullable = false, length = 16, updatable = false)
    String trackingCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    FeedbackKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    FeedbackChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    FeedbackStatus status = FeedbackStatus.RECEIVED;

    /** The participant who raised it, when they are on the plan's list. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participation_id")
    Participation participation;

    @Column(name = "submitter_name")
    String submitterName;

    @Column(name = "submitter_phone", length = 15)
    String submitterPhone;

    @Column(name = "submitter_email")
    String submitterEmail;

    /** The partner system that sent it (its client id), when the channel is PARTNER. */
    @Column(length = 100, updatable = false)
    String partner;

    /** The partner's own reference for the item: a re-send with it reaches this item (unique per partner). */
    @Column(name = "external_reference", length = 100, updatable = false)
    String externalReference;

    /** The logged-in citizen who sent it: they follow their own items by this. */
    @Column(length = 100, updatable = false)
    String account;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ward_id")
    OrgUnit ward;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    OrgUnit village;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "focus_area_id")
    FocusArea focusArea;

    @Column(nullable = false, length = 500)
    String title;

    @Column(nullable = false, columnDefinition = "text")
    String content;

    /** Title, content and code without diacritics, for search; kept here on every write. */
    @Column(name = "search_text", nullable = false, columnDefinition = "text")
    String searchText;

    /** The organisation's report it came in with, when it came in with one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", updatable = false)
    FeedbackReport report;

    /** The unit that prepares the answer (đơn vị chủ trì trả lời). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    OrgUnit unit;

    /** Units that work with the lead unit (đơn vị phối hợp): they read the item, the lead unit drafts. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "feedback_coordinating_unit", joinColumns = @JoinColumn(name = "feedback_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("sortOrder, code")
    List<OrgUnit> coordinatingUnits = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    FeedbackPriority priority;

    @Column(name = "reject_reason", length = 2000)
    String rejectReason;

    /** The answer (nội dung trả lời); a draft until the chair approves it. */
    @Column(name = "answer_text", columnDefinition = "text")
    String answerText;

    @Column(name = "answer_drafted_by", length = 100)
    String answerDraftedBy;

    @Column(name = "answer_drafted_at")
    Instant answerDraftedAt;

    /** The office's last edit while consolidating the unit's draft. */
    @Column(name = "answer_edited_by", length = 100)
    String answerEditedBy;

    @Column(name = "answer_edited_at")
    Instant answerEditedAt;

    /** Why the answer was last sent back (office to unit, or chair to office); cleared when it goes to the chair again. */
    @Column(name = "answer_return_reason", length = 2000)
    String answerReturnReason;

    @Column(name = "answer_returned_by", length = 100)
    String answerReturnedBy;

    @Column(name = "answer_returned_at")
    Instant answerReturnedAt;

    @Column(name = "answer_submitted_by", length = 100)
    String answerSubmittedBy;

    @Column(name = "answer_submitted_at")
    Instant answerSubmittedAt;

    @Column(name = "answer_approved_by", length = 100)
    String answerApprovedBy;

    @Column(name = "answer_approved_at")
    Instant answerApprovedAt;

    /** The item that now speaks for this one (gộp ý kiến trùng); everything else of this item stays its own. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    FeedbackItem mergedInto;

    /** On a primary: items in its group (itself included), distinct senders and wards; 0 when it has no group. */
    @Column(name = "merged_count", nullable = false)
    int mergedCount;

    @Column(name = "merged_submitters", nullable = false)
    int mergedSubmitters;

    @Column(name = "merged_wards", nullable = false)
    int mergedWards;

    /** Links to items of earlier dialogues (đã kiến nghị nhiều lần), kept with the links. */
    @Column(name = "raised_before_count", nullable = false)
    int raisedBeforeCount;

    /** 1 while raised before and still open: lists sort on it first. Derived on every write. */
    @Column(nullable = false, columnDefinition = "tinyint")
    int precedence;
    /** Answered at the session (đã trả lời tại hội nghị): who recorded it and when, and what was said if noted. */
    @Column(name = "session_answered_by", length = 100)
    String sessionAnsweredBy;

    @Column(name = "session_answered_at")
    Instant sessionAnsweredAt;

    @Column(name = "session_note", columnDefinition = "text")
    String sessionNote;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected FeedbackItem() {
    }

    FeedbackItem(Plan plan, String trackingCode, FeedbackKind kind, FeedbackChannel channel, String createdBy, Instant now) {
        this.plan = plan;
        this.bodyId = plan.bodyId();
        this.trackingCode = trackingCode;
        this.kind = kind;
        this.channel = channel;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** An item of an organisation's report: the report's plan, channel and author. */
    static FeedbackItem ofReport(FeedbackReport report, String trackingCode, FeedbackKind kind, Instant now) {
        var item = new FeedbackItem(report.plan, trackingCode, kind, report.channel, report.createdBy, now);
        item.report = report;
        return item;
    }

    @PrePersist
    @PreUpdate
    void index() {
        // Not the tracking code: its letters would match short syllables ("ga", "xa"); a code is searched exactly instead.
        searchText = SearchText.normalise(title + " " + content);
        precedence = raisedBeforeUnresolved() ? 1 : 0;
    }

    /** Raised at an earlier dialogue and not yet settled: neither rejected nor ruled. */
    boolean raisedBeforeUnresolved() {
        return raisedBeforeCount > 0 && !SETTLED.contains(status);
    }

    /** Only items still in the office's hands join a group: not rejected, not answered at the session, not ruled. */
    void requireMergeable() {
        requireStatus(MERGEABLE, "feedback.not-mergeable");
    }

    /** This item now speaks for a group of {@code count} items from that many senders and wards (0s: no group). */
    void group(int count, int submitters, int wards, Instant now) {
        mergedCount = count;
        mergedSubmitters = submitters;
        mergedWards = wards;
        updatedAt = now;
    }

    /** Into a primary's group, or (null) standalone again exactly as it was: nothing else of the item changes. */
    void mergeInto(FeedbackItem primary, Instant now) {
        mergedInto = primary;
        updatedAt = now;
    }

    void linkedBefore(int delta, Instant now) {
        raisedBeforeCount += delta;
        updatedAt = now;
    }

    /** The office sets the focus area and priority (phân loại); a received item becomes classified. */
    void classify(FocusArea area, FeedbackPriority priority, Instant now) {
        requireStatus(CLASSIFIABLE, "feedback.not-classifiable");
        this.focusArea = area;
        this.priority = priority;
        if (status == FeedbackStatus.RECEIVED) {
            status = FeedbackStatus.CLASSIFIED;
        }
        updatedAt = now;
    }

    /** The lead unit alone, no coordinating units. */
    void assign(OrgUnit unit, Instant now) {
        assign(unit, List.of(), now);
    }

    /**
     * The office names the unit that prepares the answer and any units that work with it; only once the item is
     * classified. The caller has checked that the coordinating units are distinct and exclude the lead.
     */
    void assign(OrgUnit unit, List<OrgUnit> coordinating, Instant now) {
        requireStatus(ASSIGNABLE, "feedback.not-assignable");
        this.unit = unit;
        if (!coordinatingUnits.equals(coordinating)) {
            coordinatingUnits.clear();
            coordinatingUnits.addAll(coordinating);
        }
        status = FeedbackStatus.ASSIGNED;
        updatedAt = now;
    }

    /** Out of the dialogue's scope, with the reason the citizen will read; not once a unit is working on it. */
    void reject(String reason, Instant now) {
        requireStatus(REJECTABLE, "feedback.not-rejectable");
        rejectReason = reason;
        status = FeedbackStatus.REJECTED;
        updatedAt = now;
    }

    /** The assigned unit writes (or rewrites) its draft answer. */
    void draftAnswer(String text, String by, Instant now) {
        requireStatus(DRAFTABLE, "feedback.answer-not-draftable");
        answerText = text;
        answerDraftedBy = by;
        answerDraftedAt = now;
        status = FeedbackStatus.ANSWER_DRAFTED;
        updatedAt = now;
    }

    /** The office consolidates the unit's draft before submitting it; the unit stays its drafter. */
    void editAnswer(String text, String by, Instant now) {
        requireStatus(IN_REVIEW, "feedback.answer-not-in-review");
        answerText = text;
        answerEditedBy = by;
        answerEditedAt = now;
        updatedAt = now;
    }

    /** The office sends the draft back to the unit with a reason; the draft is kept for the unit to rework. */
    void returnToUnit(String reason, String by, Instant now) {
        requireStatus(IN_REVIEW, "feedback.answer-not-in-review");
        returned(reason, by, now);
        status = FeedbackStatus.ASSIGNED;
    }

    /** The office submits the answer to the chair (trình duyệt). */
    void submitAnswer(String by, Instant now) {
        requireStatus(IN_REVIEW, "feedback.answer-not-in-review");
        answerSubmittedBy = by;
        answerSubmittedAt = now;
        answerReturnReason = null;
        status = FeedbackStatus.ANSWER_SUBMITTED;
        updatedAt = now;
    }

    /** The chair sends the answer back to the office with a reason. */
    void returnToOffice(String reason, String by, Instant now) {
        requireStatus(SUBMITTED, "feedback.answer-not-submitted");
        returned(reason, by, now);
        status = FeedbackStatus.ANSWER_DRAFTED;
    }

    /** The chair approves: from now on the answer is the one given to the sender. */
    void approveAnswer(String by, Instant now) {
        requireStatus(SUBMITTED, "feedback.answer-not-submitted");
        answerApprovedBy = by;
        answerApprovedAt = now;
        status = FeedbackStatus.ANSWER_APPROVED;
        updatedAt = now;
    }

    /** The office records that the approved answer was given at the session, optionally with what was said. */
    void answeredAtSession(String note, String by, Instant now) {
        requireStatus(APPROVED, "feedback.not-answerable-at-session");
        sessionNote = note;
        sessionAnsweredBy = by;
        sessionAnsweredAt = now;
        status = FeedbackStatus.ANSWERED_AT_SESSION;
        updatedAt = now;
    }

    /**
     * The chair has issued a ruling (kết luận) on it: settled from now on, whatever its answer had reached. An item
     * linked by several rulings stays ruled.
     */
    void rule(Instant now) {
        requireStatus(RULABLE, "feedback.not-rulable");
        if (status != FeedbackStatus.RULED) {
            status = FeedbackStatus.RULED;
            updatedAt = now;
        }
    }

    boolean isRulable() {
        return RULABLE.contains(status);
    }

    /** Whether the unit of this code works on the item, as lead or coordinating unit. */
    boolean involves(String unitCode) {
        return unitCode != null && (unit != null && unitCode.equals(unit.code())
                || coordinatingUnits.stream().anyMatch(u -> unitCode.equals(u.code())));
    }

    boolean answerIsPublic() {
        return answerIsPublic(status);
    }

    static boolean answerIsPublic(FeedbackStatus status) {
        return ANSWER_PUBLIC.contains(status);
    }

    private void returned(String reason, String by, Instant now) {
        answerReturnReason = reason;
        answerReturnedBy = by;
        answerReturnedAt = now;
        updatedAt = now;
    }

    private void requireStatus(Set<FeedbackStatus> allowed, String messageKey) {
        if (!allowed.contains(status)) {
            throw DomainException.conflict(messageKey, trackingCode, status);
        }
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public FeedbackStatus status() {
        return status;
    }

    public String trackingCode() {
        return trackingCode;
    }

    public String title() {
        return title;
    }

    public OrgUnit ward() {
        return ward;
    }
}
