package vn.doithoai.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.persistence.StringListJson;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.OrgUnit;

/**
 * A dialogue plan (kế hoạch tổ chức đối thoại), the spine of a dialogue: what the seed document 61-KH/ThU
 * carries, its preparation tasks with their deadlines, and its status.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PlanStatus status = PlanStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PlanLevel level;

    @Column(name = "template_code", length = 50)
    String templateCode;

    /** Số (61) and ký hiệu (KH/ThU) of the document: 61-KH/ThU. */
    @Column(length = 20)
    String number;

    @Column(length = 50)
    String symbol;

    @Column(name = "issue_date")
    LocalDate issueDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuing_unit_id")
    OrgUnit issuingUnit;

    /**
     * The body the plan belongs to (cơ quan tổ chức đối thoại), and so everything under it: its participants, feedback,
     * session, minutes, rulings, notice and follow-up. Set once, by the body whose office made it.
     */
    @Column(name = "body_id", nullable = false, updatable = false)
    Long bodyId;

    /** The same body, for its name. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id", insertable = false, updatable = false)
    OrgUnit body;

    /** The body as the document names it: "Ban Thường vụ Thị ủy". */
    @Column(name = "issuing_body_name")
    String issuingBodyName;

    @Column(nullable = false, length = 500)
    String title;

    /** Căn cứ. */
    @Convert(converter = StringListJson.class)
    @Column(name = "legal_bases", nullable = false, columnDefinition = "longtext")
    List<String> legalBases = new ArrayList<>();

    /** Chủ thể đối thoại: "đồng chí Bí thư Thị ủy". */
    @Column(name = "chair_title")
    String chairTitle;

    @Column(name = "chair_name")
    String chairName;

    /** Mục đích, yêu cầu. */
    @Convert(converter = StringListJson.class)
    @Column(nullable = false, columnDefinition = "longtext")
    List<String> purposes = new ArrayList<>();

    /** Chủ đề. */
    @Column(length = 1000)
    String topic;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<FocusArea> focusAreas = new ArrayList<>();

    /** The month announced first ("dự kiến tháng 11/2022"); the exact time comes later. */
    @Column(name = "planned_month", length = 7, columnDefinition = "char(7)")
    String plannedMonth;

    @Column(name = "session_at")
    Instant sessionAt;

    @Column(name = "schedule_note", length = 500)
    String scheduleNote;

    @Column(length = 500)
    String venue;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    DialogueFormat format;

    @Column(name = "format_note", length = 500)
    String formatNote;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<AgendaItem> agenda = new ArrayList<>();

    @Column(name = "agenda_note", columnDefinition = "text")
    String agendaNote;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<CompositionGroup> composition = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    List<PreparationTask> tasks = new ArrayList<>();

    /** How early invitations (giấy mời) must reach delegates: "ít nhất 03 ngày làm việc trước". */
    @Embedded
    @AttributeOverride(name = "offset", column = @Column(name = "invitation_offset"))
    @AttributeOverride(name = "unit", column = @Column(name = "invitation_unit", length = 20))
    @AttributeOverride(name = "direction", column = @Column(name = "invitation_direction", length = 10))
    DeadlineRule invitationRule;

    /** How early invitations must reach citizens, when it differs ("ít nhất 03 ngày trước"). */
    @Embedded
    @AttributeOverride(name = "offset", column = @Column(name = "citizen_invitation_offset"))
    @AttributeOverride(name = "unit", column = @Column(name = "citizen_invitation_unit", length = 20))
    @AttributeOverride(name = "direction", column = @Column(name = "citizen_invitation_direction", length = 10))
    DeadlineRule citizenInvitationRule;

    @Column(name = "return_reason", columnDefinition = "text")
    String returnReason;

    @Column(name = "cancel_reason", columnDefinition = "text")
    String cancelReason;

    /** When the matter was closed or called off: the retention of its people's data runs from then. */
    @Column(name = "closed_at")
    Instant closedAt;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Plan() {
    }

    Plan(long bodyId, PlanLevel level, String title, String createdBy, Instant now) {
        this.bodyId = bodyId;
        this.level = level;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The session's date in Vietnam, from which every deadline counts. */
    public LocalDate sessionDate() {
        return sessionAt == null ? null : sessionAt.atZone(Clocks.VIETNAM).toLocalDate();
    }

    public YearMonth plannedYearMonth() {
        return plannedMonth == null ? null : YearMonth.parse(plannedMonth);
    }

    /** Moves the plan along its workflow; the action's roles are checked by the caller, the states here. */
    void apply(PlanAction action, String reason, Instant now) {
        if (!action.startsFrom(status)) {
            throw new DomainException(ProblemKind.CONFLICT, "plan.action-not-allowed", action, status);
        }
        switch (action) {
            case RETURN -> returnReason = reason;
            case SUBMIT -> returnReason = null;
            case CANCEL -> cancelReason = reason;
            default -> {
            }
        }
        status = action.leadsTo();
        if (status == PlanStatus.CLOSED || status == PlanStatus.CANCELLED) {
            closedAt = now;
        }
        updatedAt = now;
    }

    /**
     * The last day an invitation may be issued to citizens or to everyone else, or null when the plan has no
     * rule or no session date yet. Citizens fall back to the general rule.
     */
    public LocalDate invitationDeadline(boolean citizens, WorkingDays calendar) {
        DeadlineRule rule = citizens && citizenInvitationRule != null ? citizenInvitationRule : invitationRule;
        LocalDate session = sessionDate();
        return rule == null || session == null ? null : rule.dueDate(session, calendar);
    }

    void recomputeDueDates(WorkingDays calendar) {
        LocalDate session = sessionDate();
        for (PreparationTask task : tasks) {
            task.recomputeDueDate(session, calendar);
        }
    }

    void requireStatus(boolean allowed) {
        if (!allowed) {
            throw new DomainException(ProblemKind.CONFLICT, "plan.not-editable", status);
        }
    }

    void touch(Instant now) {
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public PlanStatus status() {
        return status;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public Instant sessionAt() {
        return sessionAt;
    }

    public String venue() {
        return venue;
    }

    /** When anything of the plan last changed: a sitemap's lastmod. */
    public Instant updatedAt() {
        return updatedAt;
    }

    public String number() {
        return number;
    }

    public String symbol() {
        return symbol;
    }

    public long bodyId() {
        return bodyId;
    }

    public OrgUnit body() {
        return body;
    }

    public OrgUnit issuingUnit() {
        return issuingUnit;
    }

    public String issuingBodyName() {
        return issuingBodyName;
    }

    public String chairTitle() {
        return chairTitle;
    }

    public String chairName() {
        return chairName;
    }

    public String topic() {
        return topic;
    }

    public List<CompositionGroup> composition() {
        return composition;
    }
}
