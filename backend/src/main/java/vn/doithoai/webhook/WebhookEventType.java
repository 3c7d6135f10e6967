package vn.doithoai.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.security.PartnerScope;

/** What a partner may subscribe to; each goes out as a CloudEvent of the {@link #type()} shown. */
@Schema(description = "An event a partner subscribes to. FEEDBACK_CREATED (vn.doithoai.feedback.created): an item was "
        + "received. FEEDBACK_CHANGED (vn.doithoai.feedback.changed): an item was classified, assigned, answered, rejected and so "
        + "on. ANSWER_APPROVED (vn.doithoai.feedback.answer.approved): the office approved an item's answer. RULING_ISSUED "
        + "(vn.doithoai.ruling.issued): the chair issued a ruling (kết luận). PROGRESS_REPORTED (vn.doithoai.ruling.progress.reported): "
        + "a unit reported progress on a ruling, resolved it, could not, or it was reopened. PLAN_PUBLISHED "
        + "(vn.doithoai.plan.published): a dialogue's plan was published. A partner hears of "
        + "feedback and answers only while it holds scope feedback:read, of rulings and progress only with rulings:read, of plans "
        + "only with plans:read.")
public enum WebhookEventType {
    FEEDBACK_CREATED("vn.doithoai.feedback.created", PartnerScope.FEEDBACK_READ),
    FEEDBACK_CHANGED("vn.doithoai.feedback.changed", PartnerScope.FEEDBACK_READ),
    ANSWER_APPROVED("vn.doithoai.feedback.answer.approved", PartnerScope.FEEDBACK_READ),
    RULING_ISSUED("vn.doithoai.ruling.issued", PartnerScope.RULINGS_READ),
    PROGRESS_REPORTED("vn.doithoai.ruling.progress.reported", PartnerScope.RULINGS_READ),
    PLAN_PUBLISHED("vn.doithoai.plan.published", PartnerScope.PLANS_READ);

    private final String type;
    private final PartnerScope readBy;

    WebhookEventType(String type, PartnerScope readBy) {
        this.type = type;
        this.readBy = readBy;
    }

    /** The scope a partner needs to hear of it: the one that reads what the event is about through the API. */
    public PartnerScope readBy() {
        return readBy;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }
}
