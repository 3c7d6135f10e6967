package vn.doithoai.webhook.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to a subscription: the delivery log")
public record WebhookDelivery(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The CloudEvent's id: the same on every try and replay, for the partner to drop repeats")
        String eventId,
        @Schema(required = true, description = "The CloudEvent's type, e.g. vn.doithoai.ruling.issued") String eventType,
        @Schema(required = true, nullable = true, description = "The CloudEvent's subject, e.g. plans/61/rulings/12") String subject,
        @Schema(required = true, description = "PENDING (to be sent, or tried again at nextAttemptAt), SENT (the partner answered "
                + "2xx) or FAILED (every try failed; replay to try again)") String status,
        @Schema(required = true, description = "Tries made so far") int attempts,
        @Schema(required = true, nullable = true, description = "HTTP status of the last try; null when no answer came") Integer lastResponseStatus,
        @Schema(required = true, nullable = true, description = "Why the last try failed") String lastError,
        @Schema(required = true, nullable = true) Instant lastAttemptAt,
        @Schema(required = true, nullable = true, description = "When it is tried next (PENDING only)") Instant nextAttemptAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true) Instant sentAt) {
}
