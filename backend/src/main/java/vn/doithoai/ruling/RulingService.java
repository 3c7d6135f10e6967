package vn.doithoai.ruling;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
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
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.ChangeCursor;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.feedback.FeedbackRulings;
import vn.doithoai.feedback.FeedbackService;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.ruling.dto.EscalationReplyRequest;
import vn.doithoai.ruling.dto.RulingRequest;
import vn.doithoai.ruling.dto.RulingView;

/** The chair's rulings on a plan's feedback items: drafted by the office or the chair, issued by the chair alone. */
@ApplicationScoped
public class RulingService {

    static final String AUDIT_TYPE = "Ruling";
    /** A ruling is issued once the session has taken place. */
    private static final Set<PlanStatus> ISSUABLE = EnumSet.of(PlanStatus.HELD, PlanStatus.CONCLUDED);
    /** Nothing more is ruled on a plan that was called off or whose follow-up is over. */
    private static final Set<PlanStatus> FINISHED = EnumSet.of(PlanStatus.CANCELLED, PlanStatus.CLOSED);

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    FeedbackRulings feedback;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    RulingAccess access;

    @Inject
    RulingDeadlines deadlines;

    @Inject
    RulingPartnerEvents partnerEvents;

    /**
     * The plan's rulings the caller may see, by number; only those of {@code status} when given (null: all). Read as a
     * change feed when {@code changes} is given: the rulings changed at or after its time (issued, replied to, progress
     * reported, resolved, reopened) in the stable order updatedAt then id. A plan's rulings are few: they are read whole and
     * filtered as the caller may see them, and the page taken from them.
     */
    public Page<RulingView> list(long planId, RulingStatus status, ChangeCursor changes, String after, String size) {
        Plan plan = access.plan(planId);
        LocalDate today = deadlines.today();
        var query = changes == null
                ? em.createQuery("select r from Ruling r where r.plan = :plan order by r.number", Ruling.class)
                : em.createQuery("select r from Ruling r where r.plan = :plan and " + changes.jpql("r") + " order by r.updatedAt, r.id",
                        Ruling.class).setParameter("changedAt", changes.updatedAt()).setParameter("changedId", changes.id());
        List<Ruling> seen = query.setParameter("plan", plan).getResultList().stream().filter(r -> status == null || r.status == status)
                .filter(access::canSee).toList();
        if (changes != null) {
            int limit = PageRequest.size(size);
            return Page.changes(seen.size() > limit ? seen.subList(0, limit + 1) : seen, limit, r -> ChangeCursor.after(r.updatedAt, r.id))
                    .map(r -> view(r, today));
        }
        return Page.slice(seen, PageRequest.parse(after, size)).map(r -> view(r, today));
    }

    /**
     * How many draft rulings each of these plans has, among the plans of {@code bodies} (the caller's own): one query
     * for a whole to-do. The plans come from the caller's scoped plan list, so the office and the chair see every
     * ruling of them, as {@link #list} shows them: the count is that list's size.
     */
    public Map<Long, Long> draftsByPlan(Collection<Long> planIds, Collection<Long> bodies) {
        if (planIds.isEmpty() || bodies.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> drafts = new HashMap<>();
        for (Object[] row : em.createQuery("select r.plan.id, count(r) from Ruling r where r.status = :draft and r.plan.id in :plans "
                + "and r.plan.bodyId in :bodies group by r.plan.id", Object[].class).setParameter("draft", RulingStatus.DRAFT)
                .setParameter("plans", planIds).setParameter("bodies", bodies).getResultList()) {
            drafts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return drafts;
    }

    public RulingView get(long planId, long rulingId) {
        return view(access.require(planId, rulingId));
    }

    @Transactional
    public RulingView create(long planId, RulingRequest request) {
        Plan plan = access.planForChange(planId);
        if (FINISHED.contains(plan.status())) {
            throw DomainException.conflict("ruling.plan-finished", plan.status());
        }
        Integer last = em.createQuery("select max(r.number) from Ruling r where r.plan = :plan", Integer.class).setParameter("plan", plan)
                .getSingleResult();
        Instant now = now();
        var ruling = new Ruling(plan, last == null ? 1 : last + 1, user.username(), now);
        apply(ruling, request, now);
        em.persist(ruling);
        em.flush();
        audit.record(AUDIT_TYPE, ruling.id.toString(), "created", AuditLog.between(Map.of(), snapshot(ruling)));
        return view(ruling);
    }

    @Transactional
    public RulingView update(long planId, long rulingId, long expectedVersion, RulingRequest request) {
        Ruling ruling = access.requireChangeable(planId, rulingId);
        Versions.check(expectedVersion, ruling.version);
        ruling.requireDraft();
        var before = snapshot(ruling);
        apply(ruling, request, now());
        return changed(ruling, "edited", before);
    }

    @Transactional
    public void delete(long planId, long rulingId, long expectedVersion) {
        Ruling ruling = access.requireChangeable(planId, rulingId);
        Versions.check(expectedVersion, ruling.version);
        ruling.requireDraft();
        audit.record(AUDIT_TYPE, ruling.id.toString(), "deleted", AuditLog.between(snapshot(ruling), emptied(snapshot(ruling))));
        em.remove(ruling);
    }

    /** Only the chair, once the session took place; every linked item (and its group) becomes ruled. */
    @Transactional
    public RulingView issue(long planId, long rulingId, long expectedVersion) {
        Ruling ruling = access.requireChangeable(planId, rulingId);
        Versions.check(expectedVersion, ruling.version);
        ruling.requireDraft();
        if (!ISSUABLE.contains(ruling.plan.status())) {
            throw DomainException.conflict("ruling.plan-not-held", ruling.number, ruling.plan.status());
        }
        var before = snapshot(ruling);
        Instant now = now();
        ruling.issue(user.username(), now);
        feedback.rule(ruling.items, ruling.id, now);
        RulingView issued = changed(ruling, "issued", before);
        partnerEvents.issued(ruling);
        return issued;
    }

    /** The office records the higher body's reply to an issued escalation. */
    @Transactional
    public RulingView recordReply(long planId, long rulingId, long expectedVersion, EscalationReplyRequest request) {
        Ruling ruling = access.requireChangeable(planId, rulingId);
        Versions.check(expectedVersion, ruling.version);
        var before = snapshot(ruling);
        ruling.recordReply(request.reply().strip(), request.repliedOn(), now());
        return changed(ruling, "escalation-replied", before);
    }

    /** Checks the whole request against the ruling's type and the plan, then replaces the draft's content. */
    private void apply(Ruling ruling, RulingRequest request, Instant now) {
        RulingType type = request.type();
        List<Violation> violations = new ArrayList<>();
        LocalDate session = ruling.plan.sessionDate();
        switch (type) {
            case RESOLVE -> {
                if (isBlank(request.unitCode())) {
                    violations.add(new Violation("unitCode", "ruling.unit-required"));
                }
                if (request.dueDate() == null) {
                    violations.add(new Violation("dueDate", "ruling.due-date-required"));
                } else if (session != null && request.dueDate().isBefore(session)) {
                    violations.add(new Violation("dueDate", "ruling.due-before-session", request.dueDate(), session));
                }
            }
            case ESCALATE -> {
                if (isBlank(request.escalatedTo())) {
                    violations.add(new Violation("escalatedTo", "ruling.escalated-to-required"));
                }
                if (isBlank(request.recommendation())) {
                    violations.add(new Violation("recommendation", "ruling.recommendation-required"));
                }
            }
            case DECLINED -> {
                if (isBlank(request.reason())) {
                    violations.add(new Violation("reason", "ruling.reason-required"));
                }
            }
            case EXPLAINED -> {
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        FeedbackService.Units units = type == RulingType.RESOLVE
                ? feedback.units(ruling.plan.bodyId(), request.unitCode(), request.coordinatingUnitCodes())
                : null;
        List<FeedbackItem> items = feedback.linkable(ruling.plan, request.feedbackIds());

        ruling.type = type;
        ruling.content = request.content().strip();
        ruling.items.clear();
        ruling.items.addAll(items);
        ruling.leadUnit = units == null ? null : units.lead();
        List<OrgUnit> coordinating = units == null ? List.of() : units.coordinating();
        if (!ruling.coordinatingUnits.equals(coordinating)) {
            ruling.coordinatingUnits.clear();
            ruling.coordinatingUnits.addAll(coordinating);
        }
        ruling.dueDate = type == RulingType.RESOLVE ? request.dueDate() : null;
        ruling.escalatedTo = type == RulingType.ESCALATE ? request.escalatedTo().strip() : null;
        ruling.recommendation = type == RulingType.ESCALATE ? request.recommendation().strip() : null;
        ruling.reason = type == RulingType.DECLINED ? request.reason().strip() : null;
        ruling.followUp = type.isFollowedUp() ? FollowUpStatus.OPEN : null;
        ruling.updatedAt = now;
    }

    private RulingView changed(Ruling ruling, String action, Map<String, Object> before) {
        em.flush();
        audit.record(AUDIT_TYPE, ruling.id.toString(), action, AuditLog.between(before, snapshot(ruling)));
        return view(ruling);
    }




    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    RulingView view(Ruling r) {
        return view(r, deadlines.today());
    }

    RulingView view(Ruling r, LocalDate today) {
        return new RulingView(r.id, r.plan.id(), r.number, r.type, r.status, r.content,
                r.items.stream().map(f -> new RulingView.Item(f.id(), f.trackingCode(), f.title(),
                        f.ward() == null ? null : OrgUnitRef.of(f.ward()))).toList(),
                r.leadUnit == null ? null : OrgUnitRef.of(r.leadUnit), r.coordinatingUnits.stream().map(OrgUnitRef::of).toList(),
                r.dueDate, r.escalatedTo, r.recommendation, r.reply, r.repliedOn, r.reason, r.followUp,
                r.progressPercent, r.progressNote, r.followUpUpdatedAt, r.resolvedOn, r.cannotResolveReason, deadlines.of(r, today), r.issuedBy, r.issuedAt,
                r.version);
    }

    private static Map<String, Object> snapshot(Ruling r) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("number", r.number);
        s.put("type", r.type);
        s.put("status", r.status);
        s.put("content", r.content);
        s.put("feedbackIds", r.items.stream().map(FeedbackItem::id).toList());
        s.put("leadUnit", r.leadUnit == null ? null : r.leadUnit.code());
        s.put("coordinatingUnits", r.coordinatingUnits.stream().map(OrgUnit::code).toList());
        s.put("dueDate", r.dueDate == null ? null : r.dueDate.toString());
        s.put("escalatedTo", r.escalatedTo);
        s.put("recommendation", r.recommendation);
        s.put("reply", r.reply);
        s.put("repliedOn", r.repliedOn == null ? null : r.repliedOn.toString());
        s.put("reason", r.reason);
        s.put("followUp", r.followUp);
        return s;
    }

    /** Every field of a snapshot set to null: what a deleted ruling leaves. */
    private static Map<String, Object> emptied(Map<String, Object> snapshot) {
        Map<String, Object> s = new LinkedHashMap<>();
        snapshot.keySet().forEach(k -> s.put(k, null));
        return s;
    }
}
