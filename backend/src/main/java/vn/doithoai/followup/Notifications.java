package vn.doithoai.followup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import vn.doithoai.common.security.ScopeDecidedElsewhere;
import vn.doithoai.privacy.contact.SmsGateway;
import vn.doithoai.webhook.WebhookSender;

/**
 * The notification outbox. A message is queued under a business key that says what it is about; queuing the same key
 * again (a second backend instance running the same job, a rerun after a restart) adds nothing, because the key is
 * UNIQUE and the row is written with INSERT IGNORE in the caller's transaction. The dispatcher claims pending rows with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, so two instances never take the same row, sends each and marks it SENT in
 * that same transaction.
 *
 * <p>What remains is at-least-once, not exactly-once, at one point: if the mail server accepted a message and this
 * process dies (or the database commit fails) before the SENT mark is committed, the row is pending again and the
 * next run sends it a second time. SMTP has no idempotency key; the closest thing is the Message-ID, so every send of
 * a row carries the same one ({@link #messageId}), and mail systems that drop a Message-ID they already hold show
 * the message once.
 *
 * <p>SMS: rows on channel SMS go through the installation's {@link SmsGateway} (the log in development, an HTTP provider
 * in production); a provider that refuses is tried again as a mail server that refuses is.
 *
 * <p>WEBHOOK: an event for a partner's subscription ({@link vn.doithoai.webhook.Webhooks}), posted signed to its
 * callback URL. Its CloudEvent id is the same on every send, so a partner drops a repeat as a mail system does.
 *
 * <p>A failed send is tried again after a wait that doubles each time ({@code doithoai.notifications.retry-after},
 * then twice that, …), up to {@code doithoai.notifications.max-attempts} tries; then the row is FAILED and stays in
 * the log.
 */
@ScopeDecidedElsewhere("The mail, SMS and webhook outbox: sends what the services queued, for no signed-in user")
@ApplicationScoped
public class Notifications {

    public enum Kind {
        /** The lead unit: a ruling falls due within the configured working days. */
        DUE_SOON,
        /** The lead unit: a ruling is due today. */
        DUE_TODAY,
        /** The office: the rulings past their due date, once a working day. */
        OVERDUE_DIGEST,
        /** A person whose matter a ruling resolved. */
        RESOLVED,
        /** A partner system subscribed to a body's events. */
        PARTNER_EVENT
    }

    public enum Channel {
        EMAIL, SMS, WEBHOOK
    }

    static final int BATCH = 20;
    private static final Logger LOG = Logger.getLogger(Notifications.class);

    @Inject
    EntityManager em;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    @Inject
    WebhookSender webhooks;

    @Inject
    SmsGateway sms;

    /** The wait before the second try; each further wait is twice the one before. */
    @ConfigProperty(name = "doithoai.notifications.retry-after", defaultValue = "1m")
    Duration retryAfter;

    @ConfigProperty(name = "doithoai.notifications.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** The sender, "Name <address>" or an address: its domain ends each Message-ID. */
    @ConfigProperty(name = "quarkus.mailer.from")
    Optional<String> from;

    /** Queues the message unless its key was queued before (by anyone, ever); whether it was queued now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queue(String key, Kind kind, Channel channel, String recipient, String subject, String body, Long rulingId) {
        return em.createNativeQuery("insert ignore into notification (business_key, kind, channel, recipient, subject, body, ruling_id, "
                + "status, attempts, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', 0, ?8)")
                .setParameter(1, key).setParameter(2, kind.name()).setParameter(3, channel.name()).setParameter(4, recipient)
                .setParameter(5, subject.length() > 500 ? subject.substring(0, 500) : subject).setParameter(6, body)
                .setParameter(7, rulingId).setParameter(8, Timestamp.from(Instant.now(clock))).executeUpdate() == 1;
    }

    /**
     * The same for every send of the row (RFC 5322 msg-id): its id and a digest of its business key, so that a database
     * restored elsewhere, reusing ids, does not collide with messages already delivered.
     */
    String messageId(long id, String businessKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(businessKey.getBytes(StandardCharsets.UTF_8));
            return "<notification." + id + "." + HexFormat.of().formatHex(digest, 0, 8) + "@" + domain() + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String domain() {
        String address = from.orElse("").replaceAll(".*<([^>]*)>.*", "$1").trim();
        int at = address.lastIndexOf('@');
        return at > 0 && at < address.length() - 1 ? address.substring(at + 1) : "doithoai.invalid";
    }

    /**
     * Queues a partner's event for its subscription; {@code recipient} is the callback URL as it is now (the send reads
     * the subscription's own at the time).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean queueWebhook(String key, long subscriptionId, String recipient, String eventType, String event) {
        return em.createNativeQuery("insert ignore into notification (business_key, kind, channel, recipient, subject, body, subscription_id, "
                + "status, attempts, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'PENDING', 0, ?8)")
                .setParameter(1, key).setParameter(2, Kind.PARTNER_EVENT.name()).setParameter(3, Channel.WEBHOOK.name())
                .setParameter(4, recipient.length() > 255 ? recipient.substring(0, 255) : recipient).setParameter(5, eventType)
                .setParameter(6, event).setParameter(7, subscriptionId).setParameter(8, Timestamp.from(Instant.now(clock))).executeUpdate() == 1;
    }

    /** Sends everything pending, batch by batch, each batch in its own transaction; how many were sent. */
    public int dispatch() {
        return dispatchAt(Instant.now(clock));
    }

    /**
     * The same, as at {@code now}: what waits for a later try is left until its time. The scheduled job passes the
     * clock's now; a test passes a later moment instead of waiting for it.
     */
    public int dispatchAt(Instant now) {
        int total = 0;
        long after = 0;
        long[] batch;
        do {
            // A partner's system may take its whole timeout to answer, for each row of the batch.
            int seconds = (int) Math.min(Integer.MAX_VALUE, 60 + BATCH * webhooks.timeout().toSeconds());
            long from = after;
            batch = QuarkusTransaction.requiringNew().timeout(seconds).call(() -> dispatchBatch(now, from));
            total += (int) batch[1];
            after = batch[2];
        } while (batch[0] == BATCH);
        return total;
    }

    /**
     * {claimed, sent, last id claimed}: one pass goes through the outbox once, in id order, so that a full batch of rows
     * that failed (each now waiting for its next try) never keeps the rows after it from their turn. Rows another
     * instance holds are skipped, not waited for.
     */
    private long[] dispatchBatch(Instant now, long after) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, channel, recipient, subject, body, attempts, business_key, subscription_id "
                + "from notification where status = 'PENDING' and (next_attempt_at is null or next_attempt_at <= ?1) and id > ?2 "
                + "order by id limit " + BATCH + " for update skip locked").setParameter(1, Timestamp.from(now)).setParameter(2, after)
                .getResultList();
        int sent = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String channel = (String) row[1];
            String recipient = (String) row[2];
            Integer status = null;
            try {
                if (Channel.SMS.name().equals(channel)) {
                    sms.send(recipient, (String) row[4]);
                } else if (Channel.WEBHOOK.name().equals(channel)) {
                    status = webhooks.send(id, ((Number) row[7]).longValue(), (String) row[4], now);
                } else {
                    mailer.send(Mail.withText(recipient, (String) row[3], (String) row[4]).addHeader("Message-ID",
                            messageId(id, (String) row[6])));
                }
                em.createNativeQuery("update notification set status = 'SENT', attempts = attempts + 1, sent_at = ?2, last_attempt_at = ?2, "
                        + "last_status = ?3, last_error = null, next_attempt_at = null where id = ?1")
                        .setParameter(1, id).setParameter(2, Timestamp.from(now)).setParameter(3, status).executeUpdate();
                sent++;
            } catch (RuntimeException e) {
                int attempts = ((Number) row[5]).intValue() + 1;
                LOG.warnf("Notification %d to %s not sent (attempt %d): %s", id, recipient, attempts, e.getMessage());
                String error = String.valueOf(e.getMessage());
                boolean last = attempts >= maxAttempts;
                em.createNativeQuery("update notification set attempts = ?2, last_error = ?3, status = ?4, last_attempt_at = ?5, "
                        + "last_status = ?6, next_attempt_at = ?7 where id = ?1")
                        .setParameter(1, id).setParameter(2, attempts).setParameter(3, error.length() > 1000 ? error.substring(0, 1000) : error)
                        .setParameter(4, last ? "FAILED" : "PENDING").setParameter(5, Timestamp.from(now))
                        .setParameter(6, e instanceof WebhookSender.Refused refused ? refused.status() : null)
                        .setParameter(7, last ? null : Timestamp.from(now.plus(backoff(attempts)))).executeUpdate();
            }
        }
        long last = rows.isEmpty() ? after : ((Number) rows.get(rows.size() - 1)[0]).longValue();
        return new long[] { rows.size(), sent, last };
    }

    /** The wait after the given number of failed tries: retry-after, doubled for each try after the first. */
    Duration backoff(int failedAttempts) {
        return retryAfter.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
    }

    /**
     * Sends the row again at the next run, one more try whatever it came to before (a replay from the delivery log);
     * whether the row exists.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean sendAgain(long id) {
        return em.createNativeQuery("update notification set status = 'PENDING', next_attempt_at = null, "
                + "attempts = least(attempts, ?2) where id = ?1").setParameter(1, id).setParameter(2, maxAttempts - 1).executeUpdate() == 1;
    }
}
