package vn.doithoai.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.followup.Notifications;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.partner.PartnerService;

/**
 * Tells partners what happened in a body's dialogues: the feature that made the change calls {@link #publish} in its
 * transaction, and one CloudEvent (version 1.0, JSON, structured mode) is queued in the outbox for every active
 * subscription that asked for its type and whose body reads the event's body (its own and those it succeeded, and for a
 * province's body those below it, as its office reads them), when its partner holds the scope that reads the event's
 * object ({@link WebhookEventType#readBy()}). Another body's partner hears nothing.
 *
 * <p>An event carries ids and what a partner needs to decide whether to fetch more, never personal data: names,
 * phones, addresses and the texts citizens wrote stay behind the API and its scopes.
 */
@ApplicationScoped
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class);

    @Inject
    EntityManager em;

    @Inject
    Notifications outbox;

    @Inject
    Bodies bodies;

    @Inject
    PartnerService partners;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /**
     * Queues the event for every subscription that wants it. {@code subject} names the object within the body (e.g.
     * {@code plans/61/rulings/12}); {@code data} holds ids and non-personal fields, in the order given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(WebhookEventType type, long bodyId, String subject, Map<String, Object> data) {
        Map<String, Boolean> hears = new HashMap<>();
        var subscriptions = em.createQuery("select s from WebhookSubscription s where s.active = true order by s.id", WebhookSubscription.class)
                .getResultList().stream().filter(s -> s.wants(type) && bodies.reachOf(s.bodyId).readable().contains(bodyId))
                .filter(s -> hears.computeIfAbsent(s.bodyId + " " + s.partnerClientId, k -> holds(s, type.readBy()))).toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        String event = event(id, type, bodyId, subject, data);
        for (WebhookSubscription s : subscriptions) {
            outbox.queueWebhook("WEBHOOK:" + id + ":" + s.id, s.id, s.callbackUrl, type.type(), event);
        }
    }

    /**
     * Whether the subscription's partner, as its body has it (its scopes as last read from the directory: the change
     * being published must not wait on the directory, nor fail with it), may get tokens and holds the scope that reads
     * what the event is about: a partner that could not read a ruling through the API does not hear of one either. When
     * the directory cannot answer a partner never read before, the partner hears nothing of this event rather than
     * something it may not read; the change itself goes on.
     */
    private boolean holds(WebhookSubscription s, PartnerScope scope) {
        try {
            return partners.held(em.find(OrgUnit.class, s.bodyId).code(), s.partnerClientId)
                    .filter(p -> p.enabled() && p.scopes().contains(scope.id())).isPresent();
        } catch (DomainException e) {
            LOG.warnf("webhook subscription %d: partner %s could not be looked up, event not queued for it: %s", s.id, s.partnerClientId,
                    e.getMessage());
            return false;
        }
    }

    /**
     * Reads the subscribed partners' scopes from the directory once the application has started, beside the start rather
     * than in it, so that the first changes published after a restart do not each wait on the directory.
     */
    void readSubscribedPartners(@Observes StartupEvent start) {
        Thread.ofVirtual().name("webhook-partners").start(() -> {
            try {
                List<Object[]> subscribed = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                        "select distinct o.code, s.partnerClientId from WebhookSubscription s, OrgUnit o where o.id = s.bodyId "
                                + "and s.active = true", Object[].class).getResultList());
                for (Object[] row : subscribed) {
                    partners.registered((String) row[0], (String) row[1]);
                }
            } catch (RuntimeException e) {
                LOG.warnf("subscribed partners not read at start (each is read at its first event): %s", e.getMessage());
            }
        });
    }

    private String event(String id, WebhookEventType type, long bodyId, String subject, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("specversion", "1.0");
        event.put("id", id);
        event.put("source", "/bodies/" + em.find(OrgUnit.class, bodyId).code());
        event.put("type", type.type());
        event.put("subject", subject);
        event.put("time", Instant.now(clock).truncatedTo(ChronoUnit.MILLIS).toString());
        event.put("datacontenttype", "application/json");
        event.put("data", data);
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A map of the pairs given, in that order, nulls kept (a partner reads "no due date" as null, not as absent). */
    public static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }
}
