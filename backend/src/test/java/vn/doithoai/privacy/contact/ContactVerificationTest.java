package vn.doithoai.privacy.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.Contacts;

/** A citizen confirms their phone or email by the code sent to it; nothing of it is kept as typed. */
@QuarkusTest
class ContactVerificationTest {

    private static final String PATH = "/api/v1/public/contact-verifications";

    @Inject
    MockMailbox mailbox;

    @Inject
    ContactVerifications contacts;

    @Inject
    EntityManager em;

    @Test
    void theMailedCodeConfirmsTheAddressAndNeitherIsKeptAsTyped() {
        String email = freshEmail();
        String client = Contacts.freshClient();
        var started = start(client, "EMAIL", "  " + email.toUpperCase() + " ").statusCode(201)
                .body("maskedContact", is(email.charAt(0) + "•••@example.vn")).body("verified", is(false)).body("attemptsLeft", is(5))
                .body("expiresAt", notNullValue()).extract().jsonPath();
        long id = started.getLong("id");
        var expiresAt = OffsetDateTime.parse(started.getString("expiresAt"));
        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        String code = Contacts.code(mails.get(0).getSubject());
        assertFalse(contacts.isVerified(ContactChannel.EMAIL, email));

        String row = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select concat_ws('|', channel, contact_hash, "
                + "masked_contact, salt, code_hash, link_hash) from contact_verification where id = ?1").setParameter(1, id).getSingleResult());
        assertFalse(row.contains(email) || row.contains(code) || row.contains(email.substring(1, email.indexOf('@'))), row);

        String wrong = code.equals("000000") ? "111111" : "000000";
        confirm(client, id, wrong, "vi").statusCode(400).body("errors[0].field", is("code"))
                .body("errors[0].message", containsString("còn 4 lần"));
        confirm(client, id, wrong, "en").statusCode(400).body("errors[0].message", containsString("3 tries left"));
        var confirmed = confirm(client, id, code, "vi").statusCode(200).body("verified", is(true)).body("id", is((int) id))
                .body("attemptsLeft", is(3)).extract().jsonPath();
        assertEquals(expiresAt.toInstant(), OffsetDateTime.parse(confirmed.getString("expiresAt")).toInstant());
        assertTrue(contacts.isVerified(ContactChannel.EMAIL, email.toUpperCase()));
        // Confirming again with the same code changes nothing and says so.
        confirm(client, id, code, "vi").statusCode(200).body("verified", is(true));
    }

    @Test
    void theMailedLinkConfirmsInOneStep() {
        String email = freshEmail();
        long id = start(Contacts.freshClient(), "EMAIL", email).statusCode(201).extract().jsonPath().getLong("id");
        String text = mailbox.getMailsSentTo(email).get(0).getText();
        Matcher link = Pattern.compile("/xac-nhan-lien-he/" + id + "#ma=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), text);
        confirm(Contacts.freshClient(), id, link.group(1), "vi").statusCode(200).body("verified", is(true));
        assertTrue(contacts.isVerified(ContactChannel.EMAIL, email));
    }

    @Test
    void aCodeWhoseTimeIsUpIsRefused() {
        String email = freshEmail();
        String client = Contacts.freshClient();
        long id = start(client, "EMAIL", email).statusCode(201).extract().jsonPath().getLong("id");
        String code = Contacts.code(mailbox.getMailsSentTo(email).get(0).getSubject());
        // Its fifteen minutes have passed.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update contact_verification set expires_at = "
                + "date_sub(expires_at, interval 16 minute) where id = ?1").setParameter(1, id).executeUpdate());
        confirm(client, id, code, "en").statusCode(409).body("detail", containsString("expired"));
        assertFalse(contacts.isVerified(ContactChannel.EMAIL, email));
    }

    @Test
    void fiveWrongCodesCloseTheConfirmationForGood() {
        String email = freshEmail();
        String client = Contacts.freshClient();
        long id = start(client, "EMAIL", email).statusCode(201).extract().jsonPath().getLong("id");
        String code = Contacts.code(mailbox.getMailsSentTo(email).get(0).getSubject());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            confirm(client, id, wrong, "vi").statusCode(400);
        }
        confirm(client, id, wrong, "vi").statusCode(409).body("detail", containsString("sai mã quá số lần"));
        confirm(client, id, code, "vi").statusCode(409);
        assertFalse(contacts.isVerified(ContactChannel.EMAIL, email));
        confirm(client, 987_654_321L, code, "vi").statusCode(404);
    }

    @Test
    void codesAreLimitedPerContactAndPerClient() {
        String email = freshEmail();
        for (int i = 0; i < 3; i++) {
            start(Contacts.freshClient(), "EMAIL", email).statusCode(201);
        }
        // Nobody floods a stranger's inbox, from however many addresses.
        start(Contacts.freshClient(), "EMAIL", email.toUpperCase()).statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        assertEquals(3, mailbox.getMailsSentTo(email).size());

        String client = Contacts.freshClient();
        for (int i = 0; i < 10; i++) {
            start(client, "EMAIL", freshEmail()).statusCode(201);
        }
        start(client, "EMAIL", freshEmail()).statusCode(429);
    }

    @Test
    void whatIsNotAContactIsRefusedAndNothingIsSent() {
        String client = Contacts.freshClient();
        start(client, "SMS", "12345").statusCode(400).body("errors[0].field", is("contact"))
                .body("errors[0].message", containsString("Số điện thoại \"12345\" không đúng"));
        start(client, "EMAIL", "khong-phai-thu").statusCode(400).body("errors[0].field", is("contact"));
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body(Map.of("contact", "0912345678")).post(PATH).then()
                .statusCode(400);
    }

    @Test
    void anSmsGoesToTheConfiguredHttpProvider() throws IOException {
        record Received(String auth, String contentType, String body) {
        }
        List<Received> received = new CopyOnWriteArrayList<>();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/api/send", exchange -> {
            received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            boolean refuse = received.size() > 1;
            byte[] answer = (refuse ? "{\"error\":\"het han muc\"}" : "{\"status\":\"queued\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refuse ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        provider.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/api/send");
            QuarkusMock.installMockForType(new HttpSmsGateway(url, Optional.of("Authorization: Bearer ma-thu-nghiem"),
                    "{\"to\":\"{to}\",\"text\":\"{text}\"}", "application/json", Duration.ofSeconds(5)), SmsGateway.class);
            String phone = Contacts.freshPhone();
            String spaced = "+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
            long id = start(Contacts.freshClient(), "SMS", spaced).statusCode(201)
                    .body("maskedContact", is(phone.substring(0, 2) + "•••••" + phone.substring(7))).extract().jsonPath().getLong("id");
            assertEquals(1, received.size());
            Received sms = received.get(0);
            assertEquals("Bearer ma-thu-nghiem", sms.auth());
            assertEquals("application/json", sms.contentType());
            assertTrue(sms.body().startsWith("{\"to\":\"" + phone + "\",\"text\":\"Doi Thoai: ma xac nhan"), sms.body());
            confirm(Contacts.freshClient(), id, Contacts.code(sms.body()), "vi").statusCode(200).body("verified", is(true));
            assertTrue(contacts.isVerified(ContactChannel.SMS, phone));

            // The provider refuses: the citizen is told to try later, and nothing counts as confirmed.
            start(Contacts.freshClient(), "SMS", Contacts.freshPhone()).statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("Chưa gửi được mã"));
        } finally {
            provider.stop(0);
        }
    }

    private static ValidatableResponse start(String client, String channel, String contact) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "contact", contact)).post(PATH).then();
    }

    private static ValidatableResponse confirm(String client, long id, String code, String language) {
        return given().header("X-Forwarded-For", client).header("Accept-Language", language).contentType(ContentType.JSON)
                .body(Map.of("code", code)).post(PATH + "/" + id + "/confirmation").then();
    }

    private static String freshEmail() {
        return "cong-dan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
