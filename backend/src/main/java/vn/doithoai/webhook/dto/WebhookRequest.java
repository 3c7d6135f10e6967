package vn.doithoai.webhook.dto;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.webhook.WebhookEventType;

/** What a body's administrator sends: a new subscription of a partner, or a change to one. */
public final class WebhookRequest {

    static final String URL = "Where the events are posted: https (http only to localhost where the installation allows it for "
            + "development)";

    private WebhookRequest() {
    }

    @Schema(name = "NewWebhookSubscription", description = "A partner's subscription to the body's events")
    public record Creation(
            @NotBlank @Size(max = 255) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{webhook.partner-client-id.pattern}")
            @Schema(description = "The partner's client id at the identity provider (client-credentials), e.g. doithoai-integration")
            String partnerClientId,
            @NotBlank @Size(max = 2000) @Schema(description = URL) String callbackUrl,
            @NotNull @Size(min = 1, max = 6) @Schema(description = "The events to send") Set<@NotNull WebhookEventType> events) {
    }

    @Schema(name = "WebhookSubscriptionChange", description = "The callback, the events and whether deliveries are made; "
            + "replaces what the subscription had")
    public record Change(
            @NotBlank @Size(max = 2000) @Schema(description = URL) String callbackUrl,
            @NotNull @Size(min = 1, max = 6) @Schema(description = "The events to send") Set<@NotNull WebhookEventType> events,
            @NotNull @Schema(description = "False pauses the subscription: no new event is queued for it") Boolean active) {
    }
}
