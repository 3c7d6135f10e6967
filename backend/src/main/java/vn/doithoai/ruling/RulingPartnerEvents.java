package vn.doithoai.ruling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.webhook.WebhookEventType;
import vn.doithoai.webhook.Webhooks;

/**
 * What a ruling's issue and its follow-up tell the partners of its plan's body, in the same transaction: ids, type,
 * units, dates and progress; the text of the ruling and of the reports stays behind the API.
 */
@ApplicationScoped
class RulingPartnerEvents {

    @Inject
    Webhooks webhooks;

    void issued(Ruling r) {
        webhooks.publish(WebhookEventType.RULING_ISSUED, r.plan.bodyId(), subject(r), Webhooks.data("rulingId", r.id, "planId", r.plan.id(),
                "number", r.number, "type", r.type, "feedbackIds", r.items.stream().map(FeedbackItem::id).toList(), "leadUnitCode",
                r.leadUnit == null ? null : r.leadUnit.code(), "dueDate", r.dueDate, "issuedAt", r.issuedAt));
    }

    void progressReported(Ruling r, String action) {
        webhooks.publish(WebhookEventType.PROGRESS_REPORTED, r.plan.bodyId(), subject(r), Webhooks.data("rulingId", r.id, "planId",
                r.plan.id(), "action", action, "followUp", r.followUp, "progressPercent", r.progressPercent, "resolvedOn", r.resolvedOn,
                "updatedAt", r.followUpUpdatedAt));
    }

    private static String subject(Ruling r) {
        return "plans/" + r.plan.id() + "/rulings/" + r.id;
    }
}
