package vn.doithoai.privacy.subject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.common.audit.PersonalValues;
import vn.doithoai.orgunit.Bodies;
import vn.doithoai.privacy.PrivacyTestSupport;
import vn.doithoai.privacy.PrivacyTestSupport.Citizen;
import vn.doithoai.privacy.contact.ContactChannel;
import vn.doithoai.privacy.contact.ContactVerifications;
import vn.doithoai.testsupport.Contacts;
import vn.doithoai.testsupport.FileTexts;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/** A person's rights over their data, served by the office and by a logged-in citizen for themselves. */
@QuarkusTest
class SubjectRightsTest {

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Bodies bodies;

    @Inject
    AuditLog audit;

    @Inject
    ContactVerifications confirmations;

    @Inject
    MockMailbox mailbox;

    @Test
    void theOfficeFindsEverythingHeldAboutAPersonAndRecordsTheRequestWithItsLegalDeadline() {
        Citizen c = Citizen.fresh();
        long plan = PrivacyTestSupport.publishedPlan("Quyền xem dữ liệu");
        long item = PrivacyTestSupport.send(c, plan, "Rác ở chợ");
        PrivacyTestSupport.attach(c, item);
        PrivacyTestSupport.participant(c, plan);

        // By phone written any common way, by e-mail or by login: the same records.
        for (Map<String, String> by : new Map[] { Map.of("phone", "+84 " + c.phone().substring(1)), Map.of("email", c.email().toUpperCase()),
                Map.of("account", c.account()) }) {
            given().auth().oauth2(TestTokens.vanphong()).queryParams(by).get("/api/v1/privacy/subjects").then().statusCode(200)
                    .body("feedback.id", contains((int) item)).body("feedback[0].attachments", hasSize(1));
        }
        given().auth().oauth2(TestTokens.vanphong()).queryParam("phone", c.phone()).get("/api/v1/privacy/subjects").then().statusCode(200)
                .body("people", hasSize(1)).body("people[0].fullName", is(c.name())).body("people[0].participations[0].planId", is((int) plan));
        // Another body's office holds nothing of them; asking for no one is a 400 in the caller's language.
        given().auth().oauth2(TestTokens.vanphong2()).queryParam("phone", c.phone()).get("/api/v1/privacy/subjects").then().statusCode(200)
                .body("feedback", empty()).body("people", empty());
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").get("/api/v1/privacy/subjects").then().statusCode(400)
                .body("errors[0].field", is("phone"));

        LocalDate received = TestClock.today().minusDays(3);
        var request = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("kind", "ACCESS", "phone", c.phone(), "receivedOn", received.toString(), "note", "Nộp tại bộ phận một cửa"))
                .post("/api/v1/privacy/requests").then().statusCode(201).extract();
        long body = bodies.idOf(TestTokens.BA_DON).orElseThrow();
        LocalDate due = calendar.forBody(body).addWorkingDays(received, 10);
        assertTrue(request.jsonPath().getString("dueOn").equals(due.toString()), "due " + due + ": " + request.asString());
        long id = request.jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/privacy/requests").then().statusCode(200).body("items.id", hasItem((int) id));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/privacy/requests/" + id).then().statusCode(200)
                .body("request.status", is("OPEN")).body("held.feedback[0].submitterEmail", is(c.email()));
        // Another body's office does not see it.
        given().auth().oauth2(TestTokens.vanphong2()).get("/api/v1/privacy/requests/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong2()).get("/api/v1/privacy/requests").then().statusCode(200).body("items.id", not(hasItem((int) id)));

        Response pdf = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/privacy/requests/" + id + "/export.pdf");
        var text = FileTexts.read(pdf.then().statusCode(200).contentType("application/pdf").extract().asByteArray(), "application/pdf");
        assertTrue(text.contains(c.name()) && text.contains(c.phone()) && text.contains("Rác ở chợ"), "the copy lacks the person's data");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/privacy/requests/" + id + "/export.json").then().statusCode(200)
                .header("Content-Disposition", containsString("du-lieu-ca-nhan-" + id + ".json")).body("people[0].phone", is(c.phone()));

        // An access request is answered by the copy; erasing under it is a conflict, and a refusal closes it once.
        String tag = request.header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", tag).contentType(ContentType.JSON).post("/api/v1/privacy/requests/" + id + "/erasure").then().statusCode(409);
        String closed = given().auth().oauth2(TestTokens.vanphong()).header("If-Match", tag).contentType(ContentType.JSON)
                .body(Map.of("reason", "Đã giao bản sao trực tiếp")).post("/api/v1/privacy/requests/" + id + "/refusal").then().statusCode(200)
                .body("status", is("REFUSED")).body("outcomeNote", is("Đã giao bản sao trực tiếp")).extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", closed).contentType(ContentType.JSON).body(Map.of("reason", "Lần nữa"))
                .post("/api/v1/privacy/requests/" + id + "/refusal").then().statusCode(409);
    }

    @Test
    void theRequestsArePagedNewestFirstOneWayLikeEveryList() {
        long[] ids = new long[3];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ACCESS", "phone", Citizen.fresh().phone())).post("/api/v1/privacy/requests").then().statusCode(201)
                    .extract().jsonPath().getLong("id");
        }
        var first = given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 2).get("/api/v1/privacy/requests").then().statusCode(200)
                .body("items.id", contains((int) ids[2], (int) ids[1])).body("nextCursor", not(nullValue())).extract();
        int total = first.jsonPath().getInt("totalItems");
        assertTrue(total >= 3, "total " + total);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 2).queryParam("after", first.jsonPath().getString("nextCursor"))
                .get("/api/v1/privacy/requests").then().statusCode(200).body("items[0].id", is((int) ids[0])).body("totalItems", is(total));
        // A size out of range or a cursor that is not one is a 400 naming the parameter, in the caller's language.
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("size", 101).get("/api/v1/privacy/requests")
                .then().statusCode(400).body("errors[0].field", is("size"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("after", "not-a-cursor").get("/api/v1/privacy/requests").then().statusCode(400)
                .body("errors[0].field", is("after"));
    }

    @Test
    void aCorrectionReplacesTheDataOnEveryRecordOfThePerson() {
        Citizen c = Citizen.fresh();
        long plan = PrivacyTestSupport.publishedPlan("Quyền chỉnh sửa");
        long item = PrivacyTestSupport.send(c, plan, "Đèn đường hỏng");
        PrivacyTestSupport.participant(c, plan);
        ExtractableResponse<Response> request = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("kind", "CORRECTION", "phone", c.phone())).post("/api/v1/privacy/requests").then().statusCode(201).extract();
        long id = request.jsonPath().getLong("id");
        // A phone that is not one changes nothing.
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", request.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("phone", "12345")).post("/api/v1/privacy/requests/" + id + "/correction").then().statusCode(400);
        // Nor does another person's number: one phone is one person in a body.
        Citizen other = Citizen.fresh();
        PrivacyTestSupport.participant(other, plan);
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", request.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("phone", other.phone())).post("/api/v1/privacy/requests/" + id + "/correction").then().statusCode(400)
                .body("errors[0].field", is("phone"));
        String corrected = Citizen.fresh().phone();
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", request.header("ETag")).contentType(ContentType.JSON)
                .body(Map.of("fullName", "Tên Đã Sửa " + c.account(), "phone", corrected.substring(0, 4) + " " + corrected.substring(4)))
                .post("/api/v1/privacy/requests/" + id + "/correction").then().statusCode(200).body("status", is("DONE"));
        var held = PrivacyTestSupport.item(item);
        assertTrue(held.getString("submitterName").equals("Tên Đã Sửa " + c.account()) && held.getString("submitterPhone").equals(corrected),
                held.prettify());
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/privacy/requests/" + id).then().statusCode(200)
                .body("held.people[0].fullName", is("Tên Đã Sửa " + c.account())).body("held.people[0].phone", is(corrected));
    }

    @Test
    void aLoggedInCitizenSeesCopiesAndErasesTheirOwnDataAndTheMatterStays() {
        Citizen c = Citizen.fresh();
        long plan = PrivacyTestSupport.publishedPlan("Quyền của công dân");
        long item = PrivacyTestSupport.send(c, plan, "Cống thoát nước tắc");
        given().auth().oauth2(c.token()).get("/api/v1/me/personal-data").then().statusCode(200).body("feedback.id", contains((int) item))
                .body("feedback[0].submitterPhone", is(c.phone()));
        Response pdf = given().auth().oauth2(c.token()).get("/api/v1/me/personal-data/export.pdf");
        assertTrue(FileTexts.read(pdf.then().statusCode(200).extract().asByteArray(), "application/pdf").contains(c.email()));
        // Staff have no "my data" of this kind; erasing needs the citizen's confirmation.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/me/personal-data").then().statusCode(403);
        given().auth().oauth2(c.token()).contentType(ContentType.JSON).body(Map.of("confirm", false)).post("/api/v1/me/personal-data/erasure")
                .then().statusCode(400);

        // Before: the audit can still find their entries by the hash beside the mask, and their address is confirmed.
        Contacts.confirmEmail(mailbox, c.email(), Contacts.trackingCode(item));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> audit.entriesCarrying(PersonalValues.Kind.EMAIL, c.email())).isEmpty());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> confirmations.isConfirmedForItem(ContactChannel.EMAIL, c.email(), item, null)));
        // And on their own page, for their account, an address the installation holds nowhere else.
        String other = "rieng-" + c.account() + "@example.vn";
        long own = Contacts.startOwn(c.token(), "EMAIL", other);
        Contacts.confirm(own, Contacts.code(mailbox.getMailsSentTo(other).get(0).getSubject()));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> confirmations.isRemembered(ContactChannel.EMAIL, other)));

        given().auth().oauth2(c.token()).contentType(ContentType.JSON).body(Map.of("confirm", true)).post("/api/v1/me/personal-data/erasure")
                .then().statusCode(200).body("kind", is("ERASURE")).body("status", is("DONE")).body("channel", is("SELF"))
                .body("subject", is(Erasure.ERASED_NAME));
        given().auth().oauth2(c.token()).get("/api/v1/me/personal-data").then().statusCode(200).body("feedback", empty());
        var held = PrivacyTestSupport.item(item);
        assertTrue(held.getString("title").equals("Cống thoát nước tắc") && held.get("submitterName") == null
                && held.get("submitterPhone") == null, held.prettify());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("phone", c.phone()).get("/api/v1/privacy/subjects").then().statusCode(200)
                .body("feedback", empty());
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().body("submitterEmail", nullValue());
        // After: nothing leads back to them, neither the audit's hashes nor the confirmation of their address.
        assertTrue(QuarkusTransaction.requiringNew().call(() -> audit.entriesCarrying(PersonalValues.Kind.EMAIL, c.email())).isEmpty());
        assertFalse(QuarkusTransaction.requiringNew().call(() -> confirmations.isRemembered(ContactChannel.EMAIL, c.email())));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> confirmations.isRemembered(ContactChannel.EMAIL, other)));
    }
}
