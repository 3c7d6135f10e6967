package vn.doithoai.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.participant.ParticipantTestSupport.TODAY;
import static vn.doithoai.participant.ParticipantTestSupport.addOk;
import static vn.doithoai.participant.ParticipantTestSupport.citizen;
import static vn.doithoai.participant.ParticipantTestSupport.delegate;
import static vn.doithoai.participant.ParticipantTestSupport.freshAddress;
import static vn.doithoai.participant.ParticipantTestSupport.freshPhone;
import static vn.doithoai.participant.ParticipantTestSupport.publishedPlan;
import static vn.doithoai.participant.ParticipantTestSupport.register;
import static vn.doithoai.participant.ParticipantTestSupport.registration;
import static vn.doithoai.participant.ParticipantTestSupport.wardOfficer;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.Allowance;
import vn.doithoai.testsupport.TestTokens;

/**
 * Public registration (đăng ký tham dự) cannot be turned against anyone: it never rewrites a known person, never
 * signs them up or shows their record to whoever types their phone number, and a match waits for the ward officer
 * or the office to decide.
 */
@QuarkusTest
class RegistrationSafetyTest {

    @Inject
    EntityManager em;

    @ConfigProperty(name = "doithoai.registration.submissions-per-client", defaultValue = "10")
    int perClient;

    private static String participants(long plan) {
        return "/api/v1/plans/" + plan + "/participants";
    }

    private static String pending(long plan) {
        return "/api/v1/plans/" + plan + "/pending-registrations";
    }

    private static JsonPath person(String phone) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParam("phone", phone).get("/api/v1/people").then().statusCode(200)
                .body("", hasSize(1)).extract().jsonPath();
    }

    private static ValidatableResponse decide(String token, long plan, long id, String decision) {
        String etag = given().auth().oauth2(token).get(pending(plan) + "/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("decision", decision))
                .post(pending(plan) + "/" + id + "/decision").then();
    }

    /** The one pending registration of a plan that matched the given phone, as the office sees it. */
    private static JsonPath pendingOf(long plan, String phone) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParam("status", "PENDING_MATCH").get(pending(plan)).then().statusCode(200)
                .extract().jsonPath().setRootPath("items.find { it.phone == '" + phone + "' }");
    }

    // ---------------------------------------------------------------- a known person is never rewritten

    @Test
    void aDelegatesRecordIsUnchangedAfterAnAnonymousRegistrationWithTheirPhone() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        addOk(TestTokens.vanphong(), plan, delegate("Phan Đại Biểu", phone));
        JsonPath before = person(phone);
        assertNull(before.get("[0].ward"));

        long other = publishedPlan(TODAY.plusDays(31));
        var forged = registration("Kẻ Mạo Danh", phone, "phuong-quang-tho");
        forged.put("consent", vn.doithoai.testsupport.TestConsents.online("HANDLE_MATTER", "SHOW_NAME_PUBLICLY"));
        register(other, UUID.randomUUID().toString(), forged).statusCode(201);

        JsonPath after = person(phone);
        assertEquals(before.getMap("[0]"), after.getMap("[0]"), "the delegate's record is as the office entered it");
        assertEquals("Phan Đại Biểu", after.getString("[0].fullName"));
        assertEquals("Trưởng phòng Tài nguyên và Môi trường", after.getString("[0].title"));
        assertEquals("phong-tnmt", after.getString("[0].organisation.code"));
        assertNull(after.get("[0].ward"));
        assertFalse(after.getBoolean("[0].namePublic"));
    }

    @Test
    void aKnownPhoneIsNotSignedUpAndTheLinkShowsOnlyWhatWasEntered() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), delegate("Trần Minh Đạo", phone));

        String token = register(plan, UUID.randomUUID().toString(), registration("Người Lạ Nào Đó", phone, "phuong-quang-tho"))
                .statusCode(201).body("fullName", is("Người Lạ Nào Đó")).body("wardName", is("Phường Quảng Thọ"))
                .body(not(containsString("Trần Minh Đạo"))).extract().path("token");
        given().get("/api/v1/rsvp/" + token).then().statusCode(200).body("fullName", is("Người Lạ Nào Đó"))
                .body("wardName", is("Phường Quảng Thọ")).body("matter", containsString("Rác thải"))
                .body(not(containsString("Trần Minh Đạo"))).body(not(containsString("Tài nguyên")));
        // The delegate is not on this plan's list: nobody signed them up.
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", phone).get(participants(plan)).then().statusCode(200)
                .body("totalItems", is(0));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/composition").then().body("total.participants", is(0));
    }

    // ---------------------------------------------------------------- the answer reveals nothing stored

    @Test
    void theAnswerIsTheSameForKnownAndUnknownPhonesAndNamesNoOne() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String onList = freshPhone();
        addOk(TestTokens.vanphong(), plan, citizen("Trần Minh Riêng", onList, "phuong-ba-don", false));
        String knownElsewhere = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), delegate("Đỗ Văn Kín", knownElsewhere));
        String unknown = freshPhone();

        List<ValidatableResponse> answers = List.of(
                register(plan, UUID.randomUUID().toString(), registration("Ai Đó Một", onList, "phuong-ba-don")),
                register(plan, UUID.randomUUID().toString(), registration("Ai Đó Một", knownElsewhere, "phuong-ba-don")),
                register(plan, UUID.randomUUID().toString(), registration("Ai Đó Một", unknown, "phuong-ba-don")),
                // The same phone again, once it is known from the registration just made.
                register(plan, UUID.randomUUID().toString(), registration("Ai Đó Một", unknown, "phuong-ba-don")));
        JsonPath first = null;
        for (ValidatableResponse answer : answers) {
            JsonPath json = answer.statusCode(201).contentType(ContentType.JSON).body(not(containsString("Trần Minh Riêng")))
                    .body(not(containsString("Đỗ Văn Kín"))).extract().jsonPath();
            if (first == null) {
                first = json;
                continue;
            }
            assertEquals(new TreeSet<>(first.getMap("").keySet()), new TreeSet<>(json.getMap("").keySet()));
            for (String field : List.of("planId", "planTitle", "sessionAt", "venue", "fullName", "wardName", "matter")) {
                assertEquals(first.getString(field), json.getString(field), field);
            }
        }
        // Each holder's link looks the same too: their name as entered, no answer yet, not invited.
        for (ValidatableResponse answer : answers) {
            String token = answer.extract().path("token");
            given().get("/api/v1/rsvp/" + token).then().statusCode(200).body("fullName", is("Ai Đó Một"))
                    .body("wardName", is("Phường Ba Đồn")).body("rsvp", is("PENDING")).body("invited", is(false))
                    .body("canRespond", is(true)).body("kind", is("CITIZEN"));
        }
    }

    @Test
    void aLoggedInCitizenAlreadyRegisteredIsToldSoWithoutAName() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String account = "congdan-" + UUID.randomUUID();
        String citizen = TestTokens.token(account, "Công Dân Hai Lần", List.of("citizen"), null, "phuong-ba-don");
        String phone = freshPhone();
        register(citizen, freshAddress(), plan, UUID.randomUUID().toString(), registration("Công Dân Hai Lần", phone, "phuong-ba-don"))
                .statusCode(201);
        String vi = register(citizen, freshAddress(), plan, UUID.randomUUID().toString(),
                registration("Tên Khác", freshPhone(), "phuong-ba-don")).statusCode(409)
                .contentType("application/problem+json").extract().path("detail");
        assertFalse(vi.contains("Công Dân Hai Lần"), vi);
        assertTrue(vi.contains("đã đăng ký"), vi);

        // A citizen whose registration matched a known person is told the same once it waits, and once it is confirmed.
        long next = publishedPlan(TODAY.plusDays(31));
        String known = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), citizen("Chủ Cũ Số Máy", known, "phuong-ba-don", false));
        String other = TestTokens.token("congdan-" + UUID.randomUUID(), "Người Dùng Máy", List.of("citizen"), null, "phuong-ba-don");
        register(other, freshAddress(), next, UUID.randomUUID().toString(), registration("Người Dùng Máy", known, "phuong-ba-don"))
                .statusCode(201);
        String waiting = register(other, freshAddress(), next, UUID.randomUUID().toString(),
                registration("Người Dùng Máy", freshPhone(), "phuong-ba-don")).statusCode(409).extract().path("detail");
        assertEquals(vi, waiting, "one wording for everyone");
        decide(TestTokens.vanphong(), next, pendingOf(next, known).getLong("id"), "SAME_PERSON").statusCode(200);
        String confirmed = register(other, freshAddress(), next, UUID.randomUUID().toString(),
                registration("Người Dùng Máy", known, "phuong-ba-don")).statusCode(409).extract().path("detail");
        assertEquals(vi, confirmed);
        assertFalse(confirmed.contains("Chủ Cũ Số Máy"), confirmed);
    }

    @Test
    void aRegistrationsLinkIsKnownAtTheDoorAndFollowsTheConfirmedParticipation() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        long onList = addOk(TestTokens.vanphong(), plan, citizen("Hồ Văn Có Tên", phone, "phuong-ba-don", false));
        String token = register(plan, UUID.randomUUID().toString(), registration("Hồ Văn Có Tên", phone, "phuong-ba-don"))
                .statusCode(201).extract().path("token");
        JsonPath match = pendingOf(plan, phone);
        assertTrue(match.getBoolean("matchOnList"));
        given().get("/api/v1/rsvp/" + token + "/qr.svg").then().statusCode(200);

        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("code", token))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("chờ xác nhận trùng khớp"));
        // Already on the list: confirming adds no second participation, and the registrant's link opens the one there is.
        decide(TestTokens.vanphong(), plan, match.getLong("id"), "SAME_PERSON").statusCode(200).body("participantId", is((int) onList));
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan)).then().body("totalItems", is(1));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("code", token, "outsideSessionDay", true))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(200).body("participant.id", is((int) onList))
                .body("alreadyCheckedIn", is(false));
        given().get("/api/v1/rsvp/" + token).then().statusCode(200).body("checkedInAt", notNullValue());
        // Another ward's officer scanning it at the door is told nothing.
        given().auth().oauth2(wardOfficer("phuong-quang-tho")).contentType(ContentType.JSON).body(Map.of("code", token))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(404);
    }

    // ---------------------------------------------------------------- a limit per client

    @Test
    void registrationsAreLimitedPerClientAddress() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String address = freshAddress();
        Allowance.exhaust(perClient, 201, i -> register(null, address, plan, UUID.randomUUID().toString(),
                registration("Người Gửi " + i, freshPhone(), "phuong-ba-don"))).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", is("urn:problem-type:doithoai:too-many-requests"));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", address).header("Accept-Language", "en")
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(registration("Người Gửi Thêm", freshPhone(), "phuong-ba-don"))
                .post("/api/v1/public/plans/" + plan + "/registrations").then().statusCode(429)
                .body("title", is("Too many requests"));
        // Another client is not held back by this one.
        register(null, freshAddress(), plan, UUID.randomUUID().toString(), registration("Người Khác", freshPhone(), "phuong-ba-don"))
                .statusCode(201);
    }

    // ---------------------------------------------------------------- a citizen's login is never tied to another's record

    @Test
    void aCitizenIsNotLinkedToSomeoneElsesRecordByPhone() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), citizen("Hà Thị Chủ Số", phone, "phuong-ba-don", false));
        String account = "congdan-" + UUID.randomUUID();
        String citizen = TestTokens.token(account, "Kẻ Dùng Nhờ", List.of("citizen"), null, "phuong-ba-don");

        register(citizen, freshAddress(), plan, UUID.randomUUID().toString(), registration("Kẻ Dùng Nhờ", phone, "phuong-ba-don"))
                .statusCode(201).body("fullName", is("Kẻ Dùng Nhờ"));
        Long linked = em.createQuery("select count(p) from Person p where p.account = :account", Long.class)
                .setParameter("account", account).getSingleResult();
        assertEquals(0L, linked, "no person was given the citizen's login");
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", phone).get(participants(plan)).then().body("totalItems", is(0));

        // With a phone of their own, on another plan, the same login is a person of their own, not the one above.
        long next = publishedPlan(TODAY.plusDays(31));
        String own = freshPhone();
        register(citizen, freshAddress(), next, UUID.randomUUID().toString(), registration("Kẻ Dùng Nhờ", own, "phuong-ba-don"))
                .statusCode(201);
        given().auth().oauth2(TestTokens.vanphong()).get(participants(next)).then().body("totalItems", is(1))
                .body("items[0].fullName", is("Kẻ Dùng Nhờ")).body("items[0].phone", is(own));
        assertEquals("Hà Thị Chủ Số", person(phone).getString("[0].fullName"));
    }

    // ---------------------------------------------------------------- the match waits for a decision

    @Test
    void aMatchWaitsForTheRightWardOfficerOrTheOffice() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), citizen("Võ Thị Thật", phone, "phuong-ba-don", false));
        register(plan, UUID.randomUUID().toString(), registration("Võ T. Thật", phone, "phuong-ba-don")).statusCode(201);

        JsonPath match = pendingOf(plan, phone);
        long id = match.getLong("id");
        assertEquals("PENDING_MATCH", match.getString("status"));
        assertEquals("Võ T. Thật", match.getString("fullName"));
        assertEquals("phuong-ba-don", match.getString("ward.code"));
        assertEquals("Võ Thị Thật", match.getString("matchedPerson.fullName"));
        assertNull(match.get("participantId"));

        // The ward officer of the registration's ward sees it; another ward's officer does not, and cannot decide it.
        given().auth().oauth2(wardOfficer("phuong-ba-don")).get(pending(plan)).then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) id));
        String other = wardOfficer("phuong-quang-tho");
        given().auth().oauth2(other).get(pending(plan)).then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem((int) id)));
        given().auth().oauth2(other).get(pending(plan) + "/" + id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("decision", "SAME_PERSON"))
                .post(pending(plan) + "/" + id + "/decision").then().statusCode(404);
        // Unit staff and citizens do not see registrations at all.
        given().auth().oauth2(TestTokens.phongtnmt()).get(pending(plan)).then().statusCode(403);
        given().auth().oauth2(TestTokens.congdan()).get(pending(plan)).then().statusCode(403);
        given().get(pending(plan)).then().statusCode(401);

        // A decision needs the version read; a stale one is refused.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("decision", "SAME_PERSON"))
                .post(pending(plan) + "/" + id + "/decision").then().statusCode(428);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"99\"")
                .body(Map.of("decision", "SAME_PERSON")).post(pending(plan) + "/" + id + "/decision").then().statusCode(412);

        decide(wardOfficer("phuong-ba-don"), plan, id, "SAME_PERSON").statusCode(200).body("status", is("SAME_PERSON"))
                .body("participantId", notNullValue());
        decide(TestTokens.vanphong(), plan, id, "REJECTED").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theOfficeConfirmsAndTheParticipationJoinsThePersonAndCounts() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), delegate("Lý Văn Đại", phone));
        JsonPath before = person(phone);
        var body = registration("Lý Văn Đại", phone, "phuong-ba-don");
        body.put("matter", "Đường ven sông Gianh sạt lở");
        String token = register(plan, UUID.randomUUID().toString(), body).statusCode(201).extract().path("token");
        // The registrant answers by their link while the match waits; the answer is kept.
        given().contentType(ContentType.JSON).body(Map.of("response", "ACCEPTED")).put("/api/v1/rsvp/" + token).then().statusCode(200)
                .body("rsvp", is("ACCEPTED")).body("fullName", is("Lý Văn Đại"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/composition").then().body("total.participants", is(0));

        long id = pendingOf(plan, phone).getLong("id");
        long participant = decide(TestTokens.vanphong(), plan, id, "SAME_PERSON").statusCode(200).extract().jsonPath()
                .getLong("participantId");

        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + participant).then().statusCode(200)
                .body("personId", is(before.getInt("[0].id"))).body("fullName", is("Lý Văn Đại")).body("source", is("REGISTRATION"))
                .body("matter", is("Đường ven sông Gianh sạt lở")).body("rsvp", is("ACCEPTED"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/composition").then().body("total.participants", is(1))
                .body("total.confirmed", is(1));
        // The link the registrant holds is now the link of that participation; the person's record is untouched.
        given().get("/api/v1/rsvp/" + token).then().statusCode(200).body("rsvp", is("ACCEPTED"));
        assertEquals(before.getMap("[0]"), person(phone).getMap("[0]"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("status", "PENDING_MATCH").get(pending(plan)).then()
                .body("items.phone", not(org.hamcrest.Matchers.hasItem(phone)));
    }

    @Test
    void aSeparatePersonIsRegisteredFromWhatWasEnteredAndARejectedLinkStopsWorking() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), citizen("Mẹ Dùng Chung Máy", phone, "phuong-ba-don", false));
        JsonPath before = person(phone);
        var child = registration("Con Dùng Chung Máy", phone, "phuong-ba-don");
        child.put("villageCode", "phuong-ba-don-tdp-2");
        child.put("consent", vn.doithoai.testsupport.TestConsents.online("HANDLE_MATTER", "SHOW_NAME_PUBLICLY"));
        register(plan, UUID.randomUUID().toString(), child).statusCode(201);
        long id = pendingOf(plan, phone).getLong("id");

        long participant = decide(wardOfficer("phuong-ba-don"), plan, id, "SEPARATE_PERSON").statusCode(200)
                .body("status", is("SEPARATE_PERSON")).extract().jsonPath().getLong("participantId");
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + participant).then().statusCode(200)
                .body("fullName", is("Con Dùng Chung Máy")).body("village.code", is("phuong-ba-don-tdp-2")).body("namePublic", is(true))
                .body("personId", not(is(before.getInt("[0].id")))).body("source", is("REGISTRATION"));
        assertEquals(before.getMap("[0]"), person(phone).getMap("[0]"));

        // Someone using a stranger's number is turned away: no participation, and their link no longer opens.
        String stranger = register(plan, UUID.randomUUID().toString(), registration("Kẻ Phá", phone, "phuong-ba-don")).statusCode(201)
                .extract().path("token");
        long spam = pendingOf(plan, phone).getLong("id");
        decide(TestTokens.vanphong(), plan, spam, "REJECTED").statusCode(200).body("status", is("REJECTED"))
                .body("participantId", nullValue());
        given().get("/api/v1/rsvp/" + stranger).then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan)).then().body("totalItems", is(1));
    }

    @Test
    void aWardOfficerConfirmsOnlyMatchesTheyMaySee() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        // A town delegate has no ward: their record is not the ward officer's to see.
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), delegate("Quan Chức Thị Xã", phone));
        register(plan, UUID.randomUUID().toString(), registration("Giả Danh", phone, "phuong-ba-don")).statusCode(201);
        long id = pendingOf(plan, phone).getLong("id");
        String officer = wardOfficer("phuong-ba-don");
        given().auth().oauth2(officer).get(pending(plan) + "/" + id).then().statusCode(200).body("fullName", is("Giả Danh"))
                .body("matchedPerson", nullValue()).body("matchVisible", is(false)).body(not(containsString("Quan Chức Thị Xã")));
        decide(officer, plan, id, "SAME_PERSON").statusCode(409).contentType("application/problem+json")
                .body(not(containsString("Quan Chức Thị Xã")));
        given().auth().oauth2(TestTokens.vanphong()).get(pending(plan) + "/" + id).then().statusCode(200)
                .body("matchedPerson.fullName", is("Quan Chức Thị Xã")).body("matchVisible", is(true));
    }

    @Test
    void pendingRegistrationsListEveryFieldAsEnteredOnlyToThoseWhoMaySee() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        addOk(TestTokens.vanphong(), publishedPlan(TODAY.plusDays(29)), citizen("Người Có Trước", phone, "phuong-ba-don", false));
        register(plan, UUID.randomUUID().toString(), registration("Người Đến Sau", phone, "phuong-ba-don")).statusCode(201);
        given().auth().oauth2(TestTokens.bithu()).queryParam("status", "PENDING_MATCH").get(pending(plan)).then().statusCode(200)
                .body("items.status", everyItem(is("PENDING_MATCH"))).body("items.fullName", org.hamcrest.Matchers.hasItem("Người Đến Sau"));
        // The chair reads; deciding is for the office's staff and ward officers.
        long id = pendingOf(plan, phone).getLong("id");
        decide(TestTokens.bithu(), plan, id, "SAME_PERSON").statusCode(403);
        given().auth().oauth2(TestTokens.vanphong()).get(pending(999_999)).then().statusCode(404);
    }
}
