package vn.doithoai.notice;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.doithoai.document.StoredFile;

/** One generation of a conclusion notice: the DOCX and PDF as issued, kept and served as stored. Never changed. */
@Entity
@Table(name = "conclusion_notice_revision")
public class NoticeRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id", updatable = false)
    ConclusionNotice notice;

    @Column(nullable = false, updatable = false)
    int revision;

    @Column(nullable = false, length = 20, updatable = false)
    String number;

    @Column(nullable = false, length = 50, updatable = false)
    String symbol;

    @Column(name = "issued_on", nullable = false, updatable = false)
    LocalDate issuedOn;

    /** Why it was generated again; null for the first. */
    @Column(columnDefinition = "text", updatable = false)
    String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "docx_file_id", updatable = false)
    StoredFile docx;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pdf_file_id", updatable = false)
    StoredFile pdf;

    @Column(name = "generated_by", nullable = false, length = 100, updatable = false)
    String generatedBy;

    @Column(name = "generated_at", nullable = false, updatable = false)
    Instant generatedAt;

    protected NoticeRevision() {
    }

    NoticeRevision(ConclusionNotice notice, int revision, String reason, StoredFile docx, StoredFile pdf, String by, Instant at) {
        this.notice = notice;
        this.revision = revision;
        this.number = notice.number;
        this.symbol = notice.symbol;
        this.issuedOn = notice.issuedOn;
        this.reason = reason;
        this.docx = docx;
        this.pdf = pdf;
        this.generatedBy = by;
        this.generatedAt = at;
    }
}
