package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.outcome;
import static vn.doithoai.followup.FollowUpTestSupport.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.testsupport.Contacts;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestTokens;

/** Senders hear of a resolved ruling only while they consent to be contacted about their item. */
@QuarkusTest
class ResolutionNoticeConsentTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    EntityManager em;

    @Inject
    MockMailbox mailbox;

    @Test
    void aSenderWhoRefusedOrWithdrewContactHearsNothingWhileOthersDo() {
        long plan = heldPlan(TODAY, 1);
        String agreed = mailbox("dong-y");
        String refused = mailbox("tu-choi");
        String withdrew = mailbox("rut-lai");
        long agreedItem = item(plan, agreed, TestConsents.onBehalf("IN_PERSON", "HANDLE_MATTER", "CONTACT_ME")).getLong("id");
        long refusedItem = item(plan, refused, TestConsents.onBehalf("IN_PERSON", "HANDLE_MATTER")).getLong("id");
        JsonPath withdrawing = item(plan, withdrew, TestConsents.onBehalf("PAPER_FORM", "HANDLE_MATTER", "CONTACT_ME"));
        given().header("X-Forwarded-For", "10.43.0." + (1 + Math.floorMod(withdrew.hashCode(), 250)))
                .post("/api/v1/feedback/track/" + withdrawing.getString("trackingCode") + "/consents/CONTACT_ME/withdrawal").then()
                .statusCode(200);
        // Each owner confirmed their address: what tells them apart is only what they agreed to.
        Contacts.confirmEmail(mailbox, agreed, Contacts.trackingCode(agreedItem));
        Contacts.confirmEmail(mailbox, refused, Contacts.trackingCode(refusedItem));
        Contacts.confirmEmail(mailbox, withdrew, withdrawing.getString("trackingCode"));
        long ruling = issued(plan, "RESOLVE", List.of(agreedItem, refusedItem, withdrawing.getLong("id")), "phong-tnmt", List.of(),
                TODAY.plusDays(20), "Sửa đèn đường " + UUID.randomUUID());

        report(TestTokens.phongtnmt(), plan, ruling, "\"1\"", outcome("RESOLVED", 100, "Đã thay bóng", null)).statusCode(201);

        List<?> recipients = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select recipient from notification where ruling_id = ?1").setParameter(1, ruling).getResultList());
        assertEquals(List.of(agreed), recipients, "only the sender who still consents is written to");
    }

    private static String mailbox(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.vn";
    }

    private static JsonPath item(long plan, String email, Map<String, Object> consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("channel", "AT_SESSION");
        body.put("title", "Ý kiến " + UUID.randomUUID());
        body.put("content", "Đèn đường hỏng");
        body.put("wardCode", "phuong-ba-don");
        body.put("submitterName", "Người Gửi");
        body.put("submitterEmail", email);
        body.put("consent", consent);
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath();
    }
}
