package vn.doithoai.participant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.plan.CompositionGroup;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.Plan;

/**
 * A person's participation in one plan (tham dự): the group of the composition it counts toward, the
 * invitation, the answer, and attendance on the day. Its token keys the invitee's link and QR code.
 */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    ParticipantKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ParticipantLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "composition_group_id")
    CompositionGroup group;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    ParticipantSource source;

    /** What a citizen wants to raise (nội dung muốn nêu), as they wrote it. */
    @Column(columnDefinition = "text")
    String matter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_batch_id")
    InvitationBatch invitation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    RsvpStatus rsvp = RsvpStatus.PENDING;

    @Column(name = "rsvp_at")
    Instant rsvpAt;

    @Column(name = "rsvp_by", length = 100)
    String rsvpBy;

    @Column(name = "rsvp_note", length = 500)
    String rsvpNote;

    @Column(name = "checked_in_at")
    Instant checkedInAt;

    @Column(name = "checked_in_by", length = 100)
    String checkedInBy;

    @Column(nullable = false, length = 43, columnDefinition = "char(43)", updatable = false)
    String token;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Participation() {
    }

    Participation(Plan plan, Person person, ParticipantSource source, String token, String createdBy, Instant now) {
        this.plan = plan;
        this.person = person;
        this.source = source;
        this.token = token;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The invitee's or the office's answer; closed once the person has come or the session has passed. */
    void answer(RsvpStatus response, String note, String by, Instant now) {
        if (checkedInAt != null) {
            throw new DomainException(ProblemKind.CONFLICT, "participant.already-attended");
        }
        rsvp = response;
        rsvpNote = note;
        rsvpBy = by;
        rsvpAt = response == RsvpStatus.PENDING ? null : now;
        updatedAt = now;
    }

    void invite(InvitationBatch batch, Instant now) {
        invitation = batch;
        updatedAt = now;
    }

    public boolean isCitizen() {
        return kind.isCitizen();
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Plan plan() {
        return plan;
    }
}
