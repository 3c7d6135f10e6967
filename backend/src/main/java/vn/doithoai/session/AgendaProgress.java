package vn.doithoai.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How far one agenda item of the plan has got at the session; an item without a row is pending. */
@Entity
@Table(name = "session_agenda_progress")
public class AgendaProgress {

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "plan_id")
        Long planId;

        @Column(name = "agenda_item_id")
        Long agendaItemId;

        protected Key() {
        }

        Key(Long planId, Long agendaItemId) {
            this.planId = planId;
            this.agendaItemId = agendaItemId;
        }

        public Long planId() {
            return planId;
        }

        public Long agendaItemId() {
            return agendaItemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(planId, k.planId) && Objects.equals(agendaItemId, k.agendaItemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, agendaItemId);
        }
    }

    @EmbeddedId
    Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    AgendaState state = AgendaState.PENDING;

    @Column(name = "started_at")
    Instant startedAt;

    @Column(name = "ended_at")
    Instant endedAt;

    protected AgendaProgress() {
    }

    AgendaProgress(long planId, long agendaItemId) {
        this.key = new Key(planId, agendaItemId);
    }

    /** Started again after being finished: the end is forgotten, the first start kept. */
    void start(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
        endedAt = null;
        state = AgendaState.IN_PROGRESS;
    }

    void finish(Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
        if (state != AgendaState.DONE) {
            endedAt = now;
        }
        state = AgendaState.DONE;
    }

    void reset() {
        state = AgendaState.PENDING;
        startedAt = null;
        endedAt = null;
    }

    public Key key() {
        return key;
    }

    public AgendaState state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
