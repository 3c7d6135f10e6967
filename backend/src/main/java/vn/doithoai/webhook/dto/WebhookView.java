package vn.doithoai.webhook.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.webhook.WebhookEventType;

@Schema(name = "WebhookSubscription", description = "A partner's subscription to a body's events. The secret is shown once, "
        + "in the answer to its creation, and never again")
public record WebhookView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Code of the body whose partner it is") String bodyCode,
        @Schema(required = true, description = "The partner's client id") String partnerClientId,
        @Schema(required = true) String callbackUrl,
        @Schema(required = true) List<WebhookEventType> events,
        @Schema(required = true, description = "False: paused, no new event is queued") boolean active,
        @Schema(required = true, nullable = true, description = "The signing secret: only in the answer to the creation, null "
                + "everywhere else. Keep it; it cannot be shown again") String secret,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true, description = "Version; the ETag carries the same value") long version) {
}
