package vn.doithoai.ruling;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.feedback.FeedbackLinks;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.ruling.dto.CarriedItem;
import vn.doithoai.ruling.dto.CarryOverCandidate;

/**
 * Carry-over (chuyển kết luận chưa xong sang kỳ sau): an issued ruling of an earlier plan that is still followed and
 * not resolved becomes an item of a later, still open plan, raised before as that ruling — flagged "đã kiến nghị
 * nhiều lần" and first in the plan's lists like any item raised before.
 */
@ApplicationScoped
public class CarryOver {

    @Inject
    EntityManager em;

    @Inject
    PlanAccess plans;

    @Inject
    CurrentUser user;

    @Inject
    FeedbackLinks links;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** The picker: unresolved rulings of earlier plans of the same issuing body, newest plan first. */
    public List<CarryOverCandidate> candidates(long planId) {
        Plan plan = requirePlan(planId, false);
        return em.createQuery("select r from Ruling r join fetch r.plan p where r.status = :issued and r.followUp is not null "
                + "and r.followUp <> :resolved and p <> :plan order by p.sessionAt desc, r.number", Ruling.class)
                .setParameter("issued", RulingStatus.ISSUED).setParameter("resolved", FollowUpStatus.RESOLVED).setParameter("plan", plan)
                .getResultList().stream().filter(r -> earlier(r.plan, plan) && plans.sameBody(r.plan, plan))
                .map(r -> candidate(r, links.carriedInto(plan, r.id))).toList();
    }

    /**
     * One item per ruling, all or nothing. The plan must still take feedback (draft to published, else 409); each
     * ruling must be issued, followed up and not resolved, of an earlier plan (422 naming each that is not); a ruling
     * already carried into this plan answers 409.
     */
    @Transactional
    public List<CarriedItem> carry(long planId, List<Long> rulingIds) {
        // Locked so that the same ruling carried twice at once is carried once.
        Plan plan = requirePlan(planId, true);
        if (!plan.status().isOpen()) {
            throw DomainException.conflict("carry-over.plan-not-open", plan.status());
        }
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(rulingIds));
        List<Violation> violations = new ArrayList<>();
        List<Ruling> rulings = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String field = "rulingIds[" + i + "]";
            Ruling r = ids.get(i) == null ? null : em.find(Ruling.class, ids.get(i));
            // Another body's ruling does not exist here.
            if (r == null || !plans.sameBody(r.plan, plan)) {
                violations.add(new Violation(field, "carry-over.ruling-not-found", ids.get(i)));
            } else if (r.status != RulingStatus.ISSUED || r.followUp == null) {
                violations.add(new Violation(field, "carry-over.ruling-not-followed", r.number, planNumber(r.plan)));
            } else if (r.followUp == FollowUpStatus.RESOLVED) {
                violations.add(new Violation(field, "carry-over.ruling-resolved", r.number, planNumber(r.plan)));
            } else if (!earlier(r.plan, plan)) {
                violations.add(new Violation(field, "carry-over.plan-not-earlier", r.number, planNumber(r.plan)));
            } else if (r.items.isEmpty()) {
                violations.add(new Violation(field, "carry-over.ruling-not-found", ids.get(i)));
            } else {
                rulings.add(r);
            }
        }
        if (!violations.isEmpty()) {
            throw InvalidInputException.unprocessable(violations, "carry-over.rulings-not-carriable");
        }
        for (Ruling r : rulings) {
            if (links.carriedInto(plan, r.id)) {
                throw DomainException.conflict("carry-over.already-carried", r.number, planNumber(r.plan));
            }
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<CarriedItem> carried = new ArrayList<>();
        for (Ruling r : rulings) {
            FeedbackItem first = r.items.get(0);
            String title = truncate(first.title(), 500);
            String text = "Kết luận số " + r.number + " (" + planNumber(r.plan) + "): " + r.content;
            String note = "Kết luận số " + r.number + " của kế hoạch " + planNumber(r.plan) + " chưa hoàn thành (" + r.progressPercent + "%).";
            FeedbackItem item = links.carryOver(plan, r.id, first, title, text, note, user.username(), now);
            audit.record(RulingService.AUDIT_TYPE, r.id.toString(), "carried-over",
                    AuditLog.changes().field("intoPlanId", null, plan.id()).field("feedbackId", null, item.id()));
            carried.add(new CarriedItem(r.id, item.id(), item.trackingCode(), item.title()));
        }
        return carried;
    }

    private Plan requirePlan(long planId, boolean forChange) {
        return forChange ? plans.writableLocked(planId) : plans.readable(planId);
    }

    /** An earlier dialogue: its session came before this one's; a plan not yet scheduled comes after every held one. */
    private static boolean earlier(Plan earlier, Plan plan) {
        return !earlier.id().equals(plan.id()) && earlier.sessionAt() != null
                && (plan.sessionAt() == null || earlier.sessionAt().isBefore(plan.sessionAt()));
    }

    /** The same issuing unit, or for plans without one, the same issuing body's name. */

    static String planNumber(Plan plan) {
        return plan.number() == null ? plan.title() : plan.symbol() == null ? plan.number() : plan.number() + "-" + plan.symbol();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static CarryOverCandidate candidate(Ruling r, boolean carried) {
        return new CarryOverCandidate(r.id, r.plan.id(), r.plan.title(), r.plan.number() == null ? null : planNumber(r.plan),
                r.plan.sessionAt() == null ? null : r.plan.sessionAt().atZone(Clocks.VIETNAM).toOffsetDateTime(), r.number, r.type,
                r.content, r.leadUnit == null ? null : OrgUnitRef.of(r.leadUnit), r.dueDate, r.followUp, r.progressPercent,
                r.items.stream().map(FeedbackItem::title).toList(), carried);
    }
}
