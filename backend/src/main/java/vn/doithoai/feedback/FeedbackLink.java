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
 * "Đã kiến nghị nhiều lần": an item linked to an item of an earlier dialogue, or to a ruling (kết luận) of one that
 * was carried over. The ruling is named by id only: rulings depend on feedback, not the other way round.
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

    /** Carried over from this ruling of an earlier plan; then earlierItem is empty. */
    @Column(name = "earlier_ruling_id", updatable = false)
    Long earlierRulingId;

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

    static FeedbackLink toRuling(FeedbackItem item, long earlierRulingId, String note, String createdBy, Instant now) {
        var link = new FeedbackLink(item, null, note, createdBy, now);
        link.earlierRulingId = earlierRulingId;
        return link;
    }
}
