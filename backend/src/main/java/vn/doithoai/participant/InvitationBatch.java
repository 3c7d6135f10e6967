package vn.doithoai.participant;

import java.time.Instant;
import java.time.LocalDate;

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

import vn.doithoai.plan.Plan;

/**
 * A batch of invitations issued together (một đợt phát hành giấy mời): its number, date and channel, the
 * deadline it was held to, and the reason recorded when it went out late anyway.
 */
@Entity
@Table(name = "invitation_batch")
public class InvitationBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    /** Số giấy mời: "125-GM/ThU". */
    @Column(nullable = false, length = 50)
    String number;

    @Column(name = "issued_on", nullable = false)
    LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    InvitationChannel channel;

    @Column
    LocalDate deadline;

    @Column(nullable = false)
    boolean late;

    @Column(name = "override_reason", columnDefinition = "text")
    String overrideReason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected InvitationBatch() {
    }

    InvitationBatch(Plan plan, String number, LocalDate issuedOn, InvitationChannel channel, LocalDate deadline,
            String overrideReason, String createdBy, Instant now) {
        this.plan = plan;
        this.number = number;
        this.issuedOn = issuedOn;
        this.channel = channel;
        this.deadline = deadline;
        this.late = deadline != null && issuedOn.isAfter(deadline);
        this.overrideReason = overrideReason;
        this.createdBy = createdBy;
        this.createdAt = now;
    }
}
