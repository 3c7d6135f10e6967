package vn.doithoai.followup;

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

import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.ruling.FollowUpStatus;

/** One progress report on a ruling (báo cáo tiến độ): the timeline behind the ruling's latest state. Never changed. */
@Entity
@Table(name = "ruling_progress")
public class RulingProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "ruling_id", nullable = false, updatable = false)
    long rulingId;

    /** The unit that reported; null for the office. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    OrgUnit unit;

    @Column(nullable = false, length = 100, updatable = false)
    String author;

    @Column(name = "author_name", length = 200, updatable = false)
    String authorName;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    String note;

    /** Null for a note that does not move the percentage (a coordinating unit's, the office's on a resolve). */
    @Column(updatable = false)
    Integer percent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 20, updatable = false)
    FollowUpStatus statusAfter;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected RulingProgress() {
    }

    RulingProgress(long rulingId, OrgUnit unit, String author, String authorName, String note, Integer percent,
            FollowUpStatus statusAfter, Instant now) {
        this.rulingId = rulingId;
        this.unit = unit;
        this.author = author;
        this.authorName = authorName;
        this.note = note;
        this.percent = percent;
        this.statusAfter = statusAfter;
        this.createdAt = now;
    }
}
