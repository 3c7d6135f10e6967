package vn.doithoai.authorization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.persistence.EntityManager;
import vn.doithoai.authorization.AuthorizationFixture.Owner;
import vn.doithoai.authorization.AuthorizationFixture.Person;
import vn.doithoai.testsupport.FileText;
import vn.doithoai.testsupport.FileTexts;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/**
 * The personal-data canary: people seeded with unique markers (name, phone, e-mail, address, confirmation token), then
 * every operation of the contract called as every caller, on their own objects and on another's, and whatever comes
 * back read as a person would read it (JSON, problem details, and the text and QR codes of every PDF, Word, Excel and
 * CSV file). Each marker may appear only in what a caller who may see that person's data receives.
 */
@QuarkusTest
class PersonalDataCanaryTest {

    @Test
    void everyMarkerReachesOnlyTheCallersWhoMaySeeIt() throws IOException {
        // Ba Đồn's people, whom the policy's callers see as their roles allow, and Bắc Gianh's, whom none of them may see.
        List<AuthorizationFixture> fixtures = List.of(AuthorizationFixture.build(),
                AuthorizationFixture.build(AuthorizationFixture.World.BAC_GIANH));
        List<Person> people = fixtures.stream().flatMap(f -> f.people().stream()).toList();
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        List<String> leaks = new ArrayList<>();
        for (AuthorizationFixture fixture : fixtures) {
            var calls = new OperationCalls(fixture);
            for (ContractOperation op : ContractOperation.load()) {
                for (Caller caller : Caller.values()) {
                    for (Owner owner : Owner.values()) {
                        var call = calls.of(op, owner, caller);
                        if (owner == Owner.OTHER && !call.namesAnOwner()) {
                            continue; // the same request as for one's own
                        }
                        Response response = calls.send(call);
                        for (Found found : markers(response, op, people, leaks, caller.column)) {
                            seen.computeIfAbsent(found.name(), k -> new TreeSet<>()).add(caller.column);
                            if (!found.person().mayBeSeenBy(caller) && !actsAs(op, found.person(), owner, fixture)) {
                                leaks.add(op.key() + " as " + caller.column + " on " + calls.label() + "'s " + owner.name().toLowerCase()
                                        + " object (" + response.statusCode() + "): " + found.name());
                            }
                        }
                    }
                }
            }
        }
        // The province's office reads every body's dialogues: Bắc Gianh's people reach it, and only it.
        var bacGianh = new OperationCalls(fixtures.get(1));
        for (ContractOperation op : ContractOperation.load()) {
            if (op.method().equals("GET")) {
                var call = bacGianh.of(op, Owner.OWN, Caller.SECRETARIAT);
                for (Found found : markers(bacGianh.send(call, TestTokens.vptinh()), op, people, leaks, "the province's office")) {
                    seen.computeIfAbsent(found.name(), k -> new TreeSet<>()).add("province");
                }
            }
        }
        // The canary must be able to sing: someone who may read each marker does, else the test sees nothing.
        Set<String> unseen = new TreeSet<>();
        for (Person person : people) {
            String reader = fixtures.get(0).people().contains(person) ? Caller.SECRETARIAT.column : "province";
            for (String field : person.markers().keySet()) {
                if (!seen.getOrDefault(person.label() + " " + field, Set.of()).contains(reader)) {
                    unseen.add(person.label() + " " + field + " (never read by " + reader + ")");
                }
            }
        }
        assertTrue(unseen.isEmpty(), "Markers nobody who may read them received, so the canary proves nothing about them: " + unseen);
        assertTrue(leaks.isEmpty(), "Personal data reached callers who may not see it:\n  " + String.join("\n  ", leaks));
    }

    /**
     * A citizen sends an item naming themselves, with a photo, and is entered as a participant; the office records their
     * request, hands them their copy (JSON and PDF, which carry them), then erases them; the dialogue's conclusion notice
     * was issued again quoting them. Afterwards no operation of the
     * contract, as any caller, answers their name, phone or e-mail, in JSON or in any file; no table keeps them (the
     * audit trail, the outbox, the answers kept for retries, the attachments' names, the search text); and the matter
     * they raised is still there.
     */
    @Test
    void anErasedPersonIsInNoAnswerFileOrAuditEntryWhileTheirMatterStays() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String name = "Người Được Xóa " + tag;
        String phone = "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String email = "xoa-" + tag + "@example.vn";
        String citizen = TestTokens.token("congdan-xoa-" + tag, name, List.of("citizen"), null, "phuong-ba-don");
        String title = "Đường ngập sau mưa " + tag;
        long[] sentItem = new long[1];
        // While the dialogue takes them: the citizen's item, with a photo, and the citizen as a participant.
        AuthorizationFixture f = AuthorizationFixture.build(AuthorizationFixture.World.BA_DON, open -> {
            Response sent = given().auth().oauth2(citizen).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .header("X-Forwarded-For", "10.97.0." + (1 + Math.floorMod(tag.hashCode(), 250)))
                    .body(TestConsents.with(Map.of("kind", "PETITION", "title", title, "content", "Tôi là " + name + " (" + phone
                            + "), đường kiệt 7 ngập sâu.", "wardCode", "phuong-ba-don", "submitterName", name, "submitterPhone", phone,
                            "submitterEmail", email)))
                    .post(open.planPath() + "/feedback");
            sent.then().statusCode(201);
            sentItem[0] = sent.jsonPath().getLong("id");
            open.attach(citizen, sentItem[0], "anh-" + phone + ".png");
            given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                    .body(TestConsents.with(Map.of("person", Map.of("fullName", name, "phone", phone, "email", email, "address",
                            "Nhà " + tag + " kiệt 7", "wardCode", "phuong-ba-don"), "kind", "CITIZEN", "level", "VILLAGE", "matter",
                            "Nêu việc ngập của " + name)))
                    .post(open.planPath() + "/participants").then().statusCode(201);
        });
        long item = sentItem[0];
        // The conclusion notice issued again with an opening that quotes them, and a reason that names them.
        String notice = f.planPath() + "/conclusion-notice";
        String noticeTag = given().auth().oauth2(TestTokens.vanphong()).get(notice).then().statusCode(200).extract().header("ETag");
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("number", "88");
        draft.put("symbol", "TB/ThU");
        draft.put("issuedOn", f.today.toString());
        draft.put("signerName", "Trần Văn Bình");
        draft.put("recipients", List.of("Lưu Văn phòng Thị ủy."));
        draft.put("opening", "Ông " + name + " (" + phone + ", " + email + ") nêu việc đường kiệt 7 ngập sâu sau mưa.");
        noticeTag = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", noticeTag).body(draft)
                .put(notice).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", noticeTag)
                .body(Map.of("regenerate", true, "reason", "Bổ sung ý kiến của " + name)).post(notice + "/generate").then().statusCode(200)
                .body("revision", is(2));
        for (String kind : List.of("docx", "pdf")) {
            FileText paper = noticePaper(notice, kind);
            assertTrue(paper.contains(name) && paper.contains(phone) && paper.contains(email), "the notice's " + kind + " does not quote them");
        }

        // A ruling on their matter naming them, and the unit's report on it quoting their phone.
        long ruling = f.issueRuling(item, "Giải quyết kiến nghị của " + name + " về đường kiệt 7 ngập sâu");
        f.reportProgress(ruling, "Đã gọi " + name + " theo số " + phone + " để hẹn khảo sát đường kiệt 7");

        var request = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("kind", "ERASURE", "phone", phone, "email", email)).post("/api/v1/privacy/requests").then().statusCode(201)
                .extract();
        long requestId = request.jsonPath().getLong("id");
        for (String copy : List.of("export.json", "export.pdf")) {
            Response file = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/privacy/requests/" + requestId + "/" + copy);
            FileText text = FileTexts.read(file.then().statusCode(200).extract().asByteArray(), file.contentType());
            assertTrue(text.contains(name) && text.contains(phone) && text.contains(email), copy + " is not the person's copy");
        }
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", request.header("ETag"))
                .contentType(ContentType.JSON).post("/api/v1/privacy/requests/" + requestId + "/erasure").then().statusCode(200).body("status", is("DONE"));

        Person erased = new Person("erased citizen", Map.of("name", name, "phone", phone.substring(1), "email", email), null, Set.of());
        List<String> leaks = new ArrayList<>();
        var calls = new OperationCalls(f);
        for (ContractOperation op : ContractOperation.load()) {
            for (Caller caller : Caller.values()) {
                for (Owner owner : Owner.values()) {
                    var call = calls.of(op, owner, caller);
                    if (owner == Owner.OTHER && !call.namesAnOwner()) {
                        continue;
                    }
                    Response response = calls.send(call);
                    for (Found found : markers(response, op, List.of(erased), leaks, caller.column)) {
                        leaks.add(op.key() + " as " + caller.column + " (" + response.statusCode() + "): " + found.name());
                    }
                }
            }
        }
        for (String marker : erased.markers().values()) {
            leaks.addAll(tablesHolding(marker));
        }
        assertTrue(leaks.isEmpty(), "An erased person is still held:\n  " + String.join("\n  ", leaks));

        // The issued notice is still the notice, its words of the matter in place and theirs replaced.
        for (String kind : List.of("docx", "pdf")) {
            FileText paper = noticePaper(notice, kind);
            assertTrue(paper.contains("nêu việc đường kiệt 7 ngập sâu sau mưa") && paper.contains("đã ẩn danh"), paper.text());
            assertTrue(!paper.contains(name) && !paper.contains(phone) && !paper.contains(email), "the notice's " + kind + " still quotes them");
        }

        // The matter stays for the record, without who raised it.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().statusCode(200).body("title", is(title))
                .body("content", containsString("đường kiệt 7 ngập sâu")).body("submitterName", nullValue());
        assertEquals(1, f.attachmentsOf(item), "the photo stays with the matter");
        given().auth().oauth2(TestTokens.vanphong()).get(f.planPath() + "/rulings/" + ruling).then().statusCode(200)
                .body("content", is("Giải quyết kiến nghị của [đã ẩn danh] về đường kiệt 7 ngập sâu"));
    }

    /** The notice's second revision, as issued, read as a person would. */
    private static FileText noticePaper(String notice, String kind) {
        Response file = given().auth().oauth2(TestTokens.vanphong()).get(notice + "/revisions/2/files/" + kind);
        return FileTexts.read(file.then().statusCode(200).extract().asByteArray(), file.contentType());
    }

    /** The tables (and columns) that still hold a value, read straight from the database. */
    private static List<String> tablesHolding(String value) {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("audit_log", "concat_ws('|', actor, changes)");
        columns.put("notification", "concat_ws('|', recipient, subject, body)");
        columns.put("idempotency_record", "body");
        columns.put("stored_file", "concat_ws('|', file_name, created_by)");
        columns.put("feedback_item",
                "concat_ws('|', submitter_name, submitter_phone, submitter_email, title, content, search_text, answer_text, answer_return_reason)");
        columns.put("person", "concat_ws('|', full_name, phone, email, address)");
        columns.put("participation", "concat_ws('|', matter, rsvp_note)");
        columns.put("pending_registration", "concat_ws('|', full_name, phone, matter)");
        columns.put("data_subject_request", "concat_ws('|', subject_phone, subject_email, subject_account, subject_label, note)");
        columns.put("inbox_notification", "title");
        columns.put("conclusion_notice", "opening");
        columns.put("conclusion_notice_revision", "reason");
        columns.put("ruling", "concat_ws('|', content, recommendation, reply, reason, progress_note, cannot_resolve_reason)");
        columns.put("ruling_progress", "note");
        columns.put("session_answer", "content");
        List<String> found = new ArrayList<>();
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        QuarkusTransaction.requiringNew().run(() -> columns.forEach((table, column) -> {
            Number n = (Number) em.createNativeQuery("select count(*) from " + table + " where locate(?1, " + column + ") > 0")
                    .setParameter(1, value).getSingleResult();
            if (n.longValue() > 0) {
                found.add(table + " holds " + value + " in " + n + " row(s)");
            }
        }));
        return found;
    }

    /** A person's marker found in an answer; its name is "label field". */
    private record Found(Person person, String name) {
    }

    /** Every person's marker the answer carries, read as a person would; unreadable parts are leaks. */
    private static List<Found> markers(Response response, ContractOperation op, List<Person> people, List<String> leaks, String who) {
        FileText text = read(response, op);
        if (!text.unread().isEmpty()) {
            leaks.add(op.key() + " as " + who + ": parts of the answer could not be read, so it cannot be called clean: " + text.unread());
        }
        List<Found> found = new ArrayList<>();
        for (Person person : people) {
            for (Map.Entry<String, String> marker : person.markers().entrySet()) {
                if (text.contains(marker.getValue())) {
                    found.add(new Found(person, person.label() + " " + marker.getKey()));
                }
            }
        }
        return found;
    }

    /**
     * Who holds a person's confirmation token is that person, for the operations the token opens: their own page
     * shows them their own data. Nothing else is excused.
     */
    private static boolean actsAs(ContractOperation op, Person person, Owner owner, AuthorizationFixture f) {
        return op.path().startsWith("/api/v1/rsvp/{token}") && person.token() != null
                && person.token().equals(f.rsvpTokens.of(owner));
    }

    private static FileText read(Response response, ContractOperation op) {
        String type = response.contentType();
        if (type == null || type.isBlank() || response.asByteArray().length == 0) {
            return new FileText("", "", List.of(), List.of());
        }
        return FileTexts.read(response.asByteArray(), type);
    }
}
