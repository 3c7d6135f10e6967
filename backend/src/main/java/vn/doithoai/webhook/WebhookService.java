package vn.doithoai.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.followup.Notifications;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.partner.PartnerService;
import vn.doithoai.webhook.dto.WebhookDelivery;
import vn.doithoai.webhook.dto.WebhookRequest;
import vn.doithoai.webhook.dto.WebhookView;

/** A body's administrator keeps its partners' subscriptions, reads their delivery log and sends a delivery again. */
@ApplicationScoped
public class WebhookService {

    static final String AUDIT_TYPE = "WebhookSubscription";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Inject
    EntityManager em;

    @Inject
    WebhookAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    PartnerService partners;

    @Inject
    Notifications outbox;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Plain http to the developer's own machine (localhost), for development and tests; a production installation
     * leaves it off and posts over https only.
     */
    @ConfigProperty(name = "doithoai.webhooks.allow-http-localhost", defaultValue = "false")
    boolean allowHttpLocalhost;

    public List<WebhookView> list(String bodyCode) {
        OrgUnit body = access.administered(bodyCode);
        return em.createQuery("select s from WebhookSubscription s where s.bodyId = :body order by s.id", WebhookSubscription.class)
                .setParameter("body", body.id()).getResultList().stream().map(s -> view(s, body, null)).toList();
    }

    public WebhookView get(String bodyCode, long id) {
        return view(access.subscription(bodyCode, id), access.administered(bodyCode), null);
    }

    /** The answer carries the secret, this once. */
    @Transactional
    public WebhookView create(String bodyCode, WebhookRequest.Creation request) {
        OrgUnit body = access.administered(bodyCode);
        String url = callbackUrl(request.callbackUrl());
        String partner = request.partnerClientId().strip();
        // A subscription speaks for a partner the body has registered: any other name would post the body's events to
        // a system nobody granted anything.
        if (partners.registered(body.code(), partner).isEmpty()) {
            throw InvalidInputException.of("partnerClientId", "webhook.partner-unknown", partner);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = now();
        var s = new WebhookSubscription(body.id(), partner, secret, user.username(), now);
        s.change(url, EnumSet.copyOf(request.events()), true, now);
        em.persist(s);
        em.flush();
        audit.record(AUDIT_TYPE, s.id.toString(), "created", AuditLog.changes().field("partnerClientId", null, s.partnerClientId)
                .field("callbackUrl", null, s.callbackUrl).field("events", null, s.eventTypes));
        return view(s, body, secret);
    }

    @Transactional
    public WebhookView change(String bodyCode, long id, long expectedVersion, WebhookRequest.Change request) {
        WebhookSubscription s = access.subscription(bodyCode, id);
        Versions.check(expectedVersion, s.version);
        String url = callbackUrl(request.callbackUrl());
        var changes = AuditLog.changes().field("callbackUrl", s.callbackUrl, url);
        String events = s.eventTypes;
        boolean active = s.active;
        s.change(url, EnumSet.copyOf(request.events()), request.active(), now());
        changes.field("events", events, s.eventTypes).field("active", active, s.active);
        em.flush();
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, s.id.toString(), "changed", changes);
        }
        return view(s, access.administered(bodyCode), null);
    }

    /** Its deliveries go with it, sent or not. */
    @Transactional
    public void delete(String bodyCode, long id, long expectedVersion) {
        WebhookSubscription s = access.subscription(bodyCode, id);
        Versions.check(expectedVersion, s.version);
        audit.record(AUDIT_TYPE, s.id.toString(), "deleted", AuditLog.changes().field("partnerClientId", s.partnerClientId, null)
                .field("callbackUrl", s.callbackUrl, null));
        em.remove(s);
    }

    /** The subscription's delivery log, the newest first. */
    public Page<WebhookDelivery> deliveries(String bodyCode, long id, PageRequest page) {
        WebhookSubscription s = access.subscription(bodyCode, id);
        long total = ((Number) em.createNativeQuery("select count(*) from notification where subscription_id = ?1").setParameter(1, s.id)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, subject, body, status, attempts, last_status, last_error, last_attempt_at, "
                + "next_attempt_at, created_at, sent_at from notification where subscription_id = ?1 order by id desc")
                .setParameter(1, s.id).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(rows.stream().map(this::delivery).toList(), page, total);
    }

    /** Sends the delivery again at the outbox's next run, whatever became of it before: one more try. */
    @Transactional
    public WebhookDelivery replay(String bodyCode, long id, long deliveryId) {
        WebhookSubscription s = access.subscription(bodyCode, id);
        Number owner = (Number) em.createNativeQuery("select subscription_id from notification where id = ?1").setParameter(1, deliveryId)
                .getResultStream().findFirst().orElse(null);
        if (owner == null || owner.longValue() != s.id) {
            throw DomainException.notFound("webhook.delivery-not-found", deliveryId);
        }
        outbox.sendAgain(deliveryId);
        audit.record(AUDIT_TYPE, s.id.toString(), "delivery-replayed", AuditLog.changes().field("delivery", null, deliveryId));
        Object[] row = (Object[]) em.createNativeQuery("select id, subject, body, status, attempts, last_status, last_error, last_attempt_at, "
                + "next_attempt_at, created_at, sent_at from notification where id = ?1").setParameter(1, deliveryId).getSingleResult();
        return delivery(row);
    }

    /**
     * An absolute http(s) URL with a host and nothing after a '#': https, or http to localhost where the installation
     * allows it. A URL with a user and password is refused: the secret signs, credentials in a URL leak into logs.
     */
    String callbackUrl(String raw) {
        String url = raw.strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("callbackUrl", "webhook.url-invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getFragment() != null || uri.getUserInfo() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw InvalidInputException.of("callbackUrl", "webhook.url-invalid");
        }
        if (scheme.equals("http") && !(allowHttpLocalhost && LOCAL_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT)))) {
            throw InvalidInputException.of("callbackUrl", "webhook.url-not-https");
        }
        return url;
    }

    private WebhookDelivery delivery(Object[] row) {
        String eventId = null;
        String subject = null;
        try {
            JsonNode event = json.readTree((String) row[2]);
            eventId = event.path("id").asText(null);
            subject = event.path("subject").isNull() ? null : event.path("subject").asText(null);
        } catch (java.io.IOException e) {
            // Every row of a subscription holds the event written by Webhooks; a broken one shows without its id.
        }
        return new WebhookDelivery(((Number) row[0]).longValue(), eventId == null ? "" : eventId, (String) row[1], subject, (String) row[3],
                ((Number) row[4]).intValue(), row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6], instant(row[7]),
                instant(row[8]), instant(row[9]), instant(row[10]));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Timestamp t -> t.toInstant();
            case java.time.LocalDateTime t -> t.atZone(java.time.ZoneId.systemDefault()).toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("Not a moment: " + value.getClass());
        };
    }

    private static WebhookView view(WebhookSubscription s, OrgUnit body, String secret) {
        return new WebhookView(s.id, body.code(), s.partnerClientId, s.callbackUrl, List.copyOf(s.events()), s.active, secret, s.createdAt,
                s.updatedAt, s.version);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
