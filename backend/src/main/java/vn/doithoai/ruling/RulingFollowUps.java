package vn.doithoai.ruling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.http.Versions;
import vn.doithoai.ruling.dto.RulingView;

/**
 * What the follow-up workflow (vn.doithoai.followup) needs of a ruling, so that package never reaches into one:
 * reading it, and moving its follow-up state through the ruling's own domain methods with If-Match and audit.
 */
@ApplicationScoped
public class RulingFollowUps {

    /** A change of the follow-up state, as the follow-up rules decided it. */
    public sealed interface Change {
    }

    public record Progress(int percent, String note) implements Change {
    }

    public record Resolve(String note, LocalDate on) implements Change {
    }

    public record CannotResolve(String reason) implements Change {
    }

    /** Followed again from {@code percent}, the share reported before the ruling was closed. */
    public record Reopen(String note, int percent) implements Change {
    }

    @Inject
    RulingPartnerEvents partnerEvents;

    @Inject
    EntityManager em;

    @Inject
    RulingService rulings;

    @Inject
    AuditLog audit;

    @Inject
    RulingAccess access;

    /** The ruling as the caller may see it; out of their scope it does not exist (404). */
    public RulingView visible(long planId, long rulingId) {
        return rulings.get(planId, rulingId);
    }

    /** The ruling, for a change to its follow-up: one the caller sees, of a plan of their own body. */
    public RulingView changeable(long planId, long rulingId) {
        return rulings.view(access.requireChangeable(planId, rulingId));
    }

    /**
     * The plan's ruling, for a change to its follow-up, locked until the caller's transaction ends (reports on one ruling
     * are taken one at a time). A ruling the caller does not see does not exist (404); an overseeing office is refused
     * (403); the follow-up rules then decide what each part may report.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RulingView lock(long planId, long rulingId) {
        access.requireChangeable(planId, rulingId);
        Ruling ruling = em.find(Ruling.class, rulingId, LockModeType.PESSIMISTIC_WRITE);
        return rulings.view(ruling);
    }

    /** Applies the change at the version the caller read (412 otherwise), audited on the ruling. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RulingView apply(long rulingId, long expectedVersion, Change change, Instant now) {
        Ruling ruling = em.find(Ruling.class, rulingId);
        Versions.check(expectedVersion, ruling.version);
        var before = snapshot(ruling);
        String action = switch (change) {
            case Progress p -> {
                ruling.reportProgress(p.percent(), p.note(), now);
                yield "follow-up-progress";
            }
            case Resolve r -> {
                ruling.resolve(r.note(), r.on(), now);
                yield "follow-up-resolved";
            }
            case CannotResolve c -> {
                ruling.cannotResolve(c.reason(), now);
                yield "follow-up-cannot-resolve";
            }
            case Reopen o -> {
                ruling.reopen(o.note(), o.percent(), now);
                yield "follow-up-reopened";
            }
        };
        em.flush();
        audit.record(RulingService.AUDIT_TYPE, ruling.id.toString(), action, AuditLog.between(before, snapshot(ruling)));
        partnerEvents.progressReported(ruling, action);
        return rulings.view(ruling);
    }

    /**
     * The demo loader's way: the same domain rules, no version and no audit entry (nobody made the change). Also moves
     * the due date, so the demo's "overdue" and "due soon" stay so relative to the day it is loaded.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RulingView applyForDemo(long rulingId, LocalDate dueDate, Change change, Instant now) {
        Ruling ruling = em.find(Ruling.class, rulingId);
        if (dueDate != null && ruling.type == RulingType.RESOLVE) {
            ruling.dueDate = dueDate;
        }
        switch (change) {
            case null -> {
            }
            case Progress p -> ruling.reportProgress(p.percent(), p.note(), now);
            case Resolve r -> ruling.resolve(r.note(), r.on(), now);
            case CannotResolve c -> ruling.cannotResolve(c.reason(), now);
            case Reopen o -> ruling.reopen(o.note(), o.percent(), now);
        }
        em.flush();
        return rulings.view(ruling);
    }

    /** The view of a ruling found by a query of the follow-up lists, as it stands on {@code today}. */
    public RulingView view(Ruling ruling, LocalDate today) {
        return rulings.view(ruling, today);
    }

    private static Map<String, Object> snapshot(Ruling r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("followUp", r.followUp);
        s.put("progressPercent", r.progressPercent);
        s.put("progressNote", r.progressNote);
        s.put("resolvedOn", r.resolvedOn == null ? null : r.resolvedOn.toString());
        s.put("cannotResolveReason", r.cannotResolveReason);
        return s;
    }
}
