package vn.doithoai.minutes;

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

/** A person asked to sign the minutes as they were read out: signed, or declined and why. */
@Entity
@Table(name = "minutes_signature")
public class MinutesSignature {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", updatable = false)
    Minutes minutes;

    @Column(nullable = false, length = 200)
    String name;

    /** Chức vụ, vai trò. */
    @Column(length = 255)
    String title;

    @Column(length = 300)
    String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    Representing representing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    SignatureOutcome outcome;

    @Column(name = "declined_reason", columnDefinition = "text")
    String declinedReason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    protected MinutesSignature() {
    }

    MinutesSignature(Minutes minutes, String name, String title, String organisation, Representing representing, SignatureOutcome outcome,
            String declinedReason, String recordedBy, Instant recordedAt) {
        this.minutes = minutes;
        this.name = name;
        this.title = title;
        this.organisation = organisation;
        this.representing = representing;
        this.outcome = outcome;
        this.declinedReason = outcome == SignatureOutcome.DECLINED ? declinedReason : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** The same person's signature carried into a correction, to be confirmed or re-recorded there. */
    MinutesSignature copyTo(Minutes correction) {
        return new MinutesSignature(correction, name, title, organisation, representing, outcome, declinedReason, recordedBy, recordedAt);
    }
}
