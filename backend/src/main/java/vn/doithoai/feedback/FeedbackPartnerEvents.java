package vn.doithoai.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.webhook.WebhookEventType;
import vn.doithoai.webhook.Webhooks;

/**
 * What an item's arrival or change tells the partners of its body, in the same transaction: ids, kind, channel,
 * status and the action's name; never the sender, the text or the tracking code (which lets anyone holding it read the
 * item).
 */
@ApplicationScoped
class FeedbackPartnerEvents {

    @Inject
    Webhooks webhooks;

    void submitted(FeedbackItem item) {
        publish(WebhookEventType.FEEDBACK_CREATED, item, "submitted");
    }

    void changed(FeedbackItem item, String action) {
        publish(WebhookEventType.FEEDBACK_CHANGED, item, action);
        if (action.equals("answer-approved")) {
            publish(WebhookEventType.ANSWER_APPROVED, item, action);
        }
    }

    private void publish(WebhookEventType type, FeedbackItem item, String action) {
        webhooks.publish(type, item.bodyId, "plans/" + item.plan.id() + "/feedback/" + item.id, Webhooks.data("feedbackId", item.id,
                "planId", item.plan.id(), "action", action, "kind", item.kind, "channel", item.channel, "status", item.status,
                "unitCode", item.unit == null ? null : item.unit.code(), "updatedAt", item.updatedAt));
    }
}
