package vn.doithoai.privacy.subject;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;

/**
 * A person's request about their data (yêu cầu của chủ thể dữ liệu): what they asked, when it was received, the day the
 * answer is due by law, and how it ended. Answered once.
 */
@Entity
@Table(name = "data_subject_request")
public class SubjectRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** The office's body; null for a citizen's own request through their login. */
    @Column(name = "body_id", updatable = false)
    Long bodyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    RequestKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    RequestStatus status = RequestStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    RequestChannel channel;

    @Column(name = "subject_phone", length = 15)
    String subjectPhone;

    @Column(name = "subject_email")
    String subjectEmail;

    @Column(name = "subject_account", length = 100)
    String subjectAccount;

    @Column(name = "subject_person_id")
    Long subjectPersonId;

    @Column(name = "subject_label", nullable = false)
    String subjectLabel;

    @Column(name = "received_on", nullable = false, updatable = false)
    LocalDate receivedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    LocalDate dueOn;

    @Column(length = 2000)
    String note;

    @Column(name = "outcome_note", length = 2000)
    String outcomeNote;

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

    protected SubjectRequest() {
    }

    SubjectRequest(Long bodyId, RequestKind kind, RequestChannel channel, SubjectQuery who, LocalDate receivedOn, LocalDate dueOn, String note,
            String createdBy, Instant now) {
        this.bodyId = bodyId;
        this.kind = kind;
        this.channel = channel;
        this.subjectPhone = who.phone();
        this.subjectEmail = who.email();
        this.subjectAccount = who.account();
        this.subjectPersonId = who.personId();
        this.subjectLabel = who.label();
        this.receivedOn = receivedOn;
        this.dueOn = dueOn;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    SubjectQuery subject() {
        return new SubjectQuery(subjectPhone, subjectEmail, subjectAccount, subjectPersonId);
    }

    /** Answered as asked (DONE) or refused; once. */
    void close(RequestStatus outcome, String outcomeNote, String by, Instant now) {
        if (status != RequestStatus.OPEN) {
            throw new DomainException(ProblemKind.CONFLICT, "privacy.request-closed");
        }
        this.status = outcome;
        this.outcomeNote = outcomeNote;
        this.decidedBy = by;
        this.decidedAt = now;
        this.updatedAt = now;
    }

    void requireKind(RequestKind expected) {
        if (kind != expected) {
            throw new DomainException(ProblemKind.CONFLICT, "privacy.request-kind", kind);
        }
    }
}
