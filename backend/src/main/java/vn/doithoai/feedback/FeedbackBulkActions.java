package vn.doithoai.feedback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.feedback.dto.BulkActionRequest;
import vn.doithoai.feedback.dto.BulkActionRequest.ItemVersion;
import vn.doithoai.feedback.dto.BulkActionResult;
import vn.doithoai.plan.FocusArea;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;

/**
 * The office classifies, assigns or rejects many items of a plan in one request (thao tác hàng loạt). All or nothing:
 * each item is checked as its single action would check it (the plan, its version, its state); if any fails, the
 * transaction rolls back and the answer names every failing item as {@code items[i]}.
 */
@ApplicationScoped
public class FeedbackBulkActions {

    @Inject
    EntityManager em;

    @Inject
    FeedbackService feedback;

    @Inject
    PlanAccess plans;

    @Transactional
    public BulkActionResult apply(long planId, BulkActionRequest request) {
        Plan plan = plans.writable(planId);
        Action action = action(plan, request);
        List<Violation> failures = new ArrayList<>();
        Map<FeedbackItem, Map<String, Object>> before = new LinkedHashMap<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            ItemVersion ref = request.items().get(i);
            String field = "items[" + i + "]";
            FeedbackItem item = em.find(FeedbackItem.class, ref.id());
            if (!seen.add(ref.id())) {
                failures.add(new Violation(field, "feedback.bulk-duplicate", ref.id()));
            } else if (item == null || !item.plan.id().equals(planId)) {
                failures.add(new Violation(field, "feedback.bulk-not-in-plan", ref.id()));
            } else if (item.version != ref.version()) {
                failures.add(new Violation(field, "feedback.bulk-stale", item.trackingCode));
            } else {
                var snapshot = FeedbackService.snapshot(item);
                try {
                    action.apply(item);
                    before.put(item, snapshot);
                } catch (DomainException e) {
                    failures.add(new Violation(field, e.messageKey(), e.args()));
                }
            }
        }
        if (!failures.isEmpty()) {
            // Thrown out of the transaction: whatever the items that passed changed in memory is rolled back.
            throw DomainException.conflict("feedback.bulk-failed", failures.size(), request.items().size()).withErrors(failures);
        }
        String audited = switch (request.action()) {
            case CLASSIFY -> "classified";
            case ASSIGN -> "assigned";
            case REJECT -> "rejected";
        };
        List<vn.doithoai.feedback.dto.FeedbackView> views = new ArrayList<>();
        before.forEach((item, snapshot) -> views.add(feedback.changed(item, audited, snapshot)));
        return new BulkActionResult(views);
    }

    /** The single action each item goes through: its domain method with the request's checked arguments. */
    private interface Action {
        void apply(FeedbackItem item);
    }

    private Action action(Plan plan, BulkActionRequest r) {
        var now = feedback.now();
        return switch (r.action()) {
            case CLASSIFY -> {
                List<Violation> missing = new ArrayList<>();
                require(missing, r.focusAreaId(), "focusAreaId");
                require(missing, r.priority(), "priority");
                fail(missing);
                FocusArea area = feedback.classificationArea(plan, r.focusAreaId());
                yield item -> item.classify(area, r.priority(), now);
            }
            case ASSIGN -> {
                List<Violation> missing = new ArrayList<>();
                require(missing, r.unitCode() == null || r.unitCode().isBlank() ? null : r.unitCode(), "unitCode");
                fail(missing);
                FeedbackService.Units units = feedback.units(plan.bodyId(), r.unitCode(), r.coordinatingUnitCodes());
                yield item -> item.assign(units.lead(), units.coordinating(), now);
            }
            case REJECT -> {
                List<Violation> missing = new ArrayList<>();
                require(missing, r.reason() == null || r.reason().isBlank() ? null : r.reason(), "reason");
                fail(missing);
                String reason = r.reason().strip();
                yield item -> item.reject(reason, now);
            }
        };
    }

    private static void require(List<Violation> violations, Object value, String field) {
        if (value == null) {
            violations.add(new Violation(field, "feedback.bulk-field-required"));
        }
    }

    private static void fail(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
