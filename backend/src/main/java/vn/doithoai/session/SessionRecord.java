package vn.doithoai.session;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.plan.AgendaItem;
import vn.doithoai.plan.Plan;

/** The session of a plan as the office runs it on the day (phiên đối thoại): started, the agenda item under way, ended. */
@Entity
@Table(name = "session_record")
public class SessionRecord {

    @Id
    @Column(name = "plan_id")
    Long planId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    Plan plan;

    @Column(name = "started_at", nullable = false)
    Instant startedAt;

    @Column(name = "ended_at")
    Instant endedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "current_agenda_item_id")
    AgendaItem currentAgendaItem;

    @Version
    long version;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected SessionRecord() {
    }

    SessionRecord(Plan plan, Instant now) {
        this.plan = plan;
        this.startedAt = now;
        this.updatedAt = now;
    }

    /** Nothing more is recorded once the session has ended. */
    void requireOpen() {
        if (endedAt != null) {
            throw DomainException.conflict("session.ended");
        }
    }

    void end(Instant now) {
        requireOpen();
        endedAt = now;
        currentAgendaItem = null;
        updatedAt = now;
    }

    /** Any change below the record bumps its version, so the whole record's ETag changes. */
    void touch(Instant now) {
        updatedAt = now;
    }

    public Long planId() {
        return planId;
    }

    public Plan plan() {
        return plan;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public AgendaItem currentAgendaItem() {
        return currentAgendaItem;
    }

    public long version() {
        return version;
    }
}
