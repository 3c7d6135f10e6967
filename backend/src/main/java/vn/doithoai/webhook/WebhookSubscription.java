package vn.doithoai.webhook;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A partner's subscription (đăng ký nhận sự kiện): the events of a body's dialogues that a partner system wants posted
 * to its callback URL, signed with the subscription's secret. Kept by the body's administrator.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    /** The body whose partner it is; its events, and those of the bodies it reads, are sent. Set once. */
    @Column(name = "body_id", nullable = false, updatable = false)
    long bodyId;

    /** The partner's Keycloak client id (client-credentials). Set once. */
    @Column(name = "partner_client_id", nullable = false, updatable = false)
    String partnerClientId;

    @Column(name = "callback_url", nullable = false, length = 2000)
    String callbackUrl;

    @Column(name = "event_types", nullable = false, length = 500)
    String eventTypes;

    /** Signs every delivery; shown once, when the subscription is made. */
    @Column(nullable = false, length = 100, updatable = false)
    String secret;

    @Column(nullable = false)
    boolean active = true;

    @Version
    long version;

    @Column(name = "created_by", nullable = false, updatable = false)
    String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected WebhookSubscription() {
    }

    WebhookSubscription(long bodyId, String partnerClientId, String secret, String createdBy, Instant now) {
        this.bodyId = bodyId;
        this.partnerClientId = partnerClientId;
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void change(String callbackUrl, Set<WebhookEventType> events, boolean active, Instant now) {
        this.callbackUrl = callbackUrl;
        this.eventTypes = events.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.active = active;
        this.updatedAt = now;
    }

    Set<WebhookEventType> events() {
        Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(eventTypes.split(",")).filter(s -> !s.isBlank()).forEach(s -> events.add(WebhookEventType.valueOf(s)));
        return events;
    }

    boolean wants(WebhookEventType type) {
        return active && events().contains(type);
    }
}
