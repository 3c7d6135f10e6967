package vn.doithoai.feedback;

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

/** A photo or PDF sent with a feedback item: evidence of what the item describes. Never changed once added. */
@Entity
@Table(name = "feedback_attachment")
public class FeedbackAttachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feedback_id", updatable = false)
    FeedbackItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "file_id", updatable = false)
    StoredFile file;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    protected FeedbackAttachment() {
    }

    FeedbackAttachment(FeedbackItem item, StoredFile file, String createdBy, Instant now) {
        this.item = item;
        this.file = file;
        this.createdBy = createdBy;
        this.createdAt = now;
    }
}
