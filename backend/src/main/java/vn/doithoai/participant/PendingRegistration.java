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
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.plan.Plan;

/**
 * A registration whose phone number matches someone already known (đăng ký chờ xác nhận trùng khớp). A phone number
 * alone proves nothing: anyone can type a delegate's or a neighbour's number. So what the registrant entered is kept
 * here, apart from the matched person's record, and nobody is signed up until the ward officer of the registration's
 * ward or the office decides whether it is the same person, another person, or not to be accepted.
 */
@Entity
@Table(name = "pending_registration")
public class PendingRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    /** The person already known by this phone number; never changed by the registration. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "matched_person_id")
    Person matchedPerson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    PendingRegistrationStatus status = PendingRegistrationStatus.PENDING_MATCH;

    // What the registrant entered, as they entered it.

    @Column(name = "full_name", nullable = false)
    String fullName;

    /** The ward the registrant named: whose ward officer decides. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ward_id")
    OrgUnit ward;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "village_id")
    OrgUnit village;

    @Column(nullable = false, length = 15)
    String phone;

    @Column(columnDefinition = "text")
    String matter;

    @Column(name = "name_public", nullable = false)
    boolean namePublic;

    /** The citizen's login when they registered logged in; given only to a person made from this registration. */
    @Column(length = 100)
    String account;

    // The registrant's own answer by their link, carried over to the participation when it is decided.

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    RsvpStatus rsvp = RsvpStatus.PENDING;

    @Column(name = "rsvp_at")
    Instant rsvpAt;

    @Column(name = "rsvp_note", length = 500)
    String rsvpNote;

    /** The registrant's link; once decided, the link of the participation it joined or became. */
    @Column(nullable = false, length = 43, columnDefinition = "char(43)", updatable = false)
    String token;

    /** The participation it joined (the same person) or became (another person); none while pending or rejected. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participation_id")
    Participation participation;

    @Column(name = "decided_by", length = 100)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected PendingRegistration() {
    }

    PendingRegistration(Plan plan, Person matchedPerson, String token, String createdBy, Instant now) {
        this.plan = plan;
        this.matchedPerson = matchedPerson;
        this.token = token;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isPending() {
        return status == PendingRegistrationStatus.PENDING_MATCH;
    }

    /** The registrant's answer by their link while the match waits. */
    void answer(RsvpStatus response, String note, Instant now) {
        rsvp = response;
        rsvpNote = note;
        rsvpAt = response == RsvpStatus.PENDING ? null : now;
        updatedAt = now;
    }

    /** Decided once: the same person or another (joined to a participation), or rejected (none). */
    void decide(PendingRegistrationStatus outcome, Participation joined, String by, Instant now) {
        if (!isPending()) {
            throw new DomainException(ProblemKind.CONFLICT, "registration.already-decided");
        }
        if (outcome == PendingRegistrationStatus.PENDING_MATCH || (outcome == PendingRegistrationStatus.REJECTED) != (joined == null)) {
            throw new IllegalArgumentException("A registration is rejected without a participation, or joins one: " + outcome);
        }
        status = outcome;
        participation = joined;
        decidedBy = by;
        decidedAt = now;
        updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public boolean isInWard(String wardCode) {
        return ward.code().equals(wardCode);
    }
}
