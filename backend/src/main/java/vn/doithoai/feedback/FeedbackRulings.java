package vn.doithoai.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.plan.Plan;
import vn.doithoai.common.security.ScopeDecidedElsewhere;

/**
 * What rulings (kết luận) need of feedback items, so the ruling package never reaches into an item: which items a
 * ruling may link, the units that may resolve it (checked as for an assignment), and moving items to "ruled".
 */
@ScopeDecidedElsewhere("Works for the ruling service on a plan it has loaded through PlanAccess; accepts only that plan's own items")
@ApplicationScoped
public class FeedbackRulings {

    @Inject
    EntityManager em;

    @Inject
    FeedbackService feedback;

    @Inject
    AuditLog audit;

    @Inject
    FeedbackPartnerEvents partnerEvents;

    /**
     * The items a ruling of this plan may link, in the order given (repeats dropped): the plan's own, not rejected,
     * not merged into another item (the primary speaks for its group). 422 naming every one that may not.
     */
    public List<FeedbackItem> linkable(Plan plan, List<Long> ids) {
        List<Violation> violations = new ArrayList<>();
        List<FeedbackItem> items = new ArrayList<>();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < distinct.size(); i++) {
            String field = "feedbackIds[" + i + "]";
            FeedbackItem item = distinct.get(i) == null ? null : em.find(FeedbackItem.class, distinct.get(i));
            if (item == null || !item.plan.id().equals(plan.id())) {
                violations.add(new Violation(field, "ruling.item-not-in-plan", distinct.get(i)));
            } else if (!item.isRulable()) {
                violations.add(new Violation(field, "ruling.item-not-rulable", item.trackingCode, item.status));
            } else if (item.mergedInto != null) {
                violations.add(new Violation(field, "ruling.item-merged", item.trackingCode, item.mergedInto.trackingCode));
            } else {
                items.add(item);
            }
        }
        if (!violations.isEmpty()) {
            throw InvalidInputException.unprocessable(violations, "ruling.items-not-linkable");
        }
        return items;
    }

    /** The lead and coordinating units of a ruling to resolve in a dialogue of {@code bodyId}, checked exactly as for an assignment. */
    public FeedbackService.Units units(long bodyId, String leadCode, List<String> coordinatingCodes) {
        return feedback.units(bodyId, leadCode, coordinatingCodes);
    }

    /**
     * A ruling was issued: its items become ruled, and the members of their groups with them (the primary spoke for
     * them). A rejected member stays rejected. Each change is audited on the item.
     */
    public void rule(List<FeedbackItem> items, long rulingId, Instant now) {
        Set<FeedbackItem> all = new LinkedHashSet<>();
        for (FeedbackItem item : items) {
            all.add(item);
            em.createQuery("select f from FeedbackItem f where f.mergedInto = :primary order by f.id", FeedbackItem.class)
                    .setParameter("primary", item).getResultStream().filter(FeedbackItem::isRulable).forEach(all::add);
        }
        for (FeedbackItem item : all) {
            var before = FeedbackService.snapshot(item);
            item.rule(now);
            var changes = AuditLog.between(before, FeedbackService.snapshot(item)).field("rulingId", null, rulingId);
            audit.record(FeedbackService.AUDIT_TYPE, item.id.toString(), "ruled", changes);
            partnerEvents.changed(item, "ruled");
        }
        em.flush();
    }
}
