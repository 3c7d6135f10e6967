package vn.doithoai.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.followup.Notifications;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestPartners;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * A partner's system, played by a real HTTP server on this machine, receives the body's events signed, is tried again
 * with growing waits while it fails (time moved by the test, not waited for), gets a delivery again on replay, and
 * never hears of another body's dialogues.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final LocalDate TODAY = TestClock.today();
    private static final String SENDER = "Lê Văn Sáu";

    @Inject
    Notifications outbox;

    @Inject
    EntityManager em;

    static {
        // The partners the bodies registered, as Keycloak has them (see TestPartners).
        TestPartners.register("lgsp-bac-gianh", TestTokens.BAC_GIANH, TestTokens.DEMO_PARTNER_SCOPES);
        TestPartners.register("qlvb-ba-don", TestTokens.BA_DON, TestTokens.DEMO_PARTNER_SCOPES);
        TestPartners.register("lgsp-ba-don", TestTokens.BA_DON, TestTokens.DEMO_PARTNER_SCOPES);
        TestPartners.register("cong-pakn-chi-doc-phan-anh", TestTokens.BA_DON, List.of("feedback:read", "feedback:write"));
    }

    private final List<Receiver> receivers = new ArrayList<>();
    private final List<Long> subscriptions = new ArrayList<>();

    /** A partner's endpoint: keeps what it is sent, answers with the status set. */
    static final class Receiver {
        record Received(Map<String, String> headers, byte[] body) {
            String text() {
                return new String(body, StandardCharsets.UTF_8);
            }

            JsonPath json() {
                return JsonPath.from(text());
            }
        }

        final HttpServer server;
        final List<Received> received = new CopyOnWriteArrayList<>();
        final AtomicInteger answer = new AtomicInteger(204);

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", exchange -> {
                Map<String, String> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
                received.add(new Received(headers, exchange.getRequestBody().readAllBytes()));
                int status = answer.get();
                byte[] reply = (status >= 400 ? "Hệ thống bận" : "").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
                if (reply.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(reply);
                    }
                }
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort() + "/hook";
        }

        List<Received> about(String type, long id, String idField) {
            return received.stream().filter(r -> r.json().getString("type").equals(type)
                    && r.json().getLong("data." + idField) == id).toList();
        }
    }

    @AfterEach
    void stop() {
        receivers.forEach(r -> r.server.stop(0));
        // Ended, with their deliveries, so that later tests' dispatches do not post to servers that are gone.
        if (!subscriptions.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from webhook_subscription where id in (:ids)")
                    .setParameter("ids", subscriptions).executeUpdate());
        }
    }

    @Test
    void aRulingIssuedReachesTheBodysPartnerSignedAndNoOtherBodysPartner() throws Exception {
        Receiver baDon = receiver();
        Receiver bacGianh = receiver();
        JsonPath created = subscribe(baDonAdmin(), TestTokens.BA_DON, "doithoai-integration", baDon.url(), List.of("RULING_ISSUED"))
                .statusCode(201).header("Location", containsString("/api/v1/bodies/" + TestTokens.BA_DON + "/webhooks/"))
                .body("secret", notNullValue()).body("partnerClientId", is("doithoai-integration")).extract().jsonPath();
        String secret = created.getString("secret");
        long id = created.getLong("id");
        // The secret is shown once: never in the list nor in the subscription read back.
        given().auth().oauth2(baDonAdmin()).get(base(TestTokens.BA_DON) + "/" + id).then().statusCode(200).body("secret", nullValue())
                .header("ETag", is("\"0\""));
        given().auth().oauth2(baDonAdmin()).get(base(TestTokens.BA_DON)).then().statusCode(200).body("find { it.id == " + id + " }.secret",
                nullValue());
        subscribe(TestTokens.quantri2(), TestTokens.BAC_GIANH, "lgsp-bac-gianh", bacGianh.url(),
                List.of("RULING_ISSUED", "FEEDBACK_CREATED", "PLAN_PUBLISHED", "PROGRESS_REPORTED")).statusCode(201);

        long plan = heldPlan();
        long item = item(plan);
        long ruling = issued(plan, item);
        outbox.dispatch();

        List<Receiver.Received> got = baDon.about("vn.doithoai.ruling.issued", ruling, "rulingId");
        assertEquals(1, got.size(), "one event for one ruling");
        assertEquals(baDon.received.size(), baDon.received.stream().filter(r -> r.json().getString("type").equals("vn.doithoai.ruling.issued"))
                .count(), "only the events asked for");
        Receiver.Received event = got.get(0);
        JsonPath ce = event.json();
        assertEquals("1.0", ce.getString("specversion"));
        assertEquals("/bodies/" + TestTokens.BA_DON, ce.getString("source"));
        assertEquals("plans/" + plan + "/rulings/" + ruling, ce.getString("subject"));
        assertEquals(plan, ce.getLong("data.planId"));
        assertEquals(List.of((int) item), ce.getList("data.feedbackIds"));
        assertEquals("RESOLVE", ce.getString("data.type"));
        Instant time = Instant.parse(ce.getString("time"));
        assertTrue(Duration.between(time, TestClock.now()).abs().compareTo(Duration.ofMinutes(5)) < 0, "time from the application's clock");
        assertTrue(event.headers().get("content-type").startsWith("application/cloudevents+json"), event.headers().toString());
        assertFalse(event.text().contains(SENDER), "no personal data: " + event.text());
        assertSigned(secret, event);

        assertEquals(0, bacGianh.received.size(), "Bắc Gianh's partner hears nothing of Ba Đồn's dialogues");

        // The delivery log says it went, with the partner's answer.
        JsonPath log = given().auth().oauth2(baDonAdmin()).get(base(TestTokens.BA_DON) + "/" + id + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("SENT", log.getString("items[0].status"));
        assertEquals(1, log.getInt("items[0].attempts"));
        assertEquals(204, log.getInt("items[0].lastResponseStatus"));
        assertEquals(ce.getString("id"), log.getString("items[0].eventId"));
        assertEquals("vn.doithoai.ruling.issued", log.getString("items[0].eventType"));

        // Replayed from the app: the same event again, signed anew.
        long delivery = log.getLong("items[0].id");
        given().auth().oauth2(baDonAdmin()).post(base(TestTokens.BA_DON) + "/" + id + "/deliveries/" + delivery + "/replay").then()
                .statusCode(200).body("status", is("PENDING"));
        outbox.dispatch();
        got = baDon.about("vn.doithoai.ruling.issued", ruling, "rulingId");
        assertEquals(2, got.size(), "sent again");
        assertEquals(ce.getString("id"), got.get(1).json().getString("id"), "the same event, for the partner to recognise");
        assertSigned(secret, got.get(1));
        given().auth().oauth2(baDonAdmin()).get(base(TestTokens.BA_DON) + "/" + id + "/deliveries").then().statusCode(200)
                .body("items[0].status", is("SENT")).body("items[0].attempts", is(2));

        // Another body's administrator finds neither the subscription nor its log; nobody else keeps any.
        given().auth().oauth2(TestTokens.quantri2()).get(base(TestTokens.BA_DON) + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.quantri2()).get(base(TestTokens.BAC_GIANH) + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.quantri2()).post(base(TestTokens.BAC_GIANH) + "/" + id + "/deliveries/" + delivery + "/replay")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get(base(TestTokens.BA_DON)).then().statusCode(403);
    }

    @Test
    void aFailingPartnerIsTriedAgainAfterGrowingWaitsThenGivenUpAndReplayed() throws Exception {
        Receiver partner = receiver();
        partner.answer.set(503);
        JsonPath created = subscribe(baDonAdmin(), TestTokens.BA_DON, "qlvb-ba-don", partner.url(), List.of("RULING_ISSUED")).statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("id");
        long plan = heldPlan();
        long ruling = issued(plan, item(plan));

        // In whole milliseconds, as the outbox keeps its moments.
        Instant t = TestClock.now().truncatedTo(ChronoUnit.MILLIS);
        outbox.dispatchAt(t);
        assertEquals(1, partner.about("vn.doithoai.ruling.issued", ruling, "rulingId").size());
        JsonPath log = deliveries(id);
        assertEquals("PENDING", log.getString("items[0].status"));
        assertEquals(503, log.getInt("items[0].lastResponseStatus"));
        assertTrue(log.getString("items[0].lastError").contains("503"), log.getString("items[0].lastError"));
        Instant next = Instant.parse(log.getString("items[0].nextAttemptAt"));
        assertEquals(Duration.ofMinutes(1), Duration.between(t, next), "first wait: one minute");

        // Not before its time; then, each wait twice the one before.
        outbox.dispatchAt(t.plusSeconds(59));
        assertEquals(1, partner.about("vn.doithoai.ruling.issued", ruling, "rulingId").size(), "not tried before its time");
        Duration wait = Duration.ofMinutes(1);
        for (int attempt = 2; attempt <= 8; attempt++) {
            t = t.plus(wait);
            outbox.dispatchAt(t);
            assertEquals(attempt, partner.about("vn.doithoai.ruling.issued", ruling, "rulingId").size(), "try " + attempt);
            wait = wait.multipliedBy(2);
            if (attempt < 8) {
                assertEquals(wait, Duration.between(t, Instant.parse(deliveries(id).getString("items[0].nextAttemptAt"))));
            }
        }
        log = deliveries(id);
        assertEquals("FAILED", log.getString("items[0].status"), "given up after eight tries");
        assertEquals(8, log.getInt("items[0].attempts"));
        outbox.dispatchAt(t.plus(Duration.ofDays(1)));
        assertEquals(8, partner.about("vn.doithoai.ruling.issued", ruling, "rulingId").size(), "a failed delivery waits for a replay");
        List<String> ids = partner.received.stream().map(r -> r.json().getString("id")).distinct().toList();
        assertEquals(1, ids.size(), "every try is the same event");

        // The partner is back; the administrator replays it.
        partner.answer.set(200);
        long delivery = log.getLong("items[0].id");
        given().auth().oauth2(baDonAdmin()).post(base(TestTokens.BA_DON) + "/" + id + "/deliveries/" + delivery + "/replay").then()
                .statusCode(200).body("status", is("PENDING"));
        outbox.dispatchAt(t.plus(Duration.ofDays(1)));
        assertEquals(9, partner.about("vn.doithoai.ruling.issued", ruling, "rulingId").size());
        assertEquals("SENT", deliveries(id).getString("items[0].status"));
        assertSigned(created.getString("secret"), partner.received.get(partner.received.size() - 1));
    }

    @Test
    void eachKindOfEventReachesASubscriberOfAllWithIdsAndNoPersonalData() throws Exception {
        Receiver partner = receiver();
        String secret = subscribe(baDonAdmin(), TestTokens.BA_DON, "lgsp-ba-don", partner.url(), List.of("FEEDBACK_CREATED",
                "FEEDBACK_CHANGED", "ANSWER_APPROVED", "RULING_ISSUED", "PROGRESS_REPORTED", "PLAN_PUBLISHED")).statusCode(201).extract()
                .jsonPath().getString("secret");
        JsonPath created = TestPlans.create(TODAY.minusDays(3), "Đối thoại mọi sự kiện " + UUID.randomUUID(), "75", "Môi trường",
                List.of("Vệ sinh môi trường"));
        long plan = created.getLong("id");
        TestPlans.publish(plan);
        long item = item(plan);
        feedbackStep(TestTokens.vanphong(), item, "put", "/classification", Map.of("focusAreaId", created.getLong("focusAreas[0].id"),
                "priority", "NORMAL"));
        feedbackStep(TestTokens.vanphong(), item, "put", "/assignment", Map.of("unitCode", "phong-tnmt"));
        feedbackStep(TestTokens.phongtnmt(), item, "put", "/answer", Map.of("text", "Phòng sẽ nạo vét trong tháng"));
        feedbackStep(TestTokens.vanphong(), item, "post", "/answer/submit", null);
        feedbackStep(TestTokens.bithu(), item, "post", "/answer/approval", null);
        TestPlans.act(TestTokens.vanphong(), plan, "HOLD");
        long ruling = issued(plan, item);
        String progress = "/api/v1/plans/" + plan + "/rulings/" + ruling + "/progress";
        String tag = given().auth().oauth2(TestTokens.phongtnmt()).get(progress).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.phongtnmt()).contentType(ContentType.JSON).header("If-Match", tag)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("note", "Đang nạo vét", "percent", 40)).post(progress)
                .then().statusCode(201);
        outbox.dispatch();

        assertEquals(1, partner.about("vn.doithoai.plan.published", plan, "planId").size());
        assertEquals(1, partner.about("vn.doithoai.feedback.created", item, "feedbackId").size());
        assertEquals(List.of("classified", "assigned", "answer-drafted", "answer-submitted", "answer-approved", "ruled"),
                partner.about("vn.doithoai.feedback.changed", item, "feedbackId").stream().map(r -> r.json().getString("data.action")).toList(),
                "every change, in the order made");
        assertEquals(1, partner.about("vn.doithoai.feedback.answer.approved", item, "feedbackId").size());
        assertEquals(1, partner.about("vn.doithoai.ruling.issued", ruling, "rulingId").size());
        Receiver.Received reported = partner.about("vn.doithoai.ruling.progress.reported", ruling, "rulingId").get(0);
        assertEquals(40, reported.json().getInt("data.progressPercent"));
        assertEquals("plans/" + plan + "/feedback/" + item, partner.about("vn.doithoai.feedback.created", item, "feedbackId").get(0).json()
                .getString("subject"));
        for (Receiver.Received r : partner.received) {
            assertSigned(secret, r);
            for (String personal : List.of(SENDER, "0912345678", "Đường ngập", "nạo vét")) {
                assertFalse(r.text().contains(personal), personal + " in " + r.text());
            }
        }
    }

    @Test
    void aCallbackMustBeHttpsAndTheAnswerSpeaksTheCallersLanguage() {
        subscribe(baDonAdmin(), TestTokens.BA_DON, "doithoai-integration", "http://doi-tac.example.vn/hook", List.of("RULING_ISSUED"))
                .statusCode(400).contentType(containsString("application/problem+json")).body("errors[0].field", is("callbackUrl"))
                .body("errors[0].message", containsString("https"));
        given().auth().oauth2(baDonAdmin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("partnerClientId", "doithoai-integration", "callbackUrl", "ftp://doi-tac.example.vn/hook", "events",
                        List.of("RULING_ISSUED")))
                .post(base(TestTokens.BA_DON)).then().statusCode(400).body("errors[0].field", is("callbackUrl"))
                .body("errors[0].message", containsString("full web address"));
        subscribe(baDonAdmin(), TestTokens.BA_DON, "doithoai-integration", "https://doi-tac.example.vn/hook", List.of()).statusCode(400)
                .body("errors[0].field", containsString("events"));
        subscribe(baDonAdmin(), TestTokens.BA_DON, "đối tác", "https://doi-tac.example.vn/hook", List.of("RULING_ISSUED")).statusCode(400)
                .body("errors[0].message", containsString("chữ không dấu"));
        long count = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from webhook_subscription where callback_url like '%doi-tac.example.vn%'").getSingleResult()).longValue());
        assertEquals(0, count, "nothing kept");

        // A change replaces callback, events and state, at the version read.
        JsonPath created = subscribe(baDonAdmin(), TestTokens.BA_DON, "doithoai-integration", "https://doi-tac.example.vn/hook",
                List.of("PLAN_PUBLISHED")).statusCode(201).extract().jsonPath();
        String one = base(TestTokens.BA_DON) + "/" + created.getLong("id");
        Map<String, Object> change = Map.of("callbackUrl", "https://doi-tac.example.vn/v2/hook", "events", List.of("RULING_ISSUED",
                "ANSWER_APPROVED"), "active", false);
        given().auth().oauth2(baDonAdmin()).contentType(ContentType.JSON).header("If-Match", "\"5\"").body(change).put(one).then()
                .statusCode(412);
        given().auth().oauth2(baDonAdmin()).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(change).put(one).then()
                .statusCode(200).body("active", is(false)).body("events", is(List.of("ANSWER_APPROVED", "RULING_ISSUED")))
                .body("secret", nullValue()).header("ETag", is("\"1\""));
        given().auth().oauth2(baDonAdmin()).header("If-Match", "\"1\"").delete(one).then().statusCode(204);
        given().auth().oauth2(baDonAdmin()).get(one).then().statusCode(404);
    }

    @Test
    void aPartnerHearsOnlyWhatItsScopesLetItRead() throws Exception {
        Receiver partner = receiver();
        // Subscribed to everything, but granted feedback only: no ruling, no progress, no plan reaches it.
        subscribe(baDonAdmin(), TestTokens.BA_DON, "cong-pakn-chi-doc-phan-anh", partner.url(), List.of("FEEDBACK_CREATED", "RULING_ISSUED",
                "PROGRESS_REPORTED", "PLAN_PUBLISHED")).statusCode(201);
        long plan = heldPlan();
        long item = item(plan);
        long ruling = issued(plan, item);
        outbox.dispatch();

        assertEquals(1, partner.about("vn.doithoai.feedback.created", item, "feedbackId").size(), "feedback:read hears of the item");
        assertEquals(List.of(), partner.received.stream().map(r -> r.json().getString("type"))
                .filter(t -> !t.startsWith("vn.doithoai.feedback.")).toList(), "nothing but feedback");
        assertEquals(0, partner.about("vn.doithoai.ruling.issued", ruling, "rulingId").size());

        // Granted rulings:read later by the body's administrator, it hears of the next ruling: the scopes are those the
        // partner holds when it happens, as the application last changed them (the publisher does not ask the directory).
        grant("cong-pakn-chi-doc-phan-anh", List.of("feedback:read", "rulings:read"));
        try {
            long next = issued(plan, item(plan));
            outbox.dispatch();
            assertEquals(1, partner.about("vn.doithoai.ruling.issued", next, "rulingId").size());
        } finally {
            grant("cong-pakn-chi-doc-phan-anh", List.of("feedback:read", "feedback:write"));
        }
    }

    private static void grant(String clientId, List<String> scopes) {
        given().auth().oauth2(baDonAdmin()).contentType(ContentType.JSON).body(Map.of("scopes", scopes))
                .put("/api/v1/bodies/" + TestTokens.BA_DON + "/partners/" + clientId + "/scopes").then().statusCode(200);
    }

    @Test
    void onlyAPartnerTheBodyRegisteredIsSubscribed() {
        long before = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from webhook_subscription")
                .getSingleResult()).longValue());
        subscribe(baDonAdmin(), TestTokens.BA_DON, "he-thong-chua-dang-ky", "https://doi-tac.example.vn/hook", List.of("RULING_ISSUED"))
                .statusCode(400).contentType(containsString("application/problem+json")).body("errors[0].field", is("partnerClientId"))
                .body("errors[0].message", containsString("đăng ký đối tác trước"));
        // Bắc Gianh's partner is not Ba Đồn's.
        given().auth().oauth2(baDonAdmin()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("partnerClientId", "lgsp-bac-gianh", "callbackUrl", "https://doi-tac.example.vn/hook", "events",
                        List.of("RULING_ISSUED")))
                .post(base(TestTokens.BA_DON)).then().statusCode(400).body("errors[0].field", is("partnerClientId"))
                .body("errors[0].message", containsString("register the partner first"));
        long after = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from webhook_subscription")
                .getSingleResult()).longValue());
        assertEquals(before, after, "nothing kept");
    }

    /** One step of an item's way, at the version the office reads now. */
    private static void feedbackStep(String token, long item, String method, String step, Map<String, Object> body) {
        String tag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().statusCode(200).extract()
                .header("ETag");
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", tag);
        if (body != null) {
            request.body(body);
        }
        request.request(method.toUpperCase(), "/api/v1/feedback/" + item + step).then().statusCode(200);
    }

    private Receiver receiver() throws IOException {
        Receiver r = new Receiver();
        receivers.add(r);
        return r;
    }

    private io.restassured.response.ValidatableResponse subscribe(String token, String body, String client, String url, List<String> events) {
        var response = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("partnerClientId", client, "callbackUrl", url, "events", events)).post(base(body)).then();
        if (response.extract().statusCode() == 201) {
            subscriptions.add(response.extract().jsonPath().getLong("id"));
        }
        return response;
    }

    private JsonPath deliveries(long id) {
        return given().auth().oauth2(baDonAdmin()).get(base(TestTokens.BA_DON) + "/" + id + "/deliveries").then().statusCode(200).extract()
                .jsonPath();
    }

    /** What the partner does, by the guide, without the application's code: HMAC-SHA256 of "timestamp.body". */
    private static void assertSigned(String secret, Receiver.Received event) throws Exception {
        String timestamp = event.headers().get("x-doithoai-timestamp");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(event.body()));
        assertEquals(expected, event.headers().get("x-doithoai-signature"));
        assertTrue(event.headers().get("x-doithoai-delivery").matches("\\d+"));
    }

    private static String base(String body) {
        return "/api/v1/bodies/" + body + "/webhooks";
    }

    private static String baDonAdmin() {
        return TestTokens.tokenIn(TestTokens.BA_DON, "quantri-badon", "Ngô Quản Trị", List.of("admin"), null, null);
    }

    private static long heldPlan() {
        long id = TestPlans.create(TODAY.minusDays(3), "Đối thoại sự kiện " + UUID.randomUUID(), "74", "Môi trường",
                List.of("Vệ sinh môi trường")).getLong("id");
        TestPlans.publish(id);
        TestPlans.act(TestTokens.vanphong(), id, "HOLD");
        return id;
    }

    private static long item(long plan) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("channel", "AT_SESSION");
        body.put("title", "Ý kiến " + UUID.randomUUID());
        body.put("content", "Đường ngập khi mưa lớn");
        body.put("wardCode", "phuong-ba-don");
        body.put("submitterName", SENDER);
        body.put("consent", TestConsents.given());
        body.put("submitterPhone", "0912345678");
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long issued(long plan, long item) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "RESOLVE");
        body.put("content", "Nạo vét cống thoát nước");
        body.put("feedbackIds", List.of(item));
        body.put("unitCode", "phong-tnmt");
        body.put("dueDate", TODAY.plusDays(20).toString());
        long id = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/rulings").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.bithu()).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .post("/api/v1/plans/" + plan + "/rulings/" + id + "/issue").then().statusCode(200);
        return id;
    }
}
