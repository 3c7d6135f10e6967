package vn.doithoai.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.OptimisticLock;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.plan.Plan;

/**
 * One version of a session's minutes (biên bản). A draft is edited by the office and signed as it is read out; once
 * finalised it never changes again: a mistake found later is corrected by a new version linked to this one.
 */
@Entity
@Table(name = "minutes")
public class Minutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", updatable = false)
    Plan plan;

    /** 1, 2, … within the plan. */
    @Column(name = "version_no", nullable = false, updatable = false)
    int versionNo;

    /** The finalised version this one corrects. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_id", updatable = false)
    Minutes previous;

    /** The finalised correction that replaced this version. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    Minutes supersededBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    MinutesStatus status = MinutesStatus.DRAFT;

    /** Who chaired the session: the signature block on the right. */
    @Column(name = "chair_name", nullable = false, length = 255)
    String chairName;

    /** Thư ký: who kept the minutes, the signature block on the left. */
    @Column(name = "secretary_name", nullable = false, length = 255)
    String secretaryName;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "minutes_section", joinColumns = @JoinColumn(name = "minutes_id"))
    @OrderColumn(name = "position")
    List<MinutesSection> sections = new ArrayList<>();

    /** Recorded while the text may still be edited by someone else: a signature does not change the version. */
    @OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @OptimisticLock(excluded = true)
    List<MinutesSignature> signatures = new ArrayList<>();

    @Column(name = "correction_reason", columnDefinition = "text")
    String correctionReason;

    @Column(name = "finalised_by", length = 100)
    String finalisedBy;

    @Column(name = "finalised_at")
    Instant finalisedAt;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected Minutes() {
    }

    Minutes(Plan plan, int versionNo, String chairName, String secretaryName, List<MinutesSection> sections, String createdBy, Instant now) {
        this.plan = plan;
        this.versionNo = versionNo;
        this.chairName = chairName;
        this.secretaryName = secretaryName;
        this.sections.addAll(sections);
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Version n+1 as a draft: the same text and signers, to be corrected and signed again. */
    Minutes correction(int versionNo, String reason, String by, Instant now) {
        requireFinalised();
        var next = new Minutes(plan, versionNo, chairName, secretaryName, sections, by, now);
        next.previous = this;
        next.correctionReason = reason;
        signatures.forEach(s -> next.signatures.add(s.copyTo(next)));
        return next;
    }

    void edit(String chairName, String secretaryName, List<MinutesSection> sections, Instant now) {
        requireDraft();
        this.chairName = chairName;
        this.secretaryName = secretaryName;
        this.sections.clear();
        this.sections.addAll(sections);
        this.updatedAt = now;
    }

    MinutesSignature sign(String name, String title, String organisation, Representing representing, SignatureOutcome outcome,
            String declinedReason, String by, Instant now) {
        requireDraft();
        var signature = new MinutesSignature(this, name, title, organisation, representing, outcome, declinedReason, by, now);
        signatures.add(signature);
        return signature;
    }

    void removeSignature(MinutesSignature signature) {
        requireDraft();
        signatures.remove(signature);
    }

    /**
     * Locks the minutes. Someone must have been asked to sign them (a refusal counts: it is recorded with its reason),
     * and both signature blocks need a name. The version it corrects is superseded from now on.
     */
    void finalise(String by, Instant now) {
        requireDraft();
        if (signatures.isEmpty()) {
            throw DomainException.conflict("minutes.no-signatures", versionNo);
        }
        if (chairName.isBlank() || secretaryName.isBlank()) {
            throw DomainException.conflict("minutes.signers-missing", versionNo);
        }
        status = MinutesStatus.FINALISED;
        finalisedBy = by;
        finalisedAt = now;
        updatedAt = now;
        if (previous != null) {
            previous.supersededBy = this;
            previous.updatedAt = now;
        }
    }

    void requireDraft() {
        if (status != MinutesStatus.DRAFT) {
            throw DomainException.conflict("minutes.finalised", versionNo);
        }
    }

    private void requireFinalised() {
        if (status != MinutesStatus.FINALISED) {
            throw DomainException.conflict("minutes.not-finalised", versionNo);
        }
    }
}
