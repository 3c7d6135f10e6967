package vn.doithoai.session;

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

import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.orgunit.OrgUnit;

/** Who answered what at the session (trả lời tại hội nghị): to a speaker, on an item, or both. Kept as said, never edited. */
@Entity
@Table(name = "session_answer")
public class SessionAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    Long planId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id", updatable = false)
    SessionSpeaker speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "feedback_id", updatable = false)
    FeedbackItem item;

    /** Name and title, e.g. "Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND thị xã". */
    @Column(name = "answered_by", nullable = false, length = 200, updatable = false)
    String answeredBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    OrgUnit unit;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    String content;

    @Column(name = "client_key", length = 64, updatable = false)
    String clientKey;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    protected SessionAnswer() {
    }

    SessionAnswer(long planId, String answeredBy, String content, String createdBy, Instant now) {
        this.planId = planId;
        this.answeredBy = answeredBy;
        this.content = content;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Long planId() {
        return planId;
    }

    public SessionSpeaker speaker() {
        return speaker;
    }

    public FeedbackItem item() {
        return item;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public OrgUnit unit() {
        return unit;
    }

    public String content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
