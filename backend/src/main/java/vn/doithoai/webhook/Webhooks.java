package vn.doithoai.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.doithoai.followup.Notifications;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.orgunit.OrgUnit;

/**
 * Tells partners what happened in a body's dialogues: the feature that made the change calls {@link #publish} in its
 * transaction, and one CloudEvent (version 1.0, JSON, structured mode) is queued in the outbox for every active
 * subscription that asked for its type and whose body reads the event's body (its own and those it succeeded, and for a
 * province's body those below it, as its office reads them). Another body's partner hears nothing.
 *
 * <p>An event carries ids and what a partner needs to decide whether to fetch more, never personal data: names,
 * phones, addresses and the texts citizens wrote stay behind the API and its scopes.
 */
@ApplicationScoped
public class Webhooks {

    @Inject
    EntityManager em;

    @Inject
    Notifications outbox;

    @Inject
    Bodies bodies;

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
        var subscriptions = em.createQuery("select s from WebhookSubscription s where s.active = true order by s.id", WebhookSubscription.class)
                .getResultList().stream().filter(s -> s.wants(type) && bodies.reachOf(s.bodyId).readable().contains(bodyId)).toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        String id = UUID.randomUUID().toString();
        String event = event(id, type, bodyId, subject, data);
        for (WebhookSubscription s : subscriptions) {
            outbox.queueWebhook("WEBHOOK:" + id + ":" + s.id, s.id, s.callbackUrl, type.type(), event);
        }
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
