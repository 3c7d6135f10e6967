package vn.doithoai.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.participant.ParticipantTestSupport.TODAY;
import static vn.doithoai.participant.ParticipantTestSupport.add;
import static vn.doithoai.participant.ParticipantTestSupport.addOk;
import static vn.doithoai.participant.ParticipantTestSupport.citizen;
import static vn.doithoai.participant.ParticipantTestSupport.freshPhone;
import static vn.doithoai.participant.ParticipantTestSupport.publishedPlan;
import static vn.doithoai.participant.ParticipantTestSupport.register;
import static vn.doithoai.participant.ParticipantTestSupport.registration;
import static vn.doithoai.participant.ParticipantTestSupport.wardOfficer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.testsupport.DemoPlans;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

@QuarkusTest
class ParticipantResourceTest {

    @Inject
    WorkingDayCalendar calendar;

    private static String participants(long planId) {
        return "/api/v1/plans/" + planId + "/participants";
    }

    // ---------------------------------------------------------------- scopes

    @Test
    void aWardOfficerSeesAndChangesOnlyTheirOwnWard() {
        long plan = publishedPlan(TODAY.plusDays(30));
        long other = addOk(TestTokens.vanphong(), plan, citizen("Lê Thị Thọ", freshPhone(), "phuong-quang-tho", false));
        // The ward officer's own citizen: the ward is theirs when left out.
        long own = addOk(TestTokens.phuongbadon(), plan, citizen("Trần Văn Đồn", freshPhone(), null, false));

        given().auth().oauth2(TestTokens.phuongbadon()).get(participants(plan)).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", is((int) own)).body("items.ward.code", everyItem(is("phuong-ba-don")))
                .body("totalItems", is(1));
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan)).then().statusCode(200).body("totalItems", is(2));

        // Another ward's person does not exist for them: read, edit, delete, answer, check in.
        String etag = given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + other).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.phuongbadon()).get(participants(plan) + "/" + other).then().statusCode(404);
        given().auth().oauth2(TestTokens.phuongbadon()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("person", Map.of("fullName", "Đổi tên"), "kind", "CITIZEN", "level", "VILLAGE"))
                .put(participants(plan) + "/" + other).then().statusCode(404);
        given().auth().oauth2(TestTokens.phuongbadon()).header("If-Match", etag).delete(participants(plan) + "/" + other)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.phuongbadon()).contentType(ContentType.JSON).body(Map.of("response", "ACCEPTED"))
                .put(participants(plan) + "/" + other + "/rsvp").then().statusCode(404);
        given().auth().oauth2(TestTokens.phuongbadon()).contentType(ContentType.JSON).body(Map.of("participantId", other))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + other).then().statusCode(200)
                .body("fullName", is("Lê Thị Thọ"));

        // Nor may they enter someone of another ward.
        add(TestTokens.phuongbadon(), plan, citizen("Người phường khác", freshPhone(), "phuong-quang-tho", false)).statusCode(400)
                .body("errors[0].field", is("person.wardCode"));
        // The other ward's own officer sees that person and not ours.
        given().auth().oauth2(wardOfficer("phuong-quang-tho")).get(participants(plan)).then().statusCode(200)
                .body("items.id", hasItem((int) other)).body("items.id", not(hasItem((int) own)));
    }

    @Test
    void contactDataAndNamesFollowTheRole() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        long hidden = addOk(TestTokens.vanphong(), plan, citizen("Nguyễn Thị Hường", phone, "phuong-ba-don", false));
        long named = addOk(TestTokens.vanphong(), plan, citizen("Phạm Văn Công", freshPhone(), "phuong-ba-don", true));
        String one = participants(plan) + "/" + hidden;

        for (String token : List.of(TestTokens.vanphong(), TestTokens.bithu(), TestTokens.phuongbadon())) {
            given().auth().oauth2(token).get(one).then().statusCode(200).body("fullName", is("Nguyễn Thị Hường"))
                    .body("phone", is(phone)).body("contactVisible", is(true));
        }
        // Unit staff: no contact data, and the citizen who did not agree is "Công dân phường Ba Đồn".
        given().auth().oauth2(TestTokens.phongtnmt()).get(one).then().statusCode(200).body("fullName", nullValue())
                .body("displayName", is("Công dân phường Ba Đồn")).body("phone", nullValue()).body("token", nullValue())
                .body("contactVisible", is(false));
        given().auth().oauth2(TestTokens.phongtnmt()).header("Accept-Language", "en").get(one).then()
                .body("displayName", is("A citizen of phường Ba Đồn"));
        given().auth().oauth2(TestTokens.phongtnmt()).get(participants(plan) + "/" + named).then()
                .body("fullName", is("Phạm Văn Công")).body("phone", nullValue());
        // Searching a masked list by name does not find the hidden citizen.
        given().auth().oauth2(TestTokens.phongtnmt()).queryParam("q", "Hường").get(participants(plan)).then().body("totalItems", is(0));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", phone.substring(0, 4) + " " + phone.substring(4))
                .get(participants(plan)).then().body("items[0].id", is((int) hidden));
        // Public page: names only where agreed, never contact data.
        given().get("/api/v1/public/plans/" + plan + "/participants").then().statusCode(200)
                .body("items.displayName", hasItem("Công dân phường Ba Đồn")).body("items.displayName", hasItem("Phạm Văn Công"))
                .body("items.displayName", not(hasItem("Nguyễn Thị Hường"))).body(not(containsString(phone)));
        // Citizens and admins are not part of staff work on participants.
        given().auth().oauth2(TestTokens.congdan()).get(participants(plan)).then().statusCode(403);
        given().auth().oauth2(TestTokens.quantri()).get(participants(plan)).then().statusCode(403);
        given().get(participants(plan)).then().statusCode(401);
    }

    // ---------------------------------------------------------------- invitations

    @Test
    void aLateInvitationIsRefusedNamingTheDeadlineUnlessAReasonIsRecorded() {
        LocalDate session = TODAY.plusDays(2);
        long plan = publishedPlan(session);
        long delegate = addOk(TestTokens.vanphong(), plan, TestConsents.with(Map.of("person", Map.of("fullName", "Đinh Văn Phòng",
                "title", "Trưởng phòng", "organisationCode", "phong-tnmt"), "kind", "DELEGATE", "level", "TOWN")));
        LocalDate deadline = calendar.national().addWorkingDays(session, -3);
        Map<String, Object> batch = new HashMap<>(Map.of("number", "125-GM/ThU", "issuedOn", TODAY.toString(), "channel", "HAND_DELIVERY",
                "participantIds", List.of(delegate)));

        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(409)
                .body("type", is("urn:problem-type:doithoai:invitation-late"))
                .body("detail", containsString(deadline.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))))
                .body("detail", containsString("lý do"));
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + delegate).then().body("invitation", nullValue());

        batch.put("lateOverrideReason", "Lịch đối thoại được Thường trực dời sớm hơn dự kiến");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(201)
                .body("late", is(true)).body("deadline", is(deadline.toString())).body("participantCount", is(1))
                .body("overrideReason", is("Lịch đối thoại được Thường trực dời sớm hơn dự kiến"));
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + delegate).then()
                .body("invitation.number", is("125-GM/ThU")).body("invitation.late", is(true));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/history").then().statusCode(200)
                .body("action", hasItem("invitations-late-override"))
                .body("find { it.action == 'invitations-late-override' }.actor", is("vanphong"))
                .body("find { it.action == 'invitations-late-override' }.changes.lateOverrideReason.to",
                        is("Lịch đối thoại được Thường trực dời sớm hơn dự kiến"));
        // Invited once: a second batch naming them is refused, and changes nothing.
        batch.put("number", "126-GM/ThU");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(400)
                .body("errors[0].message", containsString("Đinh Văn Phòng"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/invitations").then().body("", hasSize(1));
    }

    @Test
    void invitationsInTimeNeedNoReasonAndCitizensFollowTheirOwnRule() {
        long plan = publishedPlan(TODAY.plusDays(30));
        long citizen = addOk(TestTokens.vanphong(), plan, citizen("Võ Thị Mai", freshPhone(), "phuong-ba-don", false));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan).then()
                .body("invitationRule.unit", is("WORKING_DAYS")).body("citizenInvitationRule.unit", is("CALENDAR_DAYS"))
                .body("citizenInvitationDeadline", is(expectedCitizenDeadline(TODAY.plusDays(30)).toString()));
        given().auth().oauth2(TestTokens.phuongbadon()).contentType(ContentType.JSON)
                .body(Map.of("number", "12-GM/ĐU", "issuedOn", TODAY.toString(), "channel", "HAND_DELIVERY", "participantIds", List.of(citizen)))
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(201).body("late", is(false))
                .body("overrideReason", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("number", "13-GM", "issuedOn", TODAY.plusDays(1).toString(), "channel", "POST", "participantIds", List.of(citizen)))
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(400).body("errors.field", hasItem("issuedOn"));
    }

    private LocalDate expectedCitizenDeadline(LocalDate session) {
        LocalDate due = session.minusDays(3);
        while (!calendar.national().isWorkingDay(due)) {
            due = due.minusDays(1);
        }
        return due;
    }

    // ---------------------------------------------------------------- RSVP link and check-in

    @Test
    void theConfirmationTokenIsUnguessableAndBoundToOnePlan() {
        long plan = publishedPlan(TODAY.plusDays(30));
        long otherPlan = publishedPlan(TODAY.plusDays(31));
        long a = addOk(TestTokens.vanphong(), plan, citizen("Hồ Văn Lợi", freshPhone(), "phuong-ba-don", false));
        long b = addOk(TestTokens.vanphong(), plan, citizen("Hồ Thị Lý", freshPhone(), "phuong-ba-don", false));
        String tokenA = token(plan, a);
        String tokenB = token(plan, b);
        assertEquals(43, tokenA.length());
        assertTrue(tokenA.matches("[A-Za-z0-9_-]{43}"));
        assertNotEquals(tokenA, tokenB);

        given().get("/api/v1/rsvp/" + tokenA).then().statusCode(200).body("fullName", is("Hồ Văn Lợi")).body("planId", is((int) plan))
                .body("rsvp", is("PENDING")).body("canRespond", is(true));
        char last = tokenA.charAt(42);
        given().get("/api/v1/rsvp/" + tokenA.substring(0, 42) + (last == 'A' ? 'B' : 'A')).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/rsvp/không-phải-mã").then().statusCode(404);

        given().contentType(ContentType.JSON).body(Map.of("response", "ACCEPTED", "note", "Sẽ đến đúng giờ"))
                .put("/api/v1/rsvp/" + tokenA).then().statusCode(200).body("rsvp", is("ACCEPTED"));
        given().contentType(ContentType.JSON).body(Map.of("response", "PENDING")).put("/api/v1/rsvp/" + tokenA).then().statusCode(400);
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + a).then().body("rsvp", is("ACCEPTED"))
                .body("rsvpNote", is("Sẽ đến đúng giờ"));

        // The code of this plan checks no one in at another plan.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("code", tokenA))
                .post("/api/v1/plans/" + otherPlan + "/check-ins").then().statusCode(404)
                .body("detail", is("Mã này không thuộc cuộc đối thoại này."));
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + a).then().body("checkedInAt", nullValue());
    }

    @Test
    void checkingInByQrCountsOnceAndTellsTheSecondScan() {
        long plan = publishedPlan(TODAY.plusDays(30));
        long a = addOk(TestTokens.vanphong(), plan, citizen("Mai Văn Tới", freshPhone(), "phuong-ba-don", false));
        String token = token(plan, a);
        int villageGroup = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/composition").then()
                .statusCode(200).body("groups.find { it.level == 'VILLAGE' }.participants", is(1))
                .body("groups.find { it.level == 'VILLAGE' }.attended", is(0))
                .body("groups.find { it.level == 'TOWN' }.missing", is(true))
                .extract().path("groups.find { it.level == 'VILLAGE' }.groupId");
        assertTrue(villageGroup > 0);

        given().auth().oauth2(TestTokens.phuongbadon()).contentType(ContentType.JSON)
                .body(Map.of("code", "http://localhost:5173/xac-nhan/" + token + "?from=qr", "outsideSessionDay", true))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(200)
                .body("alreadyCheckedIn", is(false)).body("participant.fullName", is("Mai Văn Tới"))
                .body("composition.groups.find { it.level == 'VILLAGE' }.attended", is(1))
                .body("composition.total.attended", is(1));
        String first = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("code", token))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(200).body("alreadyCheckedIn", is(true))
                .body("composition.total.attended", is(1)).extract().path("checkedInAt");
        given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + a).then().body("checkedInAt", is(first));
        // An answer cannot change once the person is in the room.
        given().contentType(ContentType.JSON).body(Map.of("response", "DECLINED")).put("/api/v1/rsvp/" + token).then().statusCode(409);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("code", "xyz"))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(400).body("errors[0].field", is("code"));
    }

    private static String token(long plan, long participant) {
        return given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + participant).then().statusCode(200)
                .extract().path("token");
    }

    // ---------------------------------------------------------------- registration

    @Test
    void aRetriedRegistrationRegistersOnce() throws Exception {
        long plan = publishedPlan(TODAY.plusDays(30));
        String key = UUID.randomUUID().toString();
        var body = registration("Trương Thị Lan", freshPhone(), "phuong-ba-don");

        String token = register(plan, key, body).statusCode(201).header("Idempotent-Replayed", "false")
                .body("fullName", is("Trương Thị Lan")).body("wardName", is("Phường Ba Đồn")).extract().path("token");
        register(plan, key, body).statusCode(201).header("Idempotent-Replayed", "true").body("token", is(token));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "Trương Thị Lan").get(participants(plan)).then()
                .body("totalItems", is(1)).body("items[0].source", is("REGISTRATION")).body("items[0].kind", is("CITIZEN"))
                .body("items[0].matter", containsString("Rác thải"));

        // The same key for something else is refused; no key at all is refused with a reason.
        var other = registration("Người khác", freshPhone(), "phuong-ba-don");
        register(plan, key, other).statusCode(422).body("type", is("urn:problem-type:doithoai:unprocessable"));
        register(plan, null, other).statusCode(400).body("errors[0].field", is("Idempotency-Key"));

        // Two copies of one request in flight at once (a phone retrying while the first is still on its way).
        String racing = UUID.randomUUID().toString();
        var raced = registration("Đặng Văn Nhanh", freshPhone(), "phuong-ba-don");
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<Integer> call = () -> register(plan, racing, raced).extract().statusCode();
            answers.add(pool.submit(call));
        }
        int created = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            assertTrue(status == 201 || status == 409, "status " + status);
            created += status == 201 ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(created >= 1);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "Đặng Văn Nhanh").get(participants(plan)).then()
                .body("totalItems", is(1));
    }

    @Test
    void aWardOfficersRetriedEntryAddsOnce() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String key = UUID.randomUUID().toString();
        var request = citizen("Quách Văn Mạng", freshPhone(), null, false);
        int first = given().auth().oauth2(TestTokens.phuongbadon()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).post(participants(plan)).then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.phuongbadon()).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(request).post(participants(plan)).then().statusCode(201).body("id", is(first));
        given().auth().oauth2(TestTokens.phuongbadon()).get(participants(plan)).then().body("totalItems", is(1));
    }

    @Test
    void theSamePhoneRegisteringAgainIsRecognised() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String phone = freshPhone();
        register(plan, UUID.randomUUID().toString(), registration("Lưu Văn Hải", phone, "phuong-ba-don")).statusCode(201);
        String written = "+84 " + phone.substring(1, 4) + " " + phone.substring(4, 7) + " " + phone.substring(7);
        // Written another way, the number is recognised: the second registration waits for staff, marked as already on the list,
        // and answers like any other (a registrant is not told who has the number or that they are on the list).
        register(plan, UUID.randomUUID().toString(), registration("Lưu V. Hải", written, "phuong-ba-don")).statusCode(201)
                .body("fullName", is("Lưu V. Hải"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("status", "PENDING_MATCH").get("/api/v1/plans/" + plan + "/pending-registrations")
                .then().statusCode(200).body("totalItems", is(1)).body("items[0].phone", is(phone))
                .body("items[0].matchedPerson.fullName", is("Lưu Văn Hải")).body("items[0].matchOnList", is(true));
        add(TestTokens.vanphong(), plan, citizen("Lưu Văn Hải", phone, "phuong-ba-don", false)).statusCode(409);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", phone).get(participants(plan)).then().body("totalItems", is(1));
        // Same person, another plan: one person, two participations.
        long next = publishedPlan(TODAY.plusDays(40));
        register(next, UUID.randomUUID().toString(), registration("Lưu Văn Hải", phone, "phuong-ba-don")).statusCode(201);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("phone", written).get("/api/v1/people").then().statusCode(200)
                .body("", hasSize(1)).body("[0].phone", is(phone));
    }

    @Test
    void registrationChecksEveryFieldAndOnlyOpenPlans() {
        long plan = publishedPlan(TODAY.plusDays(30));
        var bad = registration("Ai Đó", "12345", "thi-uy");
        bad.put("villageCode", "xa-quang-hoa-thon-1");
        register(plan, UUID.randomUUID().toString(), bad).statusCode(400)
                .body("errors.field", hasItem("phone")).body("errors.field", hasItem("wardCode"));
        var wrongVillage = registration("Ai Đó", freshPhone(), "phuong-ba-don");
        wrongVillage.put("villageCode", "xa-quang-hoa-thon-1");
        register(plan, UUID.randomUUID().toString(), wrongVillage).statusCode(400).body("errors[0].field", is("villageCode"));
        long seed = DemoPlans.plan61();
        register(seed, UUID.randomUUID().toString(), registration("Ai Đó", freshPhone(), "phuong-ba-don")).statusCode(409);
        register(999_999, UUID.randomUUID().toString(), registration("Ai Đó", freshPhone(), "phuong-ba-don")).statusCode(404);
    }

    @Test
    void aLoggedInCitizenRegistersAsThemselves() {
        long plan = publishedPlan(TODAY.plusDays(30));
        String citizen = TestTokens.token("congdan-" + UUID.randomUUID(), "Công Dân Mới", List.of("citizen"), null, "phuong-ba-don");
        given().auth().oauth2(citizen).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(registration("Công Dân Mới", freshPhone(), "phuong-ba-don"))
                .post("/api/v1/public/plans/" + plan + "/registrations").then().statusCode(201);
        // With another phone the same login is still the same person.
        given().auth().oauth2(citizen).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(registration("Công Dân Mới", freshPhone(), "phuong-ba-don"))
                .post("/api/v1/public/plans/" + plan + "/registrations").then().statusCode(409);
    }

    @Test
    void staffEntriesAreValidatedAndAudited() {
        long plan = publishedPlan(TODAY.plusDays(30));
        add(TestTokens.vanphong(), plan, Map.of("kind", "CITIZEN", "level", "VILLAGE")).statusCode(400);
        add(TestTokens.vanphong(), plan, TestConsents.with(Map.of("person", Map.of("fullName", "A"), "kind", "CITIZEN", "level", "VILLAGE",
                "groupId", 987654)))
                .statusCode(400).body("errors[0].field", is("groupId"));
        add(TestTokens.phongtnmt(), plan, citizen("Không được", freshPhone(), "phuong-ba-don", false)).statusCode(403);
        long id = addOk(TestTokens.vanphong(), plan, citizen("Bùi Thị Sửa", freshPhone(), "phuong-ba-don", false));
        String etag = given().auth().oauth2(TestTokens.vanphong()).get(participants(plan) + "/" + id).then().extract().header("ETag");
        Map<String, Object> update = Map.of("person", Map.of("fullName", "Bùi Thị Sửa Tên", "wardCode", "phuong-ba-don"),
                "kind", "CITIZEN", "level", "VILLAGE");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put(participants(plan) + "/" + id).then().statusCode(200).body("fullName", is("Bùi Thị Sửa Tên"));
        // A second editor holding the old version is stopped, not silently overwritten.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag).body(update)
                .put(participants(plan) + "/" + id).then().statusCode(412);
    }
}
