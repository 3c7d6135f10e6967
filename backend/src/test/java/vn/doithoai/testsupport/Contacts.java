package vn.doithoai.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusMock;
import io.restassured.http.ContentType;
import vn.doithoai.privacy.contact.SmsGateway;

/** A citizen confirming their contact for their item through the API, reading the code where it was sent: the mailbox, or the SMS gateway. */
public final class Contacts {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private Contacts() {
    }

    /** An SMS gateway that keeps what it is asked to send; {@link #install()} puts it in place for the current test. */
    public static final class RecordingSms implements SmsGateway {

        public record Sms(String to, String text) {
        }

        public final List<Sms> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String to, String text) {
            sent.add(new Sms(to, text));
        }

        public static RecordingSms install() {
            var sms = new RecordingSms();
            QuarkusMock.installMockForType(sms, SmsGateway.class);
            return sms;
        }

        /** The last code sent to the number. */
        public String codeFor(String phone) {
            for (int i = sent.size() - 1; i >= 0; i--) {
                if (sent.get(i).to().equals(phone)) {
                    return code(sent.get(i).text());
                }
            }
            throw new AssertionError("no SMS to " + phone + " in " + sent);
        }
    }

    /** A Vietnamese mobile number no other test uses. */
    public static String freshPhone() {
        return "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A client address of its own, so that the per-client limits of one test leave the others alone. */
    public static String freshClient() {
        var r = ThreadLocalRandom.current();
        return "10.77." + r.nextInt(256) + "." + (1 + r.nextInt(250));
    }

    /** Asks for a code for the feedback item with this tracking code; the confirmation's id. */
    public static long start(String channel, String contact, String trackingCode) {
        return given().header("X-Forwarded-For", freshClient()).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "contact", contact, "trackingCode", trackingCode)).post("/api/v1/public/contact-verifications")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A logged-in citizen asks, on their own page, for a code for a contact of their account; the confirmation's id. */
    public static long startOwn(String token, String channel, String contact) {
        return given().auth().oauth2(token).header("X-Forwarded-For", freshClient()).contentType(ContentType.JSON)
                .body(Map.of("channel", channel, "contact", contact)).post("/api/v1/public/contact-verifications")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static void confirm(long id, String code) {
        given().header("X-Forwarded-For", freshClient()).contentType(ContentType.JSON).body(Map.of("code", code))
                .post("/api/v1/public/contact-verifications/" + id + "/confirmation").then().statusCode(200);
    }

    /** Confirms the address, for the item with this tracking code, with the code mailed to it. */
    public static void confirmEmail(MockMailbox mailbox, String email, String trackingCode) {
        long id = start("EMAIL", email, trackingCode);
        var mails = mailbox.getMailsSentTo(email.toLowerCase());
        confirm(id, code(mails.get(mails.size() - 1).getSubject()));
    }

    /** Confirms the number, for the item with this tracking code, with the code the gateway was asked to send. */
    public static void confirmPhone(RecordingSms sms, String phone, String trackingCode) {
        long id = start("SMS", phone, trackingCode);
        confirm(id, sms.codeFor(phone));
    }

    /** The tracking code (mã tra cứu) of an item, as the office reads it. */
    public static String trackingCode(long item) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().statusCode(200).extract().jsonPath()
                .getString("trackingCode");
    }

    public static String code(String text) {
        Matcher m = CODE.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no code in: " + text);
        }
        return m.group(1);
    }
}
