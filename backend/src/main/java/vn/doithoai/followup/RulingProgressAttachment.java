package vn.doithoai.followup;

import java.time.Instant;

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

/** A photo or PDF sent with a progress report: evidence of the work done. Never changed once added. */
@Entity
@Table(name = "ruling_progress_attachment")
public class RulingProgressAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "progress_id", updatable = false)
    RulingProgress report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", updatable = false)
    StoredFile file;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    protected RulingProgressAttachment() {
    }

    RulingProgressAttachment(RulingProgress report, StoredFile file, String createdBy, Instant now) {
        this.report = report;
        this.file = file;
        this.createdBy = createdBy;
        this.createdAt = now;
    }
}
