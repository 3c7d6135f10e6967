package vn.doithoai.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/** Session mode: the office runs the session on the day; the chair follows; creates resent with the same key count once. */
@QuarkusTest
class SessionTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = TestClock.today();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private static String address() {
        int n = ADDRESSES.getAndIncrement();
        return "10.79." + (n / 250) + "." + (n % 250 + 1);
    }

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    @Test
    void onlyTheOfficeRunsTheSessionAndTheChairFollowsIt() {
        long plan = publishedPlan(TODAY);
        given().auth().oauth2(TestTokens.bithu()).get(path(plan)).then().statusCode(200).body("started", is(false))
                .body("agenda", hasSize(7)).body("agenda.state", contains("PENDING", "PENDING", "PENDING", "PENDING", "PENDING", "PENDING",
                        "PENDING"));
        given().auth().oauth2(TestTokens.phongtnmt()).get(path(plan)).then().statusCode(403);
        given().auth().oauth2(TestTokens.phuongbadon()).get(path(plan)).then().statusCode(403);
        given().auth().oauth2(TestTokens.congdan()).get(path(plan)).then().statusCode(403);
        given().get(path(plan)).then().statusCode(401);
        as(TestTokens.bithu()).post(path(plan) + "/start").then().statusCode(403);
        as(TestTokens.vanphong()).post(path(plan) + "/start").then().statusCode(200).body("started", is(true))
                .body("startedAt", notNullValue()).header("ETag", is("\"0\""));
        as(TestTokens.bithu()).body(Map.of("name", "Nguyễn Văn A")).post(path(plan) + "/speakers").then().statusCode(403);
        assertEquals("started", audit.trail("Session", Long.toString(plan)).get(0).action);
    }

    @Test
    void theSessionStartsOnlyOnItsDayOfAPublishedPlan() {
        long later = publishedPlan(TODAY.plusDays(3));
        as(TestTokens.vanphong()).post(path(later) + "/start").then().statusCode(409).body("detail", containsString("Chưa đến ngày hội nghị"));
        long draft = TestPlans.create(TODAY, "Đối thoại phiên", "73", "Đô thị", List.of("Trật tự đô thị")).getLong("id");
        as(TestTokens.vanphong()).header("Accept-Language", "en").post(path(draft) + "/start").then().statusCode(409)
                .body("detail", containsString("only once the plan is published"));
        // Nothing before the start.
        as(TestTokens.vanphong()).body(Map.of("name", "Nguyễn Văn A")).post(path(later) + "/speakers").then().statusCode(409);
        given().auth().oauth2(TestTokens.vanphong()).get(path(later)).then().statusCode(200).body("started", is(false))
                .body("speakers", empty());
    }

    @Test
    void theOrderIsBuiltFromRegisteredMattersThenTheFloorAndIsCalledInTurn() {
        long plan = publishedPlan(TODAY);
        register(plan, "Hoàng Thị Mỹ", "Thủ tục cấp giấy chứng nhận quyền sử dụng đất kéo dài quá hạn.");
        register(plan, "Đinh Văn Phúc", "Rác thải chưa được thu gom thường xuyên ở khu vực chợ.");
        long delegate = participant(plan, "Lưu Đức Thọ", null);
        long withItem = participant(plan, "Võ Văn Đông", null);
        long item = officeItem(plan, withItem, "Bê tông hóa đường kiệt tổ dân phố 3");

        JsonPath started = as(TestTokens.vanphong()).post(path(plan) + "/start").then().statusCode(200)
                .body("speakers.name", contains("Hoàng Thị Mỹ", "Đinh Văn Phúc", "Võ Văn Đông"))
                .body("speakers.source", contains("REGISTERED", "REGISTERED", "REGISTERED"))
                .body("speakers.seq", contains(1, 2, 3)).body("speakers[0].affiliation", is("Phường Ba Đồn"))
                .body("speakers[2].items.feedbackId", contains((int) item)).body("speakers[2].items[0].newAtSession", is(false))
                .body("counts.speakers", is(3)).body("counts.waiting", is(3)).extract().jsonPath();
        assertTrue(started.getList("speakers.participationId", Long.class).stream().noneMatch(id -> id == delegate));
        // Adding the registered again adds nobody twice.
        as(TestTokens.vanphong()).post(path(plan) + "/speakers/registered").then().statusCode(200).body("speakers", hasSize(3));

        long floor = floor(plan, key(), "Trần Văn Bình", "Tổ dân phố 2, phường Ba Đồn").getLong("id");
        JsonPath view = get(plan);
        List<Long> ids = view.getList("speakers.id", Long.class);
        assertEquals(floor, ids.get(3));
        assertEquals("FLOOR", view.getString("speakers[3].source"));

        // The floor speaker goes first.
        as(TestTokens.vanphong()).header("If-Match", etag(plan)).body(Map.of("speakerIds", List.of(floor, ids.get(0), ids.get(1), ids.get(2))))
                .put(path(plan) + "/speakers/order").then().statusCode(200).body("speakers.id", contains((int) floor, ids.get(0).intValue(),
                        ids.get(1).intValue(), ids.get(2).intValue())).body("speakers.seq", contains(1, 2, 3, 4));
        // An order leaving someone out changes nothing.
        as(TestTokens.vanphong()).header("If-Match", etag(plan)).body(Map.of("speakerIds", List.of(floor, ids.get(0))))
                .put(path(plan) + "/speakers/order").then().statusCode(400).body("errors[0].field", is("speakerIds"));

        next(plan).statusCode(200).body("speakers[0].status", is("SPEAKING")).body("speakers[0].startedAt", notNullValue());
        next(plan).statusCode(200).body("speakers[0].status", is("DONE")).body("speakers[1].status", is("SPEAKING"));
        // Skipped: the one speaking is moved on with a note; skipping twice changes nothing.
        long second = ids.get(0);
        as(TestTokens.vanphong()).header("If-Match", speakerVersion(plan, second)).body(Map.of("status", "DONE", "summary", "Hỏi về sổ đỏ"))
                .put(path(plan) + "/speakers/" + second + "/status").then().statusCode(200).body("speakers[1].status", is("DONE"))
                .body("speakers[1].summary", is("Hỏi về sổ đỏ")).body("counts.spoken", is(2));
        as(TestTokens.vanphong()).header("If-Match", speakerVersion(plan, second)).body(Map.of("status", "WAITING"))
                .put(path(plan) + "/speakers/" + second + "/status").then().statusCode(409);
        as(TestTokens.vanphong()).header("If-Match", speakerVersion(plan, ids.get(2))).body(Map.of("status", "SKIPPED"))
                .put(path(plan) + "/speakers/" + ids.get(2) + "/status").then().statusCode(200).body("speakers[3].status", is("SKIPPED"));
    }

    @Test
    void aFloorSpeakerRaisesANewItemAtTheSessionAndIsAnswered() {
        long plan = publishedPlan(TODAY);
        start(plan);
        String speakerKey = key();
        long speaker = floor(plan, speakerKey, "Phan Văn Hòa", "Thôn 2, xã Quảng Minh").getLong("id");

        // Raised by the speaker's key (the laptop added them while offline): a new item, channel AT_SESSION.
        JsonPath raised = as(TestTokens.vanphong()).header("Idempotency-Key", key())
                .body(Map.of("speakerKey", speakerKey, "kind", "PETITION", "content", "Đề nghị lắp đèn chiếu sáng tuyến đường ven sông Gianh."))
                .post(path(plan) + "/raised").then().statusCode(201).body("id", is((int) speaker)).body("items", hasSize(1))
                .body("items[0].newAtSession", is(true)).body("items[0].trackingCode", containsString("DT-"))
                .body("items[0].title", is("Đề nghị lắp đèn chiếu sáng tuyến đường ven sông Gianh.")).extract().jsonPath();
        long item = raised.getLong("items[0].feedbackId");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().statusCode(200)
                .body("channel", is("AT_SESSION")).body("submitterName", is("Phan Văn Hòa")).body("status", is("RECEIVED"));

        // Answered: recorded; the item is not approved, so it is not marked answered at the session.
        as(TestTokens.vanphong()).header("Idempotency-Key", key())
                .body(Map.of("speakerId", speaker, "feedbackId", item, "answeredBy", "Đỗ Minh Tuấn, Chủ tịch UBND thị xã", "unitCode", "phong-qldt",
                        "content", "UBND thị xã giao phòng Quản lý đô thị khảo sát, lắp đặt trong quý I.", "markItemAnswered", true))
                .post(path(plan) + "/answers").then().statusCode(201).body("speakerId", is((int) speaker)).body("feedbackId", is((int) item))
                .body("unit.code", is("phong-qldt")).body("itemStatus", is("RECEIVED"));
        get(plan);
        given().auth().oauth2(TestTokens.bithu()).get(path(plan)).then().statusCode(200).body("answers", hasSize(1))
                .body("answers[0].answeredBy", is("Đỗ Minh Tuấn, Chủ tịch UBND thị xã")).body("counts.newItems", is(1))
                .body("counts.itemsRaised", is(1));

        // An existing item of another plan is refused, nothing changed.
        long other = publishedPlan(TODAY);
        long foreign = officeItem(other, null, "Ý kiến kế hoạch khác");
        as(TestTokens.vanphong()).header("Idempotency-Key", key()).body(Map.of("speakerId", speaker, "feedbackId", foreign))
                .post(path(plan) + "/raised").then().statusCode(400).body("errors[0].field", is("feedbackId"));
        as(TestTokens.vanphong()).header("Idempotency-Key", key()).body(Map.of("speakerId", speaker))
                .post(path(plan) + "/raised").then().statusCode(400).body("errors[0].field", is("content"));
        as(TestTokens.vanphong()).header("Idempotency-Key", key()).body(Map.of("speakerId", speaker, "content", ""))
                .post(path(plan) + "/answers").then().statusCode(400);
        get(plan);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().body("speakers[0].items", hasSize(1)).body("answers", hasSize(1));
    }

    @Test
    void anAnswerOnAnApprovedItemMarksItAnsweredAtTheSession() {
        var created = TestPlans.create(TODAY, "Đối thoại phiên", "74", "Môi trường", List.of("Rác thải"));
        long plan = created.getLong("id");
        TestPlans.publish(plan);
        long item = officeItem(plan, null, "Đèn đường tổ dân phố 1");
        approve(item, created.getLong("focusAreas[0].id"));
        start(plan);
        long speaker = floor(plan, key(), "Nguyễn Thị Lài", "Tổ dân phố 1").getLong("id");
        as(TestTokens.vanphong()).header("Idempotency-Key", key()).body(Map.of("speakerId", speaker, "feedbackId", item))
                .post(path(plan) + "/raised").then().statusCode(201).body("items[0].newAtSession", is(false));
        as(TestTokens.vanphong()).header("Idempotency-Key", key())
                .body(Map.of("speakerId", speaker, "feedbackId", item, "answeredBy", "Đặng Văn Lực, Trưởng phòng TN&MT",
                        "content", "Sẽ thay đèn trong tháng này.", "markItemAnswered", true))
                .post(path(plan) + "/answers").then().statusCode(201).body("itemStatus", is("ANSWERED_AT_SESSION"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().body("status", is("ANSWERED_AT_SESSION"));
    }

    @Test
    void theSameClientKeyTwiceRecordsOnce() {
        long plan = publishedPlan(TODAY);
        start(plan);
        String speakerKey = key();
        long first = floor(plan, speakerKey, "Cao Văn Nam", "Phường Quảng Phong").getLong("id");
        long again = floor(plan, speakerKey, "Cao Văn Nam", "Phường Quảng Phong").getLong("id");
        assertEquals(first, again);

        String itemKey = key();
        Map<String, Object> raise = Map.of("speakerId", first, "content", "Tiêu chí nông thôn mới nâng cao về môi trường.");
        long item = as(TestTokens.vanphong()).header("Idempotency-Key", itemKey).body(raise).post(path(plan) + "/raised").then()
                .statusCode(201).extract().jsonPath().getLong("items[0].feedbackId");
        as(TestTokens.vanphong()).header("Idempotency-Key", itemKey).body(raise).post(path(plan) + "/raised").then().statusCode(201)
                .body("items.feedbackId", contains((int) item));

        String answerKey = key();
        Map<String, Object> answer = Map.of("speakerId", first, "answeredBy", "Ngô Quốc Bảo, Trưởng phòng Quản lý đô thị",
                "content", "Phòng sẽ rà soát tiêu chí.");
        long a1 = as(TestTokens.vanphong()).header("Idempotency-Key", answerKey).body(answer).post(path(plan) + "/answers").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        long a2 = as(TestTokens.vanphong()).header("Idempotency-Key", answerKey).body(answer).post(path(plan) + "/answers").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        assertEquals(a1, a2);
        // The same key for something else is refused.
        as(TestTokens.vanphong()).header("Idempotency-Key", answerKey).body(Map.of("speakerId", first, "answeredBy", "Khác", "content", "Khác"))
                .post(path(plan) + "/answers").then().statusCode(422);

        JsonPath view = get(plan);
        assertEquals(1, view.getList("speakers").size());
        assertEquals(1, view.getList("answers").size());
        assertEquals(answerKey, view.getString("answers[0].clientKey"));
        assertEquals(speakerKey, view.getString("speakers[0].clientKey"));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from feedback_item where plan_id = ?1").setParameter(1, plan).getSingleResult()).longValue()));
    }

    @Test
    void aStaleVersionChangesNothing() {
        long plan = publishedPlan(TODAY);
        start(plan);
        long agendaItem = get(plan).getLong("agenda[0].agendaItemId");
        String stale = etag(plan);
        as(TestTokens.vanphong()).header("If-Match", stale).body(Map.of("state", "IN_PROGRESS"))
                .put(path(plan) + "/agenda/" + agendaItem).then().statusCode(200).body("agenda[0].state", is("IN_PROGRESS"))
                .body("currentAgendaItemId", is((int) agendaItem));
        as(TestTokens.vanphong()).header("If-Match", stale).body(Map.of("state", "DONE"))
                .put(path(plan) + "/agenda/" + agendaItem).then().statusCode(412);
        as(TestTokens.vanphong()).body(Map.of("state", "DONE")).put(path(plan) + "/agenda/" + agendaItem).then().statusCode(428);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().body("agenda[0].state", is("IN_PROGRESS"));

        long speaker = floor(plan, key(), "Lê Văn Cường", "Tổ dân phố 1, phường Quảng Thọ").getLong("id");
        String speakerStale = speakerVersion(plan, speaker);
        next(plan).statusCode(200);
        as(TestTokens.vanphong()).header("If-Match", speakerStale).body(Map.of("status", "SKIPPED"))
                .put(path(plan) + "/speakers/" + speaker + "/status").then().statusCode(412);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().body("speakers[0].status", is("SPEAKING"));
    }

    @Test
    void endingTheSessionFinishesWhatIsUnderWayAndMayHoldThePlan() {
        long plan = publishedPlan(TODAY);
        start(plan);
        JsonPath view = get(plan);
        long first = view.getLong("agenda[0].agendaItemId");
        long second = view.getLong("agenda[1].agendaItemId");
        agenda(plan, first, "IN_PROGRESS");
        // Starting the next item finishes the one under way.
        agenda(plan, second, "IN_PROGRESS").body("agenda[0].state", is("DONE")).body("agenda[0].endedAt", notNullValue())
                .body("agenda[1].state", is("IN_PROGRESS")).body("currentAgendaItemId", is((int) second));
        floor(plan, key(), "Đoàn Thị Yến", "Phường Quảng Long");
        next(plan);
        as(TestTokens.vanphong()).header("If-Match", etag(plan)).body(Map.of("markPlanHeld", true)).post(path(plan) + "/end").then()
                .statusCode(200).body("endedAt", notNullValue()).body("planStatus", is("HELD")).body("agenda[1].state", is("DONE"))
                .body("currentAgendaItemId", nullValue()).body("speakers[0].status", is("DONE"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan).then().body("status", is("HELD"));
        // Running it is over; an answer the laptop kept while offline is still taken.
        as(TestTokens.vanphong()).header("If-Match", etag(plan)).body(Map.of("state", "IN_PROGRESS"))
                .put(path(plan) + "/agenda/" + first).then().statusCode(409);
        as(TestTokens.vanphong()).header("If-Match", etag(plan)).body(Map.of()).post(path(plan) + "/end").then().statusCode(409)
                .body("detail", containsString("đã kết thúc"));
        as(TestTokens.vanphong()).header("Idempotency-Key", key()).body(Map.of("answeredBy", "Đỗ Minh Tuấn", "content", "Trả lời chung."))
                .post(path(plan) + "/answers").then().statusCode(201);
        assertTrue(audit.trail("Session", Long.toString(plan)).stream().anyMatch(e -> e.action.equals("ended")));
    }

    // --- helpers ---

    private static String path(long plan) {
        return "/api/v1/plans/" + plan + "/session";
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static long publishedPlan(LocalDate session) {
        long id = TestPlans.create(session, "Đối thoại phiên", "75", "Đô thị văn minh", List.of("Trật tự đô thị")).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    private static void start(long plan) {
        as(TestTokens.vanphong()).post(path(plan) + "/start").then().statusCode(200);
    }

    private static JsonPath get(long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().statusCode(200).extract().jsonPath();
    }

    private static String etag(long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().statusCode(200).extract().header("ETag");
    }

    private static String speakerVersion(long plan, long speaker) {
        JsonPath view = get(plan);
        List<Long> ids = view.getList("speakers.id", Long.class);
        return "\"" + view.getLong("speakers[" + ids.indexOf(speaker) + "].version") + "\"";
    }

    private static ValidatableResponse next(long plan) {
        return as(TestTokens.vanphong()).header("If-Match", etag(plan)).post(path(plan) + "/speakers/next").then();
    }

    private static ValidatableResponse agenda(long plan, long item, String state) {
        return as(TestTokens.vanphong()).header("If-Match", etag(plan)).body(Map.of("state", state))
                .put(path(plan) + "/agenda/" + item).then().statusCode(200);
    }

    private static JsonPath floor(long plan, String key, String name, String affiliation) {
        return as(TestTokens.vanphong()).header("Idempotency-Key", key).body(Map.of("name", name, "affiliation", affiliation))
                .post(path(plan) + "/speakers").then().statusCode(201).body("source", is("FLOOR")).extract().jsonPath();
    }

    private static void register(long plan, String name, String matter) {
        // From an address of its own: registrations are limited per client.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key()).header("X-Forwarded-For", address())
                .body(TestConsents.with(Map.of("fullName", name, "phone", phone(), "wardCode", "phuong-ba-don", "matter", matter)))
                .post("/api/v1/public/plans/" + plan + "/registrations").then().statusCode(201);
    }

    private static long participant(long plan, String name, String matter) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", name);
        person.put("phone", phone());
        person.put("wardCode", "phuong-ba-don");
        Map<String, Object> request = TestConsents.with(Map.of("person", person, "kind", "CITIZEN", "level", "VILLAGE"));
        if (matter != null) {
            request.put("matter", matter);
        }
        return as(TestTokens.vanphong()).body(request).post("/api/v1/plans/" + plan + "/participants").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static long officeItem(long plan, Long participant, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PETITION", "channel", "WARD_COLLECTED", "title", title,
                "content", title + ".", "wardCode", "phuong-ba-don"));
        if (participant != null) {
            body.put("participantId", participant);
        }
        return as(TestTokens.vanphong()).body(body).post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static void approve(long item, long area) {
        as(TestTokens.vanphong()).header("If-Match", feedbackEtag(item)).body(Map.of("focusAreaId", area, "priority", "NORMAL"))
                .put("/api/v1/feedback/" + item + "/classification").then().statusCode(200);
        as(TestTokens.vanphong()).header("If-Match", feedbackEtag(item)).body(Map.of("unitCode", "phong-tnmt"))
                .put("/api/v1/feedback/" + item + "/assignment").then().statusCode(200);
        as(TestTokens.phongtnmt()).header("If-Match", feedbackEtag(item)).body(Map.of("text", "Sẽ thay đèn trong tháng này."))
                .put("/api/v1/feedback/" + item + "/answer").then().statusCode(200);
        as(TestTokens.vanphong()).header("If-Match", feedbackEtag(item)).post("/api/v1/feedback/" + item + "/answer/submit").then()
                .statusCode(200);
        as(TestTokens.bithu()).header("If-Match", feedbackEtag(item)).post("/api/v1/feedback/" + item + "/answer/approval").then()
                .statusCode(200);
    }

    private static String feedbackEtag(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static String phone() {
        return "09" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }
}
