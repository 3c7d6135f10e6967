package vn.doithoai.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a partner may subscribe to; each goes out as a CloudEvent of the {@link #type()} shown. */
@Schema(description = "An event a partner subscribes to. FEEDBACK_CREATED (vn.doithoai.feedback.created): an item was "
        + "received. FEEDBACK_CHANGED (vn.doithoai.feedback.changed): an item was classified, assigned, answered, rejected and so "
        + "on. ANSWER_APPROVED (vn.doithoai.feedback.answer.approved): the office approved an item's answer. RULING_ISSUED "
        + "(vn.doithoai.ruling.issued): the chair issued a ruling (kết luận). PROGRESS_REPORTED (vn.doithoai.ruling.progress.reported): "
        + "a unit reported progress on a ruling, resolved it, could not, or it was reopened. PLAN_PUBLISHED "
        + "(vn.doithoai.plan.published): a dialogue's plan was published.")
public enum WebhookEventType {
    FEEDBACK_CREATED("vn.doithoai.feedback.created"),
    FEEDBACK_CHANGED("vn.doithoai.feedback.changed"),
    ANSWER_APPROVED("vn.doithoai.feedback.answer.approved"),
    RULING_ISSUED("vn.doithoai.ruling.issued"),
    PROGRESS_REPORTED("vn.doithoai.ruling.progress.reported"),
    PLAN_PUBLISHED("vn.doithoai.plan.published");

    private final String type;

    WebhookEventType(String type) {
        this.type = type;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }
}
