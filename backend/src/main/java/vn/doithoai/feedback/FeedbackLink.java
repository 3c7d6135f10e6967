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

/**
 * "Đã kiến nghị nhiều lần": an item linked to an item of an earlier dialogue. A link to a ruling (kết luận) will be a
 * column of its own beside earlierItem, which is why that one may be empty in the table.
 */
@Entity
@Table(name = "feedback_link")
public class FeedbackLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    FeedbackItem item;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "earlier_item_id")
    FeedbackItem earlierItem;

    @Column(length = 1000)
    String note;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected FeedbackLink() {
    }

    FeedbackLink(FeedbackItem item, FeedbackItem earlierItem, String note, String createdBy, Instant now) {
        this.item = item;
        this.earlierItem = earlierItem;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = now;
    }
}
