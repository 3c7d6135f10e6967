package vn.doithoai.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.participant.Participation;

/** One speaker in the session's speaking order (người phát biểu), with the items they raised in the order raised. */
@Entity
@Table(name = "session_speaker")
public class SessionSpeaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    Long planId;

    /** Speaking order, 1, 2, … (renumbered when the office reorders). */
    @Column(nullable = false)
    int seq;

    /** The participant, when the speaker is on the plan's list. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "participation_id")
    Participation participation;

    @Column(nullable = false, length = 200)
    String name;

    /** Ward, organisation or title, as announced in the hall. */
    @Column(length = 300)
    String affiliation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    SpeakerSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    SpeakerStatus status = SpeakerStatus.WAITING;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "ended_at")
    Instant endedAt;

    /** The office's short note of what was said. */
    @Column(columnDefinition = "text")
    String summary;

    /** The key the office's device gave this speaker: a resent request finds it instead of adding it again. */
    @Column(name = "client_key", length = 64, updatable = false)
    String clientKey;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "session_speaker_item", joinColumns = @JoinColumn(name = "speaker_id"),
            inverseJoinColumns = @JoinColumn(name = "feedback_id"))
    @OrderColumn(name = "position")
    List<FeedbackItem> items = new ArrayList<>();

    @Version
    long version;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected SessionSpeaker() {
    }

    SessionSpeaker(long planId, int seq, SpeakerSource source, String name, String createdBy, Instant now) {
        this.planId = planId;
        this.seq = seq;
        this.source = source;
        this.name = name;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Moves along WAITING → SPEAKING → DONE (or SKIPPED); the same status again changes nothing. */
    boolean moveTo(SpeakerStatus next, Instant now) {
        if (next == status) {
            return false;
        }
        if (!status.canMoveTo(next)) {
            throw DomainException.conflict("session.speaker-status", name, status, next);
        }
        switch (next) {
            case SPEAKING -> {
                startedAt = now;
                endedAt = null;
            }
            case DONE, SKIPPED -> endedAt = now;
            case WAITING -> {
                startedAt = null;
                endedAt = null;
            }
        }
        status = next;
        updatedAt = now;
        return true;
    }

    /** An item raised once is listed once. */
    boolean raise(FeedbackItem item, Instant now) {
        if (items.stream().anyMatch(i -> i.id().equals(item.id()))) {
            return false;
        }
        items.add(item);
        updatedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public Long planId() {
        return planId;
    }

    public int seq() {
        return seq;
    }

    public Participation participation() {
        return participation;
    }

    public String name() {
        return name;
    }

    public String affiliation() {
        return affiliation;
    }

    public SpeakerSource source() {
        return source;
    }

    public SpeakerStatus status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String summary() {
        return summary;
    }

    public List<FeedbackItem> items() {
        return List.copyOf(items);
    }

    public long version() {
        return version;
    }
}
