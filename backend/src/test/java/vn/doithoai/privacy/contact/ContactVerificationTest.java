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
import java.util.HashMap;
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
import vn.doithoai.privacy.PrivacyTestSupport;
import vn.doithoai.testsupport.Contacts;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestTokens;

/** A citizen confirms their phone or email, for the matter they left it with, by the code sent to it; nothing of it is kept as typed. */
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
    void theMailedCodeConfirmsTheAddressForItsItemAndNeitherIsKeptAsTyped() {
        String email = freshEmail();
        Item item = item("Lê Thị Hoa", null, email);
        String client = Contacts.freshClient();
        var started = start(client, "EMAIL", "  " + email.toUpperCase() + " ", item.code().toLowerCase()).statusCode(201)
                .body("maskedContact", is(email.charAt(0) + "•••@example.vn")).body("verified", is(false)).body("attemptsLeft", is(5))
                .body("confirmedFor", is("FEEDBACK_ITEM")).body("expiresAt", notNullValue()).extract().jsonPath();
        long id = started.getLong("id");
        var expiresAt = OffsetDateTime.parse(started.getString("expiresAt"));
        var mails = mailbox.getMailsSentTo(email);
        assertEquals(1, mails.size());
        String code = Contacts.code(mails.get(0).getSubject());
        assertFalse(confirmedFor(ContactChannel.EMAIL, email, item));

        String row = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select concat_ws('|', channel, contact_hash, "
                + "masked_contact, confirmed_for, matter_ref, salt, code_hash, link_hash) from contact_verification where id = ?1")
                .setParameter(1, id).getSingleResult());
        assertFalse(row.contains(email) || row.contains(code) || row.contains(email.substring(1, email.indexOf('@'))), row);
        assertTrue(row.contains("|FEEDBACK_ITEM|" + item.id() + "|"), row);

        String wrong = code.equals("000000") ? "111111" : "000000";
        confirm(client, id, wrong, "vi").statusCode(400).body("errors[0].field", is("code"))
                .body("errors[0].message", containsString("còn 4 lần"));
        confirm(client, id, wrong, "en").statusCode(400).body("errors[0].message", containsString("3 tries left"));
        var confirmed = confirm(client, id, code, "vi").statusCode(200).body("verified", is(true)).body("id", is((int) id))
                .body("confirmedFor", is("FEEDBACK_ITEM")).body("attemptsLeft", is(3)).extract().jsonPath();
        assertEquals(expiresAt.toInstant(), OffsetDateTime.parse(confirmed.getString("expiresAt")).toInstant());
        assertTrue(confirmedFor(ContactChannel.EMAIL, email.toUpperCase(), item));
        // Confirming again with the same code changes nothing and says so.
        confirm(client, id, code, "vi").statusCode(200).body("verified", is(true));
    }

    @Test
    void aNumberConfirmedForTheOwnersItemDoesNotConfirmAStrangersItemWithTheSameNumber() {
        var sms = Contacts.RecordingSms.install();
        String phone = Contacts.freshPhone();
        Item owners = item("Chủ Số Máy", phone, null);
        // A stranger types the same number, in another spelling, on an item of their own.
        Item strangers = item("Người Gõ Nhầm", "+84 " + phone.substring(1), null);
        Contacts.confirmPhone(sms, phone, owners.code());
        assertTrue(confirmedFor(ContactChannel.SMS, phone, owners));
        assertFalse(confirmedFor(ContactChannel.SMS, phone, strangers));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + strangers.id()).then().statusCode(200)
                .body("contactConfirmed.phone", is(false));

        // Confirming the stranger's item takes a code of its own, sent to the number and typed back for that item.
        long id = start(Contacts.freshClient(), "SMS", phone, strangers.code()).statusCode(201).body("confirmedFor", is("FEEDBACK_ITEM"))
                .extract().jsonPath().getLong("id");
        confirm(Contacts.freshClient(), id, sms.codeFor(phone), "vi").statusCode(200).body("verified", is(true));
        assertTrue(confirmedFor(ContactChannel.SMS, phone, strangers));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + strangers.id()).then().statusCode(200)
                .body("contactConfirmed.phone", is(true));
    }

    @Test
    void aCodeIsSentOnlyForTheContactLeftWithTheMatterAndUnknownMattersLookAlike() {
        var sms = Contacts.RecordingSms.install();
        String phone = Contacts.freshPhone();
        String other = Contacts.freshPhone();
        Item item = item("Trần Văn Bảy", phone, null);
        String client = Contacts.freshClient();
        // Another number on this item's code, an unknown code and a malformed one are answered alike: nobody learns whose number an item carries.
        for (String code : List.of(item.code(), "DT-2020-22222", "khong-phai-ma")) {
            start(client, "SMS", other, code).statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("Không tìm thấy ý kiến hoặc đăng ký có liên hệ này"));
        }
        // The item left no address.
        start(client, "EMAIL", freshEmail(), item.code()).statusCode(404);
        assertTrue(sms.sent.isEmpty(), sms.sent.toString());
        // Neither a matter nor a login: nothing to confirm it for.
        given().header("X-Forwarded-For", client).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS", "contact", phone)).post(PATH).then().statusCode(400).body("errors[0].field", is("trackingCode"))
                .body("errors[0].message", containsString("tracking code"));
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("channel", "SMS", "contact", phone, "trackingCode", item.code(), "registrationToken", "x".repeat(43))).post(PATH)
                .then().statusCode(400).body("errors[0].field", is("registrationToken"));
        assertTrue(sms.sent.isEmpty(), sms.sent.toString());
    }

    @Test
    void aRegistrationsPhoneIsConfirmedForThatRegistration() {
        var sms = Contacts.RecordingSms.install();
        String phone = Contacts.freshPhone();
        Map<String, Object> registration = new HashMap<>(Map.of("fullName", "Phạm Thị Tám", "phone", phone.substring(0, 4) + " "
                + phone.substring(4), "wardCode", "phuong-ba-don", "matter", "Hỏi về rác thải", "consent", TestConsents.online("HANDLE_MATTER")));
        String token = given().header("X-Forwarded-For", Contacts.freshClient()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(registration).post("/api/v1/public/plans/" + plan() + "/registrations").then()
                .statusCode(201).extract().jsonPath().getString("token");
        // Not another number, and not by e-mail: a registration carries a phone only.
        registrationCode(Contacts.freshPhone(), "SMS", token).statusCode(404);
        registrationCode(freshEmail(), "EMAIL", token).statusCode(404);
        registrationCode(phone, "SMS", "A".repeat(43)).statusCode(404);
        long id = registrationCode(phone, "SMS", token).statusCode(201).body("confirmedFor", is("REGISTRATION")).extract().jsonPath().getLong("id");
        confirm(Contacts.freshClient(), id, sms.codeFor(phone), "vi").statusCode(200).body("verified", is(true))
                .body("confirmedFor", is("REGISTRATION"));
        String matter = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery("select concat(confirmed_for, ' ', matter_ref) "
                + "from verified_contact where verification_id = ?1").setParameter(1, id).getSingleResult());
        assertTrue(matter.matches("REGISTRATION participation:\\d+"), matter);
    }

    @Test
    void aCitizensOwnContactCountsForWhatTheirAccountSendsOnly() {
        var sms = Contacts.RecordingSms.install();
        String phone = Contacts.freshPhone();
        String account = "congdan-" + UUID.randomUUID().toString().substring(0, 8);
        String token = TestTokens.token(account, "Võ Thị Mười", List.of("citizen"), null, "phuong-ba-don");
        long id = startOwn(token, Contacts.freshClient(), "SMS", phone).statusCode(201).body("confirmedFor", is("ACCOUNT")).extract().jsonPath()
                .getLong("id");
        confirm(Contacts.freshClient(), id, sms.codeFor(phone), "vi").statusCode(200).body("verified", is(true));
        // The item they send logged in is theirs by the login; the same number on an anonymous form is not.
        Map<String, Object> body = TestConsents.with(Map.of("kind", "PETITION", "title", "Cống tắc " + UUID.randomUUID(), "content",
                "Cống tắc sau mưa", "wardCode", "phuong-ba-don", "submitterName", "Võ Thị Mười", "submitterPhone", phone));
        long theirs = given().auth().oauth2(token).header("X-Forwarded-For", Contacts.freshClient())
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan() + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
        Item anonymous = item("Võ Thị Mười", phone, null);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + theirs).then().statusCode(200)
                .body("contactConfirmed.phone", is(true));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + anonymous.id()).then().statusCode(200)
                .body("contactConfirmed.phone", is(false));
    }

    @Test
    void theMailedLinkConfirmsInOneStep() {
        String email = freshEmail();
        Item item = item(null, null, email);
        long id = start(Contacts.freshClient(), "EMAIL", email, item.code()).statusCode(201).extract().jsonPath().getLong("id");
        String text = mailbox.getMailsSentTo(email).get(0).getText();
        Matcher link = Pattern.compile("/xac-nhan-lien-he/" + id + "#ma=([A-Za-z0-9_-]+)").matcher(text);
        assertTrue(link.find(), text);
        confirm(Contacts.freshClient(), id, link.group(1), "vi").statusCode(200).body("verified", is(true));
        assertTrue(confirmedFor(ContactChannel.EMAIL, email, item));
    }

    @Test
    void aCodeWhoseTimeIsUpIsRefused() {
        String email = freshEmail();
        Item item = item(null, null, email);
        String client = Contacts.freshClient();
        long id = start(client, "EMAIL", email, item.code()).statusCode(201).extract().jsonPath().getLong("id");
        String code = Contacts.code(mailbox.getMailsSentTo(email).get(0).getSubject());
        // Its fifteen minutes have passed.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update contact_verification set expires_at = "
                + "date_sub(expires_at, interval 16 minute) where id = ?1").setParameter(1, id).executeUpdate());
        confirm(client, id, code, "en").statusCode(409).body("detail", containsString("expired"));
        assertFalse(confirmedFor(ContactChannel.EMAIL, email, item));
    }

    @Test
    void fiveWrongCodesCloseTheConfirmationForGood() {
        String email = freshEmail();
        Item item = item(null, null, email);
        String client = Contacts.freshClient();
        long id = start(client, "EMAIL", email, item.code()).statusCode(201).extract().jsonPath().getLong("id");
        String code = Contacts.code(mailbox.getMailsSentTo(email).get(0).getSubject());
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            confirm(client, id, wrong, "vi").statusCode(400);
        }
        confirm(client, id, wrong, "vi").statusCode(409).body("detail", containsString("sai mã quá số lần"));
        confirm(client, id, code, "vi").statusCode(409);
        assertFalse(confirmedFor(ContactChannel.EMAIL, email, item));
        confirm(client, 987_654_321L, code, "vi").statusCode(404);
    }

    @Test
    void codesAreLimitedPerContactAndPerClient() {
        String email = freshEmail();
        Item first = item(null, null, email);
        Item second = item(null, null, email);
        for (int i = 0; i < 3; i++) {
            start(Contacts.freshClient(), "EMAIL", email, (i % 2 == 0 ? first : second).code()).statusCode(201);
        }
        // Nobody floods a stranger's inbox, from however many addresses or for however many items.
        start(Contacts.freshClient(), "EMAIL", email.toUpperCase(), second.code()).statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json");
        assertEquals(3, mailbox.getMailsSentTo(email).size());

        String client = Contacts.freshClient();
        String token = TestTokens.token("congdan-" + UUID.randomUUID().toString().substring(0, 8), "Đặng Văn Chín", List.of("citizen"), null,
                "phuong-ba-don");
        for (int i = 0; i < 10; i++) {
            startOwn(token, client, "EMAIL", freshEmail()).statusCode(201);
        }
        startOwn(token, client, "EMAIL", freshEmail()).statusCode(429);
    }

    @Test
    void whatIsNotAContactIsRefusedAndNothingIsSent() {
        String client = Contacts.freshClient();
        start(client, "SMS", "12345", "DT-2020-22222").statusCode(400).body("errors[0].field", is("contact"))
                .body("errors[0].message", containsString("Số điện thoại \"12345\" không đúng"));
        start(client, "EMAIL", "khong-phai-thu", "DT-2020-22222").statusCode(400).body("errors[0].field", is("contact"));
        given().header("X-Forwarded-For", client).contentType(ContentType.JSON).body(Map.of("contact", "0912345678")).post(PATH).then()
                .statusCode(400);
    }

    @Test
    void anSmsGoesToTheConfiguredHttpProvider() throws IOException {
        record Received(String auth, String contentType, String body) {
        }
        String phone = Contacts.freshPhone();
        String refusedPhone = Contacts.freshPhone();
        Item item = item("Nguyễn Văn Một", phone, null);
        Item refused = item("Nguyễn Văn Hai", refusedPhone, null);
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
            String spaced = "+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
            long id = start(Contacts.freshClient(), "SMS", spaced, item.code()).statusCode(201)
                    .body("maskedContact", is(phone.substring(0, 2) + "•••••" + phone.substring(7))).extract().jsonPath().getLong("id");
            assertEquals(1, received.size());
            Received sms = received.get(0);
            assertEquals("Bearer ma-thu-nghiem", sms.auth());
            assertEquals("application/json", sms.contentType());
            assertTrue(sms.body().startsWith("{\"to\":\"" + phone + "\",\"text\":\"Doi Thoai: ma xac nhan"), sms.body());
            confirm(Contacts.freshClient(), id, Contacts.code(sms.body()), "vi").statusCode(200).body("verified", is(true));
            assertTrue(confirmedFor(ContactChannel.SMS, phone, item));

            // The provider refuses: the citizen is told to try later, and nothing counts as confirmed.
            start(Contacts.freshClient(), "SMS", refusedPhone, refused.code()).statusCode(503).contentType("application/problem+json")
                    .body("detail", containsString("Chưa gửi được mã"));
            assertFalse(confirmedFor(ContactChannel.SMS, refusedPhone, refused));
        } finally {
            provider.stop(0);
        }
    }

    private boolean confirmedFor(ContactChannel channel, String contact, Item item) {
        return QuarkusTransaction.requiringNew().call(() -> contacts.isConfirmedForItem(channel, contact, item.id(), null));
    }

    /** A code for the contact, asked for the feedback item with this tracking code. */
    private static ValidatableResponse start(String client, String channel, String contact, String trackingCode) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "contact", contact, "trackingCode", trackingCode)).post(PATH).then();
    }

    /** A code for the registration's phone, asked with its link's token. */
    private static ValidatableResponse registrationCode(String contact, String channel, String token) {
        return given().header("X-Forwarded-For", Contacts.freshClient()).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "contact", contact, "registrationToken", token)).post(PATH).then();
    }

    /** A code for a contact of the logged-in citizen's own account. */
    private static ValidatableResponse startOwn(String token, String client, String channel, String contact) {
        return given().auth().oauth2(token).header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "contact", contact)).post(PATH).then();
    }

    /** An item sent online without logging in, with the sender's phone and address as typed (nulls: none). */
    private static Item item(String name, String phone, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("title", "Đèn đường hỏng " + UUID.randomUUID());
        body.put("content", "Đèn đường tổ dân phố 3 hỏng đã lâu");
        body.put("wardCode", "phuong-ba-don");
        body.put("submitterName", name);
        body.put("submitterPhone", phone);
        body.put("submitterEmail", email);
        body.put("consent", TestConsents.given());
        var json = given().header("X-Forwarded-For", Contacts.freshClient()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan() + "/feedback").then().statusCode(201).extract().jsonPath();
        return new Item(json.getLong("id"), json.getString("trackingCode"));
    }

    private record Item(long id, String code) {
    }

    private static Long plan;

    /** One published plan for the items of these tests; which test makes it does not matter. */
    private static synchronized long plan() {
        if (plan == null) {
            plan = PrivacyTestSupport.publishedPlan("Xác nhận liên hệ");
        }
        return plan;
    }

    private static ValidatableResponse confirm(String client, long id, String code, String language) {
        return given().header("X-Forwarded-For", client).header("Accept-Language", language).contentType(ContentType.JSON)
                .body(Map.of("code", code)).post(PATH + "/" + id + "/confirmation").then();
    }

    private static String freshEmail() {
        return "cong-dan-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }
}
