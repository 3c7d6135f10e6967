package vn.doithoai.minutes;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.minutes.dto.MinutesEdit;
import vn.doithoai.minutes.dto.MinutesSummary;
import vn.doithoai.minutes.dto.MinutesView;
import vn.doithoai.minutes.dto.SignatureRequest;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.plan.PlanStatus;

/**
 * The minutes of a plan's session (biên bản): assembled from the session record, edited and signed as a draft by the
 * office, finalised by the office or the chair, and from then on only corrected by a new version.
 */
@ApplicationScoped
public class MinutesService {

    static final String AUDIT_TYPE = "Minutes";
    /** The session has taken place: minutes can be written even when the session record was not kept in the app. */
    private static final Set<PlanStatus> HELD = EnumSet.of(PlanStatus.HELD, PlanStatus.CONCLUDED, PlanStatus.CLOSED);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    MinutesAccess access;

    @Inject
    PlanAccess plans;

    @Inject
    MinutesAssembly assembly;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Every version, newest first; unit staff and ward officers see the finalised ones only. */
    public List<MinutesSummary> list(long planId) {
        Plan plan = requirePlan(planId);
        boolean drafts = access.readsAsWritten();
        return em.createQuery("select m from Minutes m where m.plan = :plan order by m.versionNo desc", Minutes.class)
                .setParameter("plan", plan).getResultList().stream().filter(m -> drafts || m.status == MinutesStatus.FINALISED)
                .map(m -> new MinutesSummary(m.id, m.versionNo, m.status, m.previous == null ? null : m.previous.id,
                        m.supersededBy == null ? null : m.supersededBy.id, m.correctionReason, m.signatures.size(), m.finalisedBy,
                        m.finalisedAt, m.createdAt, m.updatedAt))
                .toList();
    }

    public MinutesView get(long planId, long minutesId) {
        return access.shown(view(require(planId, minutesId)));
    }

    /** The finalised version, for its documents; a draft has no official paper yet (409). */
    Minutes finalised(long planId, long minutesId) {
        Minutes minutes = require(planId, minutesId);
        if (minutes.status != MinutesStatus.FINALISED) {
            throw DomainException.conflict("minutes.not-finalised", minutes.versionNo);
        }
        return minutes;
    }

    /**
     * A first draft from the session record. Once the session has started (its record) or the plan is held; only
     * while no draft is open, and only for the first version: later ones are corrections of a finalised version.
     */
    @Transactional
    public MinutesView assemble(long planId) {
        // Locked so two clicks do not make two drafts.
        Plan plan = plans.writableLocked(planId);
        if (!HELD.contains(plan.status()) && assembly.sessionStarted(plan) == null) {
            throw DomainException.conflict("minutes.session-not-started", plan.status());
        }
        List<Minutes> existing = versions(plan);
        if (existing.stream().anyMatch(m -> m.status == MinutesStatus.DRAFT)) {
            throw DomainException.conflict("minutes.draft-open");
        }
        if (!existing.isEmpty()) {
            throw DomainException.conflict("minutes.already-finalised", existing.get(0).versionNo);
        }
        String chair = assembly.chairName(plan);
        String secretary = user.displayName().orElse(user.username());
        Instant now = now();
        var minutes = new Minutes(plan, 1, chair, secretary, assembly.sections(plan, chair, secretary), user.username(), now);
        em.persist(minutes);
        em.flush();
        audit.record(AUDIT_TYPE, minutes.id.toString(), "assembled", AuditLog.between(Map.of(), snapshot(minutes)));
        return view(minutes);
    }

    @Transactional
    public MinutesView edit(long planId, long minutesId, long expectedVersion, MinutesEdit request) {
        Minutes minutes = requireChangeable(planId, minutesId);
        minutes.requireDraft();
        Versions.check(expectedVersion, minutes.version);
        var before = snapshot(minutes);
        minutes.edit(request.chairName().strip(), request.secretaryName().strip(), request.sections().stream()
                .map(s -> new MinutesSection(s.kind() == null ? SectionKind.OTHER : s.kind(), s.heading().strip(), s.body().strip())).toList(),
                now());
        return changed(minutes, "edited", before);
    }

    /** Signatures are recorded while the draft is read out; they need no If-Match so they never clash with text edits. */
    @Transactional
    public MinutesView sign(long planId, long minutesId, SignatureRequest request) {
        Minutes minutes = requireLocked(planId, minutesId);
        minutes.requireDraft();
        String reason = request.declinedReason() == null ? null : request.declinedReason().strip();
        if (request.outcome() == SignatureOutcome.DECLINED && (reason == null || reason.isEmpty())) {
            throw InvalidInputException.of("declinedReason", "minutes.declined-reason-required");
        }
        var before = snapshot(minutes);
        minutes.sign(request.name().strip(), blankToNull(request.title()), blankToNull(request.organisation()), request.representing(),
                request.outcome(), reason, user.username(), now());
        return changed(minutes, "signature-recorded", before);
    }

    @Transactional
    public MinutesView removeSignature(long planId, long minutesId, long signatureId) {
        Minutes minutes = requireLocked(planId, minutesId);
        minutes.requireDraft();
        MinutesSignature signature = minutes.signatures.stream().filter(s -> s.id.equals(signatureId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("minutes.signature-not-found", signatureId));
        var before = snapshot(minutes);
        minutes.removeSignature(signature);
        return changed(minutes, "signature-removed", before);
    }

    @Transactional
    public MinutesView finalise(long planId, long minutesId, long expectedVersion) {
        Minutes minutes = requireLocked(planId, minutesId);
        minutes.requireDraft();
        Versions.check(expectedVersion, minutes.version);
        var before = snapshot(minutes);
        minutes.finalise(user.username(), now());
        if (minutes.previous != null) {
            audit.record(AUDIT_TYPE, minutes.previous.id.toString(), "superseded",
                    AuditLog.changes().field("supersededBy", null, minutes.id));
        }
        return changed(minutes, "finalised", before);
    }

    /** Version n+1 as a draft linked to the finalised version it corrects; only the newest version is corrected. */
    @Transactional
    public MinutesView correct(long planId, long minutesId, String reason) {
        Plan plan = plans.writableLocked(planId);
        Minutes minutes = require(planId, minutesId);
        List<Minutes> existing = versions(plan);
        if (existing.stream().anyMatch(m -> m.status == MinutesStatus.DRAFT)) {
            throw DomainException.conflict("minutes.draft-open");
        }
        if (existing.get(0) != minutes) {
            throw DomainException.conflict("minutes.not-latest", minutes.versionNo, existing.get(0).versionNo);
        }
        Minutes correction = minutes.correction(minutes.versionNo + 1, reason.strip(), user.username(), now());
        em.persist(correction);
        em.flush();
        audit.record(AUDIT_TYPE, correction.id.toString(), "correction-created", AuditLog.between(Map.of(), snapshot(correction)));
        return view(correction);
    }

    private List<Minutes> versions(Plan plan) {
        return em.createQuery("select m from Minutes m where m.plan = :plan order by m.versionNo desc", Minutes.class)
                .setParameter("plan", plan).getResultList();
    }

    private MinutesView changed(Minutes minutes, String action, Map<String, Object> before) {
        em.flush();
        audit.record(AUDIT_TYPE, minutes.id.toString(), action, AuditLog.between(before, snapshot(minutes)));
        return view(minutes);
    }

    private Plan requirePlan(long planId) {
        return plans.readable(planId);
    }

    private Minutes require(long planId, long minutesId) {
        plans.readable(planId);
        Minutes minutes = em.find(Minutes.class, minutesId);
        return checked(planId, minutesId, minutes);
    }

    /** For a change by the office of the plan's own body. */
    private Minutes requireChangeable(long planId, long minutesId) {
        plans.writable(planId);
        return checked(planId, minutesId, em.find(Minutes.class, minutesId));
    }

    /** Locked: a signature and the finalising cannot cross each other. */
    private Minutes requireLocked(long planId, long minutesId) {
        plans.writable(planId);
        return checked(planId, minutesId, em.find(Minutes.class, minutesId, LockModeType.PESSIMISTIC_WRITE));
    }

    private Minutes checked(long planId, long minutesId, Minutes minutes) {
        if (minutes == null || !minutes.plan.id().equals(planId)) {
            throw DomainException.notFound("minutes.not-found", minutesId);
        }
        // The office and the chair read drafts; unit staff and ward officers only what was finalised.
        if (minutes.status == MinutesStatus.DRAFT && !access.readsAsWritten()) {
            throw new DomainException(ProblemKind.FORBIDDEN, "minutes.draft-forbidden");
        }
        return minutes;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static MinutesView view(Minutes m) {
        return new MinutesView(m.id, m.plan.id(), m.plan.title(), m.versionNo, m.status, m.previous == null ? null : m.previous.id,
                m.supersededBy == null ? null : m.supersededBy.id, m.chairName, m.secretaryName,
                m.sections.stream().map(s -> new MinutesView.Section(s.kind, s.heading, s.body)).toList(),
                m.signatures.stream().map(s -> new MinutesView.Signature(s.id, s.name, s.title, s.organisation, s.representing, s.outcome,
                        s.declinedReason, s.recordedBy, s.recordedAt)).toList(),
                m.correctionReason, m.finalisedBy, m.finalisedAt, m.createdBy, m.createdAt, m.updatedAt, m.version);
    }

    private static Map<String, Object> snapshot(Minutes m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("versionNo", m.versionNo);
        s.put("status", m.status);
        s.put("chairName", m.chairName);
        s.put("secretaryName", m.secretaryName);
        s.put("sections", m.sections.stream().map(x -> x.heading + ": " + x.body).toList());
        s.put("signatures", m.signatures.stream().map(x -> x.name + " " + x.outcome + (x.declinedReason == null ? "" : " (" + x.declinedReason + ")"))
                .toList());
        s.put("correctionReason", m.correctionReason);
        return s;
    }
}
