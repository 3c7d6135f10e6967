package vn.doithoai.ruling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.plan.Plan;

/**
 * A ruling of the chair (kết luận) on one or more feedback items of a plan, numbered within the plan. Drafted by
 * the office or the chair, issued only by the chair; once issued it is the record and no longer changes, except
 * that an escalation receives the higher body's reply.
 */
@Entity
@Table(name = "ruling")
public class Ruling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    Plan plan;

    /** 1, 2, … within the plan, in the order the rulings were created. */
    @Column(nullable = false, updatable = false)
    int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    RulingType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    RulingStatus status = RulingStatus.DRAFT;

    /** What the chair concluded; for EXPLAINED, the explanation given. */
    @Column(nullable = false, columnDefinition = "text")
    String content;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ruling_feedback", joinColumns = @JoinColumn(name = "ruling_id"),
            inverseJoinColumns = @JoinColumn(name = "feedback_id"))
    @OrderColumn(name = "position")
    List<FeedbackItem> items = new ArrayList<>();

    /** RESOLVE: the unit that resolves it (đơn vị chủ trì). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_unit_id")
    OrgUnit leadUnit;

    /** RESOLVE: units that work with the lead unit (đơn vị phối hợp). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "ruling_coordinating_unit", joinColumns = @JoinColumn(name = "ruling_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    @OrderBy("sortOrder, code")
    List<OrgUnit> coordinatingUnits = new ArrayList<>();

    /** RESOLVE: due date (thời hạn), not before the session. */
    @Column(name = "due_date")
    LocalDate dueDate;

    /** ESCALATE: the higher body it goes to. */
    @Column(name = "escalated_to", length = 500)
    String escalatedTo;

    /** ESCALATE: the recommendation sent to it. */
    @Column(columnDefinition = "text")
    String recommendation;

    /** ESCALATE: the higher body's reply, once it comes. */
    @Column(columnDefinition = "text")
    String reply;

    @Column(name = "replied_on")
    LocalDate repliedOn;

    /** DECLINED: why. */
    @Column(columnDefinition = "text")
    String reason;

    /** OPEN for rulings that are followed until done (resolve, escalate); null for the others. */
    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up", length = 20)
    FollowUpStatus followUp;

    /** Latest reported percentage done, 0–100. */
    @Column(name = "progress_percent", nullable = false)
    int progressPercent;

    /** The latest progress report's text, shown in lists and on the public page. */
    @Column(name = "progress_note", columnDefinition = "text")
    String progressNote;

    @Column(name = "follow_up_updated_at")
    Instant followUpUpdatedAt;

    /** The day it was reported resolved. */
    @Column(name = "resolved_on")
    LocalDate resolvedOn;

    /** CANNOT_RESOLVE: why. */
    @Column(name = "cannot_resolve_reason", columnDefinition = "text")
    String cannotResolveReason;

    @Column(name = "issued_by", length = 100)
    String issuedBy;

    @Column(name = "issued_at")
    Instant issuedAt;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Ruling() {
    }

    Ruling(Plan plan, int number, String createdBy, Instant now) {
        this.plan = plan;
        this.number = number;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Only a draft is edited or deleted: an issued ruling is the record. */
    void requireDraft() {
        if (status != RulingStatus.DRAFT) {
            throw DomainException.conflict("ruling.not-draft", number);
        }
    }

    /** The chair issues it; the items are moved to "ruled" by the caller. */
    void issue(String by, Instant now) {
        requireDraft();
        status = RulingStatus.ISSUED;
        issuedBy = by;
        issuedAt = now;
        updatedAt = now;
    }

    /** The higher body answered an issued escalation; a later reply replaces an earlier one. */
    void recordReply(String text, LocalDate on, Instant now) {
        if (status != RulingStatus.ISSUED || type != RulingType.ESCALATE) {
            throw DomainException.conflict("ruling.not-issued-escalation", number);
        }
        reply = text;
        repliedOn = on;
        updatedAt = now;
    }

    // --- Follow-up (theo dõi thực hiện): moved on by vn.doithoai.followup through RulingFollowUps ------------------

    /** Followed until done: an issued ruling to resolve or to escalate. */
    boolean isFollowed() {
        return status == RulingStatus.ISSUED && followUp != null;
    }

    /** Reports are taken while it is open or in progress; a closed one is reopened by the office first. */
    private void requireFollowedAndOpen() {
        if (!isFollowed()) {
            throw DomainException.conflict("followup.not-followed", number);
        }
        if (followUp == FollowUpStatus.RESOLVED || followUp == FollowUpStatus.CANNOT_RESOLVE) {
            throw DomainException.conflict("followup.closed", number, followUp);
        }
    }

    /** A progress report: the first with a percentage above 0 moves it to IN_PROGRESS. */
    void reportProgress(int percent, String note, Instant now) {
        requireFollowedAndOpen();
        progressPercent = percent;
        progressNote = note;
        if (percent > 0) {
            followUp = FollowUpStatus.IN_PROGRESS;
        }
        touched(now);
    }

    /** Done: 100 %, with what was done as the note. */
    void resolve(String note, LocalDate on, Instant now) {
        requireFollowedAndOpen();
        followUp = FollowUpStatus.RESOLVED;
        progressPercent = 100;
        progressNote = note;
        resolvedOn = on;
        cannotResolveReason = null;
        touched(now);
    }

    /** It cannot be done, and why; the percentage reached stays. */
    void cannotResolve(String reason, Instant now) {
        requireFollowedAndOpen();
        followUp = FollowUpStatus.CANNOT_RESOLVE;
        progressNote = reason;
        cannotResolveReason = reason;
        resolvedOn = null;
        touched(now);
    }

    /** The office finds a closed ruling not done after all: followed again, from the percentage reported before it closed. */
    void reopen(String note, int percent, Instant now) {
        if (!isFollowed() || followUp != FollowUpStatus.RESOLVED && followUp != FollowUpStatus.CANNOT_RESOLVE) {
            throw DomainException.conflict("followup.not-closed", number);
        }
        // Not the 100 % of a resolution found wanting: the public page would show "in progress, 100 %".
        progressPercent = Math.min(Math.max(percent, 0), 99);
        followUp = progressPercent > 0 ? FollowUpStatus.IN_PROGRESS : FollowUpStatus.OPEN;
        progressNote = note;
        resolvedOn = null;
        cannotResolveReason = null;
        touched(now);
    }

    private void touched(Instant now) {
        followUpUpdatedAt = now;
        updatedAt = now;
    }
}
