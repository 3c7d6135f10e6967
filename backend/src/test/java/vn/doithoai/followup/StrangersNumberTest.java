package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;
import static vn.doithoai.followup.FollowUpTestSupport.outcome;
import static vn.doithoai.followup.FollowUpTestSupport.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.Contacts;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/**
 * A number confirmed by its owner for their item says nothing of a stranger's item that carries the same number: the
 * stranger's item stays unconfirmed, hears nothing when its ruling is resolved, and is not taken for the same sender,
 * until the number is confirmed for that item too.
 */
@QuarkusTest
class StrangersNumberTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    @Test
    void theOwnersConfirmationDoesNotReachTheStrangersItem() {
        var sms = Contacts.RecordingSms.install();
        long plan = heldPlan(TODAY, 1);
        String phone = Contacts.freshPhone();
        long owners = item(plan, "Chủ Số Máy", null, phone);
        long strangers = item(plan, "Người Gõ Nhầm Số", null, phone);
        // No contact and no name: a sender of its own, whose leaving the group later recounts it.
        long nameless = item(plan, null, null, null);
        String ownersCode = Contacts.trackingCode(owners);
        String strangersCode = Contacts.trackingCode(strangers);

        Contacts.confirmPhone(sms, phone, ownersCode);
        view(owners).body("contactConfirmed.phone", is(true));
        view(strangers).body("contactConfirmed.phone", is(false));

        // Merged: the owner's confirmed number and the stranger's unconfirmed one are two senders, not one.
        merge(owners, "merge", List.of(strangers, nameless)).body("merged.count", is(3)).body("merged.submitters", is(3));

        long ruling = issued(plan, "RESOLVE", List.of(owners), "phong-tnmt", List.of(), TODAY.plusDays(20),
                "Sửa cống " + UUID.randomUUID());
        report(TestTokens.phongtnmt(), plan, ruling, "\"1\"", outcome("RESOLVED", 100, "Đã thông cống", null)).statusCode(201);
        notifications.dispatch();
        List<?> bodies = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select body from notification where ruling_id = ?1").setParameter(1, ruling).getResultList());
        assertEquals(1, bodies.size(), "one SMS, for the owner's item: " + bodies);
        String body = (String) bodies.get(0);
        assertTrue(body.contains(ownersCode) && !body.contains(strangersCode), body);
        List<Contacts.RecordingSms.Sms> notices = sms.sent.stream().filter(m -> m.text().contains("da duoc giai quyet")).toList();
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(!notices.get(0).text().contains(strangersCode), notices.get(0).text());

        // The stranger (or the owner, if the item was theirs after all) confirms the number for that item too: now it counts.
        Contacts.confirmPhone(sms, phone, strangersCode);
        view(strangers).body("contactConfirmed.phone", is(true));
        view(owners).body("contactConfirmed.phone", is(true));
        // The group is recounted when the nameless item leaves: both items are now of the one holder of the number.
        merge(owners, "unmerge", List.of(nameless)).body("merged.count", is(2)).body("merged.submitters", is(1));
    }

    private static ValidatableResponse view(long item) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().statusCode(200);
    }

    private static ValidatableResponse merge(long primary, String action, List<Long> items) {
        String etag = view(primary).extract().header("ETag");
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("items", items)).post("/api/v1/feedback/" + primary + "/" + action).then().statusCode(200);
    }
}
