package vn.doithoai.minutes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;
import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.participant.export.Pdfs;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * Minutes (biên bản): assembled from the session record, edited and signed as a draft, locked once finalised, and
 * corrected only by a new version linked to the old one.
 */
@QuarkusTest
class MinutesTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = TestClock.today();
    private static final String SPEAKER = "Nguyễn Thị Hường";

    @Inject
    DataSource dataSource;

    @Inject
    AuditLog audit;

    @Test
    void assemblyWritesTheSessionRecordWithAttendanceSpeakersAndAnswers() throws SQLException {
        long plan = heldPlan();
        long item = item(plan, "Đường Quang Trung ngập khi mưa lớn");
        recordSession(plan, item);

        JsonPath m = assemble(TestTokens.vanphong(), plan).statusCode(201).header("ETag", is("\"0\"")).body("versionNo", is(1))
                .body("status", is("DRAFT")).body("previousId", nullValue()).body("secretaryName", is("Trần Văn Phòng"))
                .body("sections.kind", contains("OPENING", "ATTENDANCE", "AGENDA", "SPEAKER", "SPEAKER", "ANSWERS", "CONCLUSION", "CLOSING"))
                .extract().jsonPath();
        String opening = m.getString("sections[0].body");
        assertTrue(opening.contains("8 giờ 05 phút") && opening.contains("Hội trường Thị ủy"), opening);
        String attendance = m.getString("sections[1].body");
        assertTrue(attendance.contains("Số đại biểu được mời: 3; có mặt: 2"), attendance);
        assertTrue(attendance.contains("Thư ký hội nghị: Trần Văn Phòng"), attendance);
        assertEquals("Ý kiến 1: " + SPEAKER + " (Tổ dân phố 3, phường Ba Đồn)", m.getString("sections[3].heading"));
        String first = m.getString("sections[3].body");
        assertTrue(first.contains("Đường Quang Trung ngập khi mưa lớn"), first);
        assertTrue(first.contains("Ông Phạm Văn Nam (Phòng Tài nguyên và Môi trường): Sẽ nạo vét cống trong quý I"), first);
        assertTrue(first.contains("Trả lời:") && first.contains("Sẽ lắp đèn"), "an answer on the speaker's item goes to the speaker: " + first);
        assertTrue(m.getString("sections[4].heading").contains("Lê Văn Tám"));
        assertTrue(m.getString("sections[5].body").contains("Chủ tịch UBND"), "an answer to nobody in particular");
        assertEquals("", m.getString("sections[6].body"));
        assertTrue(m.getString("sections[7].body").contains("11 giờ 30 phút"));
        assertEquals("assembled", audit.trail("Minutes", m.getString("id")).get(0).action);

        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().statusCode(200).body("versionNo", contains(1))
                .body("status", contains("DRAFT"));
        // One draft at a time; the first version is assembled once.
        assemble(TestTokens.vanphong(), plan).statusCode(409).body("detail", containsString("bản dự thảo"));
    }

    @Test
    void minutesAreWrittenOnlyOnceTheSessionHasStarted() throws SQLException {
        long plan = TestPlans.create(TODAY.plusDays(20), "Đối thoại biên bản", "73", "Môi trường", List.of("Môi trường")).getLong("id");
        TestPlans.publish(plan);
        assemble(TestTokens.vanphong(), plan).statusCode(409).body("detail", containsString("chưa bắt đầu"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").post(path(plan)).then().statusCode(409)
                .body("detail", containsString("has not started"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into session_record (plan_id, started_at, version, updated_at) values (" + plan + ", now(6), 0, now(6))");
        }
        assemble(TestTokens.vanphong(), plan).statusCode(201).body("sections.kind", contains("OPENING", "ATTENDANCE", "AGENDA",
                "CONCLUSION", "CLOSING"));
        given().auth().oauth2(TestTokens.vanphong()).post(path(987654321L)).then().statusCode(404);
    }

    @Test
    void theOfficeEditsADraftWithItsVersion() {
        long plan = heldPlan();
        JsonPath m = assemble(TestTokens.vanphong(), plan).statusCode(201).extract().jsonPath();
        long id = m.getLong("id");
        Map<String, Object> body = edit(m, "Đồng chí Bí thư kết luận: giao Phòng Tài nguyên và Môi trường xử lý trước 30/12.");
        put(TestTokens.vanphong(), plan, id, "\"0\"", body).statusCode(200).header("ETag", is("\"1\""))
                .body("sections.find { it.kind == 'CONCLUSION' }.body", startsWith("Đồng chí Bí thư kết luận"));
        // Someone else's copy is stale: nothing changes.
        put(TestTokens.vanphong(), plan, id, "\"0\"", edit(m, "Bản khác")).statusCode(412);
        put(TestTokens.vanphong(), plan, id, null, body).statusCode(428);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().statusCode(200).header("ETag", is("\"1\""))
                .body("sections.find { it.kind == 'CONCLUSION' }.body", startsWith("Đồng chí Bí thư kết luận"));
        Map<String, Object> blank = edit(m, "x");
        blank.put("sections", List.of(Map.of("heading", " ", "body", "")));
        put(TestTokens.vanphong(), plan, id, "\"1\"", blank).statusCode(400);
        put(TestTokens.bithu(), plan, id, "\"1\"", body).statusCode(403);
    }

    @Test
    void finalisingLocksTheMinutesAndACorrectionIsTheNextVersion() {
        long plan = heldPlan();
        long id = assemble(TestTokens.vanphong(), plan).statusCode(201).extract().jsonPath().getLong("id");
        finalise(TestTokens.vanphong(), plan, id, "\"0\"").statusCode(409).body("detail", containsString("Chưa ghi nhận chữ ký"));

        sign(plan, id, signature(SPEAKER, "CITIZEN", "SIGNED", null)).statusCode(200).body("signatures", hasSize(1));
        sign(plan, id, signature("Trần Văn Bình", "ORGANISATION", "DECLINED", null)).statusCode(400)
                .body("errors[0].field", is("declinedReason"));
        JsonPath signed = sign(plan, id, signature("Trần Văn Bình", "ORGANISATION", "DECLINED", "Chưa đồng ý với ý kiến trả lời")).statusCode(200)
                .body("signatures.outcome", contains("SIGNED", "DECLINED"))
                .body("signatures[1].declinedReason", is("Chưa đồng ý với ý kiến trả lời")).extract().jsonPath();
        long mistaken = sign(plan, id, signature("Người ghi nhầm", "CITIZEN", "SIGNED", null)).statusCode(200).extract().jsonPath()
                .getLong("signatures[2].id");
        given().auth().oauth2(TestTokens.vanphong()).delete(path(plan) + "/" + id + "/signatures/" + mistaken).then().statusCode(200)
                .body("signatures", hasSize(2));
        // Signatures do not change the version: recording them never clashes with someone editing the text.
        String etag = given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().header("ETag", is("\"0\""))
                .extract().header("ETag");
        finalise(TestTokens.vanphong(), plan, id, etag).statusCode(409).body("detail", containsString("chưa có tên chủ trì"));
        etag = nameTheChair(plan, id);
        finalise(TestTokens.vanphong(), plan, id, "\"0\"").statusCode(412);
        // The chair may finalise too, as the minutes are signed at the session.
        finalise(TestTokens.bithu(), plan, id, etag).statusCode(200).body("status", is("FINALISED")).body("finalisedBy", is("bithu"));
        String finalEtag = given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().extract().header("ETag");

        // Locked: no edit, no signature, no second finalising.
        put(TestTokens.vanphong(), plan, id, finalEtag, edit(signed, "Sửa sau khi đã ký")).statusCode(409)
                .body("detail", containsString("đã hoàn tất và khóa"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").contentType(ContentType.JSON).header("If-Match", finalEtag)
                .body(edit(signed, "x")).put(path(plan) + "/" + id).then().statusCode(409).body("detail", containsString("finalised and locked"));
        sign(plan, id, signature("Người đến muộn", "CITIZEN", "SIGNED", null)).statusCode(409);
        given().auth().oauth2(TestTokens.vanphong()).delete(path(plan) + "/" + id + "/signatures/" + signed.getLong("signatures[0].id"))
                .then().statusCode(409);
        finalise(TestTokens.vanphong(), plan, id, finalEtag).statusCode(409);
        assemble(TestTokens.vanphong(), plan).statusCode(409).body("detail", containsString("bản đính chính"));

        // A correction: version 2 as a draft, linked to version 1, with its text and signers to re-record.
        JsonPath v2 = correct(plan, id, "Ghi sai tên đơn vị trả lời").statusCode(201).body("versionNo", is(2)).body("status", is("DRAFT"))
                .body("previousId", is((int) id)).body("correctionReason", is("Ghi sai tên đơn vị trả lời"))
                .body("signatures.name", contains(SPEAKER, "Trần Văn Bình")).extract().jsonPath();
        assertEquals(given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().extract().jsonPath().getList("sections"),
                v2.getList("sections"));
        correct(plan, id, "Lần nữa").statusCode(409).body("detail", containsString("bản dự thảo"));
        correct(plan, id, " ").statusCode(400);
        long v2id = v2.getLong("id");
        put(TestTokens.vanphong(), plan, v2id, "\"0\"", edit(v2, "Kết luận đã sửa")).statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().statusCode(200).body("status", is("FINALISED"))
                .body("supersededById", nullValue()).body("sections.find { it.kind == 'CONCLUSION' }.body", is("Kết luận"));
        finalise(TestTokens.vanphong(), plan, v2id, "\"1\"").statusCode(200);

        // Version 1 stays readable, unchanged, and now superseded by version 2.
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().statusCode(200).body("status", is("FINALISED"))
                .body("supersededById", is((int) v2id)).body("sections.find { it.kind == 'CONCLUSION' }.body", is("Kết luận"))
                .body("signatures", hasSize(2));
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().statusCode(200).body("versionNo", contains(2, 1))
                .body("supersededById", contains(null, (int) v2id)).body("previousId", contains((int) id, null));
        correct(plan, id, "Bản cũ").statusCode(409).body("detail", containsString("bản mới nhất"));
        List<String> trail = audit.trail("Minutes", Long.toString(id)).stream().map(e -> e.action).toList();
        assertTrue(trail.containsAll(List.of("assembled", "signature-recorded", "signature-removed", "finalised", "superseded")), trail::toString);
    }

    @Test
    void theFinalisedMinutesAreAnOfficialPaperInWordAndPdf() throws Exception {
        // Planned for two days ago, held yesterday (the session record's day): the paper is dated the day it was held.
        long plan = heldPlan(TODAY.minusDays(2));
        long item = item(plan, "Đường Quang Trung ngập khi mưa lớn");
        recordSession(plan, item);
        long id = assemble(TestTokens.vanphong(), plan).statusCode(201).extract().jsonPath().getLong("id");
        download(TestTokens.vanphong(), plan, id, "document.pdf").statusCode(409);
        sign(plan, id, signature(SPEAKER, "CITIZEN", "SIGNED", null)).statusCode(200);
        sign(plan, id, signature("Trần Văn Bình", "ORGANISATION", "DECLINED", "Chưa đồng ý với ý kiến trả lời")).statusCode(200);
        nameTheChair(plan, id);
        finalise(TestTokens.vanphong(), plan, id, "\"1\"").statusCode(200);

        byte[] docx = download(TestTokens.vanphong(), plan, id, "document.docx").statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header("Content-Disposition", startsWith("attachment;")).extract().asByteArray();
        String words = docxText(docx);
        assertTrue(words.contains(dated(TODAY.minusDays(1))), () -> "not dated the day held in\n" + words);
        assertFalse(words.contains(dated(TODAY.minusDays(2))), () -> "dated the planned day in\n" + words);
        for (String expected : List.of("THỊ ỦY BA ĐỒN", "ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN", "Ý KIẾN 1: NGUYỄN THỊ HƯỜNG", SPEAKER,
                "Không ký", "Chưa đồng ý với ý kiến trả lời", "THƯ KÝ", "CHỦ TRÌ HỘI NGHỊ", "Trần Văn Phòng")) {
            assertTrue(words.contains(expected), () -> "missing " + expected + " in\n" + words);
        }
        byte[] pdf = download(TestTokens.phongtnmt(), plan, id, "document.pdf").statusCode(200).contentType(startsWith("application/pdf"))
                .extract().asByteArray();
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= Pdfs.pages(pdf); page++) {
            text.append(Pdfs.text(pdf, page)).append(' ');
        }
        String all = text.toString();
        for (String expected : List.of("BIÊN BẢN", "Đường Quang Trung ngập khi mưa lớn", "CHỦ TRÌ HỘI NGHỊ", dated(TODAY.minusDays(1)))) {
            assertTrue(all.contains(expected), () -> "missing " + expected + " in\n" + all);
        }
        // Unit staff read the citizen who spoke as the participant list shows her to them, not by name.
        assertFalse(all.contains(SPEAKER), () -> "the speaker's name reached the unit in\n" + all);
        assertTrue(all.contains("Công dân"), () -> "the speaker as the unit sees her, in\n" + all);
    }

    @Test
    void draftsAreForTheOfficeAndTheChairAndOnlyTheOfficeWritesThem() {
        long plan = heldPlan();
        assemble(TestTokens.bithu(), plan).statusCode(403);
        assemble(TestTokens.phongtnmt(), plan).statusCode(403);
        long id = assemble(TestTokens.vanphong(), plan).statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.bithu()).get(path(plan) + "/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.bithu()).get(path(plan)).then().statusCode(200).body("id", contains((int) id));
        for (String token : List.of(TestTokens.phongtnmt(), TestTokens.phuongbadon())) {
            given().auth().oauth2(token).get(path(plan) + "/" + id).then().statusCode(403);
            given().auth().oauth2(token).get(path(plan)).then().statusCode(200).body("", hasSize(0));
        }
        given().auth().oauth2(TestTokens.congdan()).get(path(plan) + "/" + id).then().statusCode(403);
        given().auth().oauth2(TestTokens.congdan()).get(path(plan)).then().statusCode(403);
        given().get(path(plan)).then().statusCode(401);
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).body(signature("A", "CITIZEN", "SIGNED", null))
                .post(path(plan) + "/" + id + "/signatures").then().statusCode(403);
        correct(plan, id, "x").statusCode(409);
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .post(path(plan) + "/" + id + "/corrections").then().statusCode(403);
        finalise(TestTokens.phongtnmt(), plan, id, "\"0\"").statusCode(403);

        sign(plan, id, signature(SPEAKER, "CITIZEN", "SIGNED", null)).statusCode(200);
        nameTheChair(plan, id);
        finalise(TestTokens.vanphong(), plan, id, "\"1\"").statusCode(200);
        // Once finalised, the units and wards read it.
        given().auth().oauth2(TestTokens.phongtnmt()).get(path(plan) + "/" + id).then().statusCode(200).body("status", is("FINALISED"));
        given().auth().oauth2(TestTokens.phuongbadon()).get(path(plan)).then().statusCode(200).body("id", contains((int) id));
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/987654321").then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get(path(heldPlan()) + "/" + id).then().statusCode(404);
    }

    @Test
    void theDemoSeedPlanHasFinalisedMinutesSignedWithOneRefusal() throws SQLException {
        long plan;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                var r = s.executeQuery("select id from plan where number = '61' and symbol = 'KH/ThU' and created_by = 'demo'")) {
            org.junit.jupiter.api.Assumptions.assumeTrue(r.next(), "demo data loaded");
            plan = r.getLong(1);
        }
        long id = given().auth().oauth2(TestTokens.bithu()).get(path(plan)).then().statusCode(200).body("versionNo", contains(1))
                .body("status", contains("FINALISED")).extract().jsonPath().getLong("[0].id");
        given().auth().oauth2(TestTokens.bithu()).get(path(plan) + "/" + id).then().statusCode(200).body("signatures", hasSize(4))
                .body("signatures.outcome", contains("SIGNED", "DECLINED", "SIGNED", "SIGNED"))
                .body("signatures[1].declinedReason", startsWith("Chưa đồng ý"))
                .body("sections.find { it.kind == 'CONCLUSION' }.body", startsWith("Đồng chí Bí thư Thị ủy"));
    }

    // --- helpers ---

    private static String path(long plan) {
        return "/api/v1/plans/" + plan + "/minutes";
    }

    /** A published plan whose session was yesterday, held. */
    private static long heldPlan() {
        return heldPlan(TODAY.minusDays(1));
    }

    private static long heldPlan(LocalDate sessionDay) {
        long id = TestPlans.create(sessionDay, "Đối thoại biên bản", "73", "Môi trường và đất đai", List.of("Vệ sinh môi trường"))
                .getLong("id");
        TestPlans.publish(id);
        TestPlans.act(TestTokens.vanphong(), id, "HOLD");
        return id;
    }

    private static long item(long plan, String title) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PETITION", "channel", "AT_SESSION", "title", title, "content", "Ngập sâu sau mỗi trận mưa",
                        "wardCode", "phuong-ba-don"))
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /**
     * What the session mode would have recorded: started 8:05 and ended 11:30 yesterday; three invited, two checked
     * in; two speakers (one skipped is left out), the first raising the item; answers to a speaker, on the item, and
     * to nobody in particular.
     */
    private void recordSession(long plan, long item) throws SQLException {
        Instant start = TODAY.minusDays(1).atTime(8, 5).atZone(VIETNAM).toInstant();
        Instant end = TODAY.minusDays(1).atTime(11, 30).atZone(VIETNAM).toInstant();
        try (Connection c = dataSource.getConnection()) {
            // Hibernate keeps instants in UTC (quarkus.hibernate-orm.jdbc.timezone=UTC).
            var utc = java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
            try (PreparedStatement s = c.prepareStatement("insert into session_record (plan_id, started_at, ended_at, version, updated_at) "
                    + "values (?, ?, ?, 0, now(6))")) {
                s.setLong(1, plan);
                s.setTimestamp(2, Timestamp.from(start), utc);
                s.setTimestamp(3, Timestamp.from(end), utc);
                s.executeUpdate();
            }
            long group;
            try (Statement s = c.createStatement(); var r = s.executeQuery("select id from plan_composition_group where plan_id = " + plan
                    + " order by position limit 1")) {
                r.next();
                group = r.getLong(1);
            }
            for (int i = 0; i < 3; i++) {
                long person;
                try (PreparedStatement s = c.prepareStatement("insert into person (full_name, created_by, created_at, updated_at) "
                        + "values (?, 'test', now(6), now(6))", Statement.RETURN_GENERATED_KEYS)) {
                    s.setString(1, "Đại biểu " + i);
                    s.executeUpdate();
                    var keys = s.getGeneratedKeys();
                    keys.next();
                    person = keys.getLong(1);
                }
                try (PreparedStatement s = c.prepareStatement("insert into participation (plan_id, person_id, kind, level, composition_group_id, "
                        + "source, rsvp, checked_in_at, token, created_by, created_at, updated_at) values (?, ?, 'CITIZEN', 'TOWN', ?, 'STAFF', "
                        + "'ACCEPTED', " + (i < 2 ? "now(6)" : "null") + ", ?, 'test', now(6), now(6))")) {
                    s.setLong(1, plan);
                    s.setLong(2, person);
                    s.setLong(3, group);
                    s.setString(4, (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 43));
                    s.executeUpdate();
                }
            }
            long first = speaker(c, plan, 1, SPEAKER, "Tổ dân phố 3, phường Ba Đồn", "DONE");
            speaker(c, plan, 2, "Người vắng mặt", null, "SKIPPED");
            long second = speaker(c, plan, 3, "Lê Văn Tám", "Hội Cựu chiến binh", "DONE");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into session_speaker_item (speaker_id, feedback_id, position) values (" + first + ", " + item + ", 0)");
            }
            long unit;
            try (Statement s = c.createStatement(); var r = s.executeQuery("select id from org_unit where code = 'phong-tnmt'")) {
                r.next();
                unit = r.getLong(1);
            }
            answer(c, plan, first, null, "Ông Phạm Văn Nam", unit, "Sẽ nạo vét cống trong quý I");
            answer(c, plan, null, item, "Ông Phạm Văn Nam", null, "Sẽ lắp đèn chiếu sáng");
            answer(c, plan, second, null, "Bà Hoàng Thị Lan", null, "Hội sẽ phối hợp");
            answer(c, plan, null, null, "Chủ tịch UBND thị xã", null, "Thị xã sẽ rà soát chung");
        }
    }

    private static long speaker(Connection c, long plan, int seq, String name, String affiliation, String status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into session_speaker (plan_id, seq, name, affiliation, source, status, version, "
                + "created_by, created_at, updated_at) values (?, ?, ?, ?, 'FLOOR', ?, 0, 'test', now(6), now(6))", Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, plan);
            s.setInt(2, seq);
            s.setString(3, name);
            s.setString(4, affiliation);
            s.setString(5, status);
            s.executeUpdate();
            var keys = s.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void answer(Connection c, long plan, Long speaker, Long item, String by, Long unit, String content) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into session_answer (plan_id, speaker_id, feedback_id, answered_by, unit_id, content, "
                + "created_by, created_at) values (?, ?, ?, ?, ?, ?, 'test', now(6))")) {
            s.setLong(1, plan);
            s.setObject(2, speaker);
            s.setObject(3, item);
            s.setString(4, by);
            s.setObject(5, unit);
            s.setString(6, content);
            s.executeUpdate();
        }
    }

    private static ValidatableResponse assemble(String token, long plan) {
        return given().auth().oauth2(token).post(path(plan)).then();
    }

    /** The draft's text with the concluding remarks filled in. */
    private static Map<String, Object> edit(JsonPath m, String conclusion) {
        List<Map<String, Object>> sections = m.getList("sections");
        List<Map<String, Object>> edited = sections.stream().map(s -> {
            Map<String, Object> copy = new HashMap<>(s);
            if ("CONCLUSION".equals(s.get("kind"))) {
                copy.put("body", conclusion);
            }
            return copy;
        }).toList();
        Map<String, Object> body = new HashMap<>();
        body.put("chairName", "Lê Bí Thư");
        body.put("secretaryName", m.getString("secretaryName"));
        body.put("sections", edited);
        return body;
    }

    /** The plan names no chair: the office writes the name under the chair's signature block. Returns the new ETag. */
    private static String nameTheChair(long plan, long id) {
        var current = given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().statusCode(200).extract();
        return put(TestTokens.vanphong(), plan, id, current.header("ETag"), edit(current.jsonPath(), "Kết luận")).statusCode(200)
                .body("chairName", is("Lê Bí Thư")).extract().header("ETag");
    }

    private static ValidatableResponse put(String token, long plan, long id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path(plan) + "/" + id).then();
    }

    private static Map<String, Object> signature(String name, String representing, String outcome, String reason) {
        Map<String, Object> s = new HashMap<>();
        s.put("name", name);
        s.put("title", "Đại biểu");
        s.put("organisation", "ORGANISATION".equals(representing) ? "Hội Nông dân phường Ba Đồn" : null);
        s.put("representing", representing);
        s.put("outcome", outcome);
        s.put("declinedReason", reason);
        return s;
    }

    private static ValidatableResponse sign(long plan, long id, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body).post(path(plan) + "/" + id + "/signatures")
                .then();
    }

    private static ValidatableResponse finalise(String token, long plan, long id, String ifMatch) {
        return given().auth().oauth2(token).header("If-Match", ifMatch).post(path(plan) + "/" + id + "/finalise").then();
    }

    private static ValidatableResponse correct(long plan, long id, String reason) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post(path(plan) + "/" + id + "/corrections").then();
    }

    private static ValidatableResponse download(String token, long plan, long id, String file) {
        return given().auth().oauth2(token).get(path(plan) + "/" + id + "/" + file).then();
    }

    /** The date line of an official paper (Nghị định 30: day and months 1–2 with a leading zero). */
    private static String dated(LocalDate day) {
        return String.format("ngày %02d tháng %s năm %d", day.getDayOfMonth(),
                day.getMonthValue() < 3 ? String.format("%02d", day.getMonthValue()) : String.valueOf(day.getMonthValue()), day.getYear());
    }

    private static String docxText(byte[] docx) throws Exception {
        byte[] document = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    document = in.readAllBytes();
                }
            }
        }
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        var doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(document));
        var texts = doc.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "t");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent()).append('\n');
        }
        return text.toString();
    }
}
