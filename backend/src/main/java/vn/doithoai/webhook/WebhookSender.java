package vn.doithoai.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts one queued event to its subscription's callback URL, signed (see {@link WebhookSignature}), for the outbox's
 * dispatcher. The subscription's URL and secret are read at the time of sending, so a corrected URL serves the
 * deliveries still waiting. Redirects are not followed: the event goes where the administrator said, nowhere else.
 */
@ApplicationScoped
public class WebhookSender {

    /** The partner answered, but not with 2xx: kept in the delivery log with the status. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String body) {
            super("HTTP " + status + (body == null || body.isBlank() ? "" : ": " + body));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    @Inject
    EntityManager em;

    @ConfigProperty(name = "doithoai.webhooks.timeout", defaultValue = "10s")
    Duration timeout;

    private HttpClient http;

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** How long a partner has to answer one delivery. */
    public Duration timeout() {
        return timeout;
    }

    /** Sends the event; the partner's 2xx status, or {@link Refused} / another exception when it was not taken. */
    public int send(long deliveryId, long subscriptionId, String event, Instant now) {
        WebhookSubscription subscription = em.find(WebhookSubscription.class, subscriptionId);
        byte[] body = event.getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.callbackUrl)).timeout(timeout)
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "DoiThoai-Webhooks/1")
                .header(WebhookSignature.DELIVERY_HEADER, Long.toString(deliveryId))
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(subscription.secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("No answer from " + request.uri().getHost() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending", e);
        }
        if (response.statusCode() / 100 != 2) {
            String answer = response.body();
            throw new Refused(response.statusCode(), answer == null ? null : answer.substring(0, Math.min(answer.length(), 200)));
        }
        return response.statusCode();
    }
}
