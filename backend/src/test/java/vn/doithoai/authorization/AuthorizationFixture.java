package vn.doithoai.authorization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import jakarta.persistence.EntityManager;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.common.security.Role;
import vn.doithoai.followup.Notifications;
import vn.doithoai.inbox.Inbox;
import vn.doithoai.inbox.InboxKind;
import vn.doithoai.inbox.InboxSubject;
import vn.doithoai.testsupport.DemoPlans;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestPartners;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * One dialogue of every kind of object, made through the API as the office, the chair, units and citizens would make
 * it, with each scoped object twice: once inside the scope of the policy's callers (Phòng Tài nguyên và Môi trường,
 * Phường Ba Đồn, citizen congdan) and once outside it (another unit, ward and citizen). Nothing of the demo data is
 * changed: the matrix may only touch what it made.
 */
final class AuthorizationFixture {

    /**
     * Whose staff make the fixture's dialogue, and the places and units its scoped objects sit in: Ba Đồn's (the policy's
     * callers) or Bắc Gianh's (another body: everything it makes must not exist for Ba Đồn's staff).
     */
    record World(String label, Supplier<String> office, Supplier<String> chair, Supplier<String> unitStaff, String unit,
            Supplier<String> otherUnitStaff, String otherUnit, Supplier<String> citizen, Supplier<String> otherCitizen, String ward,
            String otherWard, boolean makesPlansOfTheTown) {

        static final World BA_DON = new World("Phường Ba Đồn", TestTokens::vanphong, TestTokens::bithu, TestTokens::phongtnmt, "phong-tnmt",
                Caller::otherUnitToken, Caller.OTHER_UNIT, TestTokens::congdan, Caller::otherCitizenToken, "phuong-ba-don", Caller.OTHER_WARD,
                true);

        static final World BAC_GIANH = new World("Phường Bắc Gianh", TestTokens::vanphong2, TestTokens::bithu2, TestTokens::donvi2,
                "phong-kinh-te-phuong-bac-gianh",
                () -> TestTokens.tokenIn(TestTokens.BAC_GIANH, "nv-so-xay-dung", "Cán bộ Sở Xây dựng", List.of("unit"), "so-xay-dung", null),
                "so-xay-dung", () -> TestTokens.token("congdan-bac-gianh", "Công dân Bắc Gianh", List.of("citizen"), null, "phuong-bac-gianh"),
                () -> TestTokens.token("congdan-nam-gianh", "Công dân Nam Gianh", List.of("citizen"), null, "xa-nam-gianh"),
                "phuong-bac-gianh", "xa-nam-gianh", false);
    }

    /** Whose object a request names: inside the scoped callers' scope, or another's. */
    enum Owner {
        OWN, OTHER
    }

    /** An object in both scopes. */
    record Pair(long own, long other) {
        long of(Owner owner) {
            return owner == Owner.OWN ? own : other;
        }
    }

    /**
     * Someone whose personal data the fixture holds, with a unique marker per field, and the callers who may see it:
     * the office and the chair always, a ward officer for the people of their ward, a citizen for themselves.
     */
    record Person(String label, Map<String, String> markers, String token, Set<Caller> mayBeSeen) {
        boolean mayBeSeenBy(Caller caller) {
            return mayBeSeen.contains(caller);
        }
    }

    record Codes(String own, String other) {
        String of(Owner owner) {
            return owner == Owner.OWN ? own : other;
        }
    }

    final World world;
    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final LocalDate today = TestClock.today();

    long plan;
    long focusArea;
    long agendaItem;
    long task;
    Pair participants;
    /** The people behind the participants: their consents are kept on the person. */
    Pair persons;
    Codes rsvpTokens;
    /** Registrations with a known person's phone, waiting for the ward officer or the office. */
    Pair pendingRegistrations;
    long invitationBatch;
    Pair feedback;
    Codes trackingCodes;
    Pair feedbackAttachments;
    /** A notification under each staff caller's own bell (the office's, the chair's, the unit's), by caller. */
    final Map<Caller, Long> notifications = new EnumMap<>(Caller.class);
    /** Items sent without logging in; the anonymous caller holds the code of the first. */
    Pair anonymousFeedback;
    Codes anonymousCodes;
    long raisedBeforeLink;
    long feedbackReport;
    long speaker;
    /** Finalised, and the correction under way (a draft). */
    long minutes;
    long draftMinutes;
    Pair rulings;
    Pair progressReports;
    Pair progressAttachments;
    String calendarOverrideDate;
    String templateCode;
    String orgUnitCode;
    /** The body whose own day of the calendar {@link #calendarOverrideDate} is; null: a day of the national schedule. */
    String calendarBody;
    /** A partner's webhook subscription of the world's body, and one delivery in its log. */
    long webhook;
    long webhookDelivery;
    /** The names of the people of each scope, which scoped lists show or leave out. */
    Codes personNames;
    /** The titles of the items of each scope. */
    Codes itemTitles;
    /** The phone of the sender of the item in scope, by which the office finds everything held about them. */
    String ownSenderPhone;
    /** A person's request about their data, recorded by the world's office. */
    long subjectRequest;

    private final List<Person> people = new ArrayList<>();

    List<Person> people() {
        return people;
    }

    private AuthorizationFixture(World world) {
        this.world = world;
    }

    /** Ba Đồn's dialogue, with the objects only the installation's administrator keeps. */
    static AuthorizationFixture build() {
        return build(World.BA_DON);
    }

    static AuthorizationFixture build(World world) {
        return build(world, f -> {
        });
    }

    /** The world, with what {@code whileOpen} adds to its dialogue while it still takes items and participants. */
    static AuthorizationFixture build(World world, java.util.function.Consumer<AuthorizationFixture> whileOpen) {
        var f = new AuthorizationFixture(world);
        f.make(whileOpen);
        return f;
    }

    private void make(java.util.function.Consumer<AuthorizationFixture> whileOpen) {
        JsonPath created = world.makesPlansOfTheTown()
                ? TestPlans.create(today, "Đối thoại phân quyền " + marker, "88", "Quyền truy cập", List.of("Vệ sinh môi trường"))
                : TestPlans.createInBacGianh(today, "Đối thoại phân quyền " + marker, "88", "Quyền truy cập", List.of("Vệ sinh môi trường"));
        plan = created.getLong("id");
        focusArea = created.getLong("focusAreas[0].id");
        agendaItem = created.getLong("agenda[0].id");
        task = created.getLong("tasks[0].id");
        TestPlans.publish(plan, world.office().get(), world.chair().get());

        personNames = new Codes("Người Trong Phạm Vi " + marker, "Người Ngoài Phạm Vi " + marker);
        String ownPhone = phone();
        String otherPhone = phone();
        long ownPerson = participant(personNames.own(), ownPhone, world.ward(), "trong");
        long otherPerson = participant(personNames.other(), otherPhone, world.otherWard(), "ngoai");
        participants = new Pair(ownPerson, otherPerson);
        persons = new Pair(personOf(ownPerson), personOf(otherPerson));
        rsvpTokens = new Codes(token(ownPerson), token(otherPerson));
        people.add(person("participant of " + world.label() + "'s ward", personNames.own(), ownPhone, "trong", rsvpTokens.own(),
                seenBy(Caller.SECRETARIAT, Caller.CHAIR, Caller.WARD)));
        people.add(person("participant of " + world.label() + " from another ward", personNames.other(), otherPhone, "ngoai",
                rsvpTokens.other(), seenBy(Caller.SECRETARIAT, Caller.CHAIR)));
        pendingRegistrations = new Pair(pendingRegistration(ownPhone, world.ward()), pendingRegistration(otherPhone, world.otherWard()));
        invitationBatch = office().contentType(ContentType.JSON)
                .body(Map.of("number", "88-GM/ThU", "issuedOn", today.toString(), "channel", "HAND_DELIVERY", "participantIds",
                        List.of(ownPerson, otherPerson), "lateOverrideReason", "Lịch đối thoại dời sớm"))
                .post(planPath() + "/invitations").then().statusCode(201).extract().jsonPath().getLong("id");

        itemTitles = new Codes("Ý kiến trong phạm vi " + marker, "Ý kiến ngoài phạm vi " + marker);
        String ownSender = "Người Gửi Trong " + marker;
        String otherSender = "Người Gửi Ngoài " + marker;
        String ownSenderPhone = phone();
        String otherSenderPhone = phone();
        JsonPath own = send(world.citizen().get(), itemTitles.own(), world.ward(), ownSender, ownSenderPhone, "gui-trong");
        JsonPath other = send(world.otherCitizen().get(), itemTitles.other(), world.otherWard(), otherSender, otherSenderPhone, "gui-ngoai");
        people.add(person("sender of an item in " + world.label(), ownSender, ownSenderPhone, "gui-trong", null,
                seenBy(Caller.SECRETARIAT, Caller.CHAIR, Caller.WARD, Caller.CITIZEN)));
        people.add(person("sender of an item in another ward of " + world.label(), otherSender, otherSenderPhone, "gui-ngoai", null,
                seenBy(Caller.SECRETARIAT, Caller.CHAIR)));
        feedback = new Pair(own.getLong("id"), other.getLong("id"));
        this.ownSenderPhone = ownSenderPhone;
        subjectRequest = office().contentType(ContentType.JSON).body(Map.of("kind", "ACCESS", "phone", ownSenderPhone))
                .post("/api/v1/privacy/requests").then().statusCode(201).extract().jsonPath().getLong("id");
        trackingCodes = new Codes(own.getString("trackingCode"), other.getString("trackingCode"));
        JsonPath anonymous = send(null, "Ý kiến không đăng nhập " + marker, world.ward(), null, null, null);
        JsonPath anotherAnonymous = send(null, "Ý kiến không đăng nhập khác " + marker, world.otherWard(), null, null, null);
        anonymousFeedback = new Pair(anonymous.getLong("id"), anotherAnonymous.getLong("id"));
        anonymousCodes = new Codes(anonymous.getString("trackingCode"), anotherAnonymous.getString("trackingCode"));
        feedbackAttachments = new Pair(attach(world.citizen().get(), feedback.own()), attach(world.otherCitizen().get(), feedback.other()));
        feedbackReport = office().contentType(ContentType.JSON)
                .body(Map.of("organisation", "Hội Nông dân thị xã", "items", List.of(Map.of("kind", "OPINION", "title", "Báo cáo " + marker,
                        "content", "Nội dung báo cáo", "wardCode", world.ward()))))
                .header("Idempotency-Key", UUID.randomUUID().toString()).post(planPath() + "/feedback-reports").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        whileOpen.accept(this);
        office().contentType(ContentType.JSON).post(planPath() + "/session/start").then().statusCode(200);
        speaker = office().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("name", "Người phát biểu " + marker)).post(planPath() + "/session/speakers").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String sessionTag = office().get(planPath() + "/session").then().statusCode(200).extract().header("ETag");
        office().contentType(ContentType.JSON).header("If-Match", sessionTag).body(Map.of("markPlanHeld", true))
                .post(planPath() + "/session/end").then().statusCode(200);

        for (long item : List.of(feedback.own(), feedback.other())) {
            office().contentType(ContentType.JSON).header("If-Match", feedbackTag(item)).body(Map.of("focusAreaId", focusArea, "priority", "NORMAL"))
                    .put("/api/v1/feedback/" + item + "/classification").then().statusCode(200);
        }
        assign(feedback.own(), world.unit());
        assign(feedback.other(), world.otherUnit());
        notifications();
        if (world.makesPlansOfTheTown()) {
            // Raised before at the town's dialogue of 2022, which Ba Đồn's body carries on.
            long earlier = office().queryParam("size", 1).get("/api/v1/plans/" + DemoPlans.plan61() + "/feedback").then().statusCode(200)
                    .extract().jsonPath().getLong("items[0].id");
            raisedBeforeLink = office().contentType(ContentType.JSON).header("If-Match", feedbackTag(feedback.own()))
                    .body(Map.of("earlierItemId", earlier, "note", "Đã nêu năm 2022"))
                    .post("/api/v1/feedback/" + feedback.own() + "/raised-before").then().statusCode(200).extract().jsonPath()
                    .getLong("raisedBefore[0].linkId");
        }

        minutes = office().contentType(ContentType.JSON).post(planPath() + "/minutes").then().statusCode(201).extract().jsonPath().getLong("id");
        office().contentType(ContentType.JSON).body(Map.of("name", personNames.own(), "representing", "CITIZEN", "outcome", "SIGNED"))
                .post(planPath() + "/minutes/" + minutes + "/signatures").then().statusCode(200);
        // Finalised, so that what units and ward officers may read of minutes (the finalised versions) is there to read.
        var draft = office().get(planPath() + "/minutes/" + minutes).then().statusCode(200).extract();
        Map<String, Object> edit = new HashMap<>();
        edit.put("chairName", "Lê Bí Thư");
        edit.put("secretaryName", "Trần Văn Phòng");
        edit.put("sections", draft.jsonPath().getList("sections").stream().map(section -> {
            Map<String, Object> copy = new HashMap<>((Map<?, ?>) section instanceof Map<?, ?> m ? castMap(m) : Map.of());
            copy.keySet().retainAll(List.of("kind", "heading", "body"));
            return copy;
        }).toList());
        String minutesTag = office().contentType(ContentType.JSON).header("If-Match", draft.header("ETag")).body(edit)
                .put(planPath() + "/minutes/" + minutes).then().statusCode(200).extract().header("ETag");
        office().contentType(ContentType.JSON).header("If-Match", minutesTag).post(planPath() + "/minutes/" + minutes + "/finalise")
                .then().statusCode(200);
        draftMinutes = office().contentType(ContentType.JSON).body(Map.of("reason", "Sửa tên người phát biểu"))
                .post(planPath() + "/minutes/" + minutes + "/corrections").then().statusCode(201).extract().jsonPath().getLong("id");

        rulings = new Pair(issuedRuling(feedback.own(), world.unit()), issuedRuling(feedback.other(), world.otherUnit()));
        long ownReport = progress(world.unitStaff().get(), rulings.own());
        long otherReport = progress(world.otherUnitStaff().get(), rulings.other());
        progressReports = new Pair(ownReport, otherReport);
        progressAttachments = new Pair(progressAttachment(world.unitStaff().get(), rulings.own(), ownReport),
                progressAttachment(world.otherUnitStaff().get(), rulings.other(), otherReport));

        Map<String, Object> notice = new HashMap<>();
        notice.put("number", "88");
        notice.put("symbol", "TB/ThU");
        notice.put("issuedOn", today.toString());
        notice.put("parentBody", "Đảng bộ tỉnh Quảng Bình");
        notice.put("signerName", "Trần Văn Bình");
        notice.put("signerTitle", "BÍ THƯ");
        notice.put("recipients", List.of("Lưu Văn phòng Thị ủy."));
        String noticeTag = office().get(planPath() + "/conclusion-notice").then().statusCode(200).extract().header("ETag");
        noticeTag = office().contentType(ContentType.JSON).header("If-Match", noticeTag).body(notice).put(planPath() + "/conclusion-notice")
                .then().statusCode(200).extract().header("ETag");
        office().contentType(ContentType.JSON).header("If-Match", noticeTag).body(Map.of()).post(planPath() + "/conclusion-notice/generate")
                .then().statusCode(200);

        office().contentType("application/octet-stream").queryParam("fileName", "bao-cao.png").header("If-Match", planTag()).body(png())
                .put(planPath() + "/tasks/" + task + "/report").then().statusCode(200);
        webhooks();
        if (!world.makesPlansOfTheTown()) {
            makeTheBodysOwn();
            return;
        }

        // What only the admin keeps: a day of the official calendar, a template and an org unit, each its own.
        calendarOverrideDate = aFreeDay(AuthorizationFixture::admin, null, 10, "Nghỉ bù " + marker);
        templateCode = "mau-" + marker;
        JsonPath template = admin().get("/api/v1/plan-templates/commune-2025").then().statusCode(200).extract().jsonPath();
        Map<String, Object> copy = new HashMap<>();
        copy.put("code", templateCode);
        copy.put("name", "Mẫu " + marker);
        copy.put("level", template.getString("level"));
        copy.put("content", template.getMap("content"));
        admin().contentType(ContentType.JSON).body(copy).post("/api/v1/plan-templates").then().statusCode(201);
        orgUnitCode = "thon-" + marker;
        admin().contentType(ContentType.JSON).body(Map.of("code", orgUnitCode, "kind", "VILLAGE", "name", "Thôn " + marker, "parentCode",
                "phuong-ba-don")).post("/api/v1/org-units").then().statusCode(201);
    }

    /**
     * What a body's administrator keeps for their body (quantri2 for Bắc Gianh's Party committee): a day of its own
     * calendar, a template and a unit of its area. Another body's staff and administrator must not find them; the
     * province's reads them and changes nothing.
     */
    private void makeTheBodysOwn() {
        calendarBody = TestTokens.BAC_GIANH;
        calendarOverrideDate = aFreeDay(AuthorizationFixture::bodyAdmin, calendarBody, 11, "Nghỉ riêng " + marker);
        templateCode = "mau-bg-" + marker;
        JsonPath template = bodyAdmin().get("/api/v1/plan-templates/commune-2025").then().statusCode(200).extract().jsonPath();
        bodyAdmin().contentType(ContentType.JSON).body(Map.of("code", templateCode, "name", "Mẫu " + marker, "level",
                template.getString("level"), "content", template.getMap("content"))).post("/api/v1/plan-templates").then().statusCode(201)
                .body("body.code", is(calendarBody));
        orgUnitCode = "tdp-bg-" + marker;
        bodyAdmin().contentType(ContentType.JSON).body(Map.of("code", orgUnitCode, "kind", "RESIDENTIAL_GROUP", "name", "Tổ dân phố " + marker,
                "parentCode", "phuong-bac-gianh")).post("/api/v1/org-units").then().statusCode(201);
    }

    /**
     * Takes a day off fifty years ahead, in {@code month} (October and November hold no holiday: any weekday is a working
     * day to take off), on the national calendar ({@code body} null) or a body's: a weekday that no other world of this
     * run has taken yet. One day holds one override, so a taken day answers 409 and the next weekday is tried.
     */
    private String aFreeDay(Supplier<RequestSpecification> admin, String body, int month, String name) {
        LocalDate day = LocalDate.of(today.getYear() + 50, month, 1 + Math.floorMod(marker.hashCode(), 28));
        for (;; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            RequestSpecification request = admin.get().contentType(ContentType.JSON).body(Map.of("day", day.toString(), "kind", "DAY_OFF", "name", name));
            if (body != null) {
                request.queryParam("body", body);
            }
            if (request.post("/api/v1/calendar/overrides").then().statusCode(anyOf(is(201), is(409))).extract().statusCode() == 201) {
                return day.toString();
            }
        }
    }

    /** Whether the day, the template and the unit are a body's own (else shared, kept by the installation's administrator). */
    boolean keepsTheBodysOwn() {
        return calendarBody != null;
    }

    private static RequestSpecification bodyAdmin() {
        return given().auth().oauth2(TestTokens.quantri2());
    }

    /** A signature of its own, for a call that deletes one. */
    long freshSignature() {
        return office().contentType(ContentType.JSON)
                .body(Map.of("name", "Đại biểu " + UUID.randomUUID(), "representing", "CITIZEN", "outcome", "SIGNED"))
                .post(planPath() + "/minutes/" + draftMinutes + "/signatures").then().statusCode(200).extract().jsonPath()
                .getLong("signatures[-1].id");
    }

    String planPath() {
        return "/api/v1/plans/" + plan;
    }

    RequestSpecification office() {
        return given().auth().oauth2(world.office().get());
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.quantri());
    }

    private String planTag() {
        return office().get(planPath()).then().statusCode(200).extract().header("ETag");
    }

    private String feedbackTag(long item) {
        return office().get("/api/v1/feedback/" + item).then().statusCode(200).extract().header("ETag");
    }

    private static String phone() {
        return "09" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));
    }

    /** Someone registers for the plan with a phone the installation knows: the registration waits for a decision. */
    private long pendingRegistration(String phone, String ward) {
        given().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-For", "10.97.0." + (1 + Math.floorMod(phone.hashCode(), 250)))
                .body(TestConsents.with(Map.of("fullName", "Người đăng ký " + marker, "phone", phone, "wardCode", ward)))
                .post("/api/v1/public/plans/" + plan + "/registrations").then().statusCode(201);
        return office().queryParam("size", 100).get(planPath() + "/pending-registrations").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.ward.code == '" + ward + "' }.id");
    }

    private String email(String mailbox) {
        return "canary-" + mailbox + "-" + marker + "@vi-du.vn";
    }

    private String address(String street) {
        return "Nhà " + marker + " ngõ Canary " + street;
    }

    /** The callers who may see a person of this fixture: none of the policy's callers when it is another body's. */
    private Set<Caller> seenBy(Caller... callers) {
        return world == World.BA_DON ? EnumSet.copyOf(List.of(callers)) : EnumSet.noneOf(Caller.class);
    }

    private Person person(String label, String name, String phone, String mailbox, String token, Set<Caller> mayBeSeen) {
        Map<String, String> markers = new LinkedHashMap<>();
        markers.put("name", name);
        // The last nine digits: found whether the number is written 0912…, +84 912… or in groups.
        markers.put("phone", phone.substring(phone.length() - 9));
        markers.put("email", email(mailbox));
        if (token == null) {
            return new Person(label, markers, null, mayBeSeen);
        }
        markers.put("address", address(mailbox));
        markers.put("token", token);
        return new Person(label, markers, token, mayBeSeen);
    }

    private long participant(String name, String phone, String ward, String mailbox) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", name);
        person.put("phone", phone);
        person.put("email", email(mailbox));
        person.put("address", address(mailbox));
        person.put("wardCode", ward);
        return office().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(TestConsents.with(Map.of("person", person, "kind", "CITIZEN", "level", "VILLAGE", "matter", "Muốn nêu ý kiến")))
                .post(planPath() + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long personOf(long participation) {
        return office().get(planPath() + "/participants/" + participation).then().statusCode(200).extract().jsonPath().getLong("personId");
    }

    private String token(long participation) {
        return office().get(planPath() + "/participants/" + participation).then().statusCode(200).extract().jsonPath().getString("token");
    }

    private JsonPath send(String token, String title, String ward, String sender, String phone, String mailbox) {
        RequestSpecification request = given();
        if (token != null) {
            request.auth().oauth2(token);
        }
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PETITION", "title", title, "content", "Nội dung " + title, "wardCode", ward));
        if (sender != null) {
            body.put("submitterName", sender);
            body.put("submitterPhone", phone);
            body.put("submitterEmail", email(mailbox));
        }
        if (sender != null || token != null) {
            // A sender named, or a citizen sending as themselves: their data, given with their consent.
            body.put("consent", TestConsents.given());
        }
        return request.contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-For", "10.99.0." + (1 + Math.floorMod(title.hashCode(), 250)))
                .body(body).post(planPath() + "/feedback").then().statusCode(201).extract().jsonPath();
    }

    /** How many attachments an item has, as the office reads it. */
    int attachmentsOf(long item) {
        return office().get("/api/v1/feedback/" + item).then().statusCode(200).extract().jsonPath().getList("attachments").size();
    }

    /** A photo attached by the token's holder to an item, under the given file name. */
    long attach(String token, long item, String fileName) {
        return given().auth().oauth2(token).contentType("application/octet-stream").queryParam("fileName", fileName).body(png())
                .post("/api/v1/feedback/" + item + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long attach(String token, long item) {
        return given().auth().oauth2(token).contentType("application/octet-stream").queryParam("fileName", "anh.png").body(png())
                .post("/api/v1/feedback/" + item + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * The unit's bell holds the assignment; the office's and the chair's are given one here, as an answer returned or
     * submitted would, so that every staff caller of the bell has one of their own to mark read.
     */
    private void notifications() {
        Inbox inbox = Arc.container().instance(Inbox.class).get();
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            long body = ((Number) em.createNativeQuery("select body_id from plan where id = ?1").setParameter(1, plan).getSingleResult())
                    .longValue();
            var about = new Inbox.About(InboxSubject.FEEDBACK, feedback.own(), plan, "Ý kiến phân quyền " + marker, null);
            inbox.notify(InboxKind.RETURNED, about, List.of(Inbox.Audience.office(body), new Inbox.Audience(Role.CHAIR, body, null)));
        });
        Map<Caller, Supplier<String>> staff = Map.of(Caller.SECRETARIAT, world.office(), Caller.CHAIR, world.chair(), Caller.UNIT,
                world.unitStaff());
        staff.forEach((caller, token) -> notifications.put(caller, given().auth().oauth2(token.get()).queryParam("size", 100)
                .get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(n -> ((Number) n.get("subjectId")).longValue() == feedback.own()).map(n -> ((Number) n.get("id")).longValue())
                .findFirst().orElseThrow(() -> new IllegalStateException(caller + " has no notification about the fixture's item"))));
    }

    /**
     * A partner's subscription of the world's body with one delivery in its log, then paused, so that the rest of the
     * suite queues nothing for a callback that does not answer.
     */
    private void webhooks() {
        String body = world == World.BA_DON ? TestTokens.BA_DON : TestTokens.BAC_GIANH;
        TestPartners.register("doi-tac-" + marker, body, List.of("rulings:read", "plans:read"));
        webhook = admin().contentType(ContentType.JSON).body(Map.of("partnerClientId", "doi-tac-" + marker, "callbackUrl",
                "http://localhost:1/doi-tac", "events", List.of("RULING_ISSUED"))).post("/api/v1/bodies/" + body + "/webhooks").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        Notifications outbox = Arc.container().instance(Notifications.class).get();
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        webhookDelivery = QuarkusTransaction.requiringNew().call(() -> {
            outbox.queueWebhook("matrix:" + marker, webhook, "http://localhost:1/doi-tac", "vn.doithoai.ruling.issued",
                    "{\"specversion\":\"1.0\",\"id\":\"" + marker + "\",\"type\":\"vn.doithoai.ruling.issued\"}");
            em.createNativeQuery("update webhook_subscription set active = false where id = ?1").setParameter(1, webhook).executeUpdate();
            return ((Number) em.createNativeQuery("select id from notification where business_key = ?1").setParameter(1, "matrix:" + marker)
                    .getSingleResult()).longValue();
        });
    }

    private void assign(long item, String unit) {
        office().contentType(ContentType.JSON).header("If-Match", feedbackTag(item)).body(Map.of("unitCode", unit))
                .put("/api/v1/feedback/" + item + "/assignment").then().statusCode(200);
    }

    /** A ruling on the item, with these words, issued to the world's unit. */
    long issueRuling(long item, String content) {
        return issuedRuling(item, world.unit(), content);
    }

    /** The world's unit reports on its ruling with this note. */
    long reportProgress(long ruling, String note) {
        return progress(world.unitStaff().get(), ruling, note);
    }

    private long issuedRuling(long item, String unit) {
        return issuedRuling(item, unit, "Giải quyết " + marker + " " + unit);
    }

    private long issuedRuling(long item, String unit, String content) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "RESOLVE");
        body.put("content", content);
        body.put("feedbackIds", List.of(item));
        body.put("unitCode", unit);
        body.put("dueDate", today.plusDays(30).toString());
        long id = office().contentType(ContentType.JSON).body(body).post(planPath() + "/rulings").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        given().auth().oauth2(world.chair().get()).contentType(ContentType.JSON).header("If-Match", "\"0\"").post(planPath() + "/rulings/" + id + "/issue").then()
                .statusCode(200);
        return id;
    }

    private long progress(String unitToken, long ruling) {
        return progress(unitToken, ruling, "Đang thực hiện");
    }

    private long progress(String unitToken, long ruling, String note) {
        String path = planPath() + "/rulings/" + ruling + "/progress";
        String tag = given().auth().oauth2(unitToken).get(path).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(unitToken).contentType(ContentType.JSON).header("If-Match", tag)
                .header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("note", note, "percent", 30))
                .post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long progressAttachment(String unitToken, long ruling, long report) {
        return given().auth().oauth2(unitToken).contentType("application/octet-stream").queryParam("fileName", "anh.png").body(png())
                .post(planPath() + "/rulings/" + ruling + "/progress/" + report + "/attachments").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }

    /** A small real photo. */
    static byte[] png() {
        var image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
