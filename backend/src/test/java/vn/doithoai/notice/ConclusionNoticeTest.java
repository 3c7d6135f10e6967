package vn.doithoai.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.participant.export.Pdfs;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * The conclusion notice: its deadline from the plan's own rule, generated as DOCX and PDF read back from the files,
 * kept (the same bytes on every download), regenerated only with a reason as a new revision, office and chair only.
 */
@QuarkusTest
class ConclusionNoticeTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = TestClock.today();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String RESOLVE_CONTENT = "Khẩn trương nạo vét mương thoát nước, xử lý dứt điểm mùi hôi ở tổ dân phố 3";
    private static final String DECLINE_REASON = "Vụ việc đã có bản án có hiệu lực pháp luật";

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AuditLog audit;

    @Inject
    NoticeDemoData demo;

    @Test
    void theDeadlineIsThePlansRuleInWorkingDaysAcrossAHoliday() {
        // 24 December: the 10 working days after it skip New Year's Day.
        LocalDate session = LocalDate.of(TODAY.getYear(), 12, 24);
        if (!session.isAfter(TODAY)) {
            session = session.plusYears(1);
        }
        LocalDate expected = calendar.national().addWorkingDays(session, 10);
        assertNotEquals(weekdaysAfter(session, 10), expected, "a holiday lies in the ten working days");
        long plan = TestPlans.create(session, "Đối thoại thông báo", "73", "Trật tự đô thị", List.of("Lấn chiếm vỉa hè")).getLong("id");

        JsonPath json = notice(TestTokens.vanphong(), plan).statusCode(200).header("ETag", is("\"0\""))
                .body("deadline.dueDate", is(expected.toString())).body("deadline.rule.offset", is(10))
                .body("deadline.rule.unit", is("WORKING_DAYS")).body("deadline.rule.direction", is("AFTER"))
                .body("symbol", is("TB/ThU")).body("revision", is(0))
                .body("signerTitle", is("T/M BAN THƯỜNG VỤ\nBÍ THƯ")).extract().jsonPath();
        assertTrue(json.getInt("deadline.daysLeft") > 3);
        // The plan's own task for the notice says the same day.
        List<Map<String, Object>> tasks = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan).then()
                .extract().jsonPath().getList("tasks");
        assertTrue(tasks.stream().anyMatch(t -> String.valueOf(t.get("description")).contains("kết luận")
                && expected.toString().equals(t.get("dueDate"))));
    }

    @Test
    void aCommunePlansDeadlineIsItsRuleToMakeTheOutcomeKnown() {
        // The 2025 commune template: "Công khai kết quả đối thoại (chậm nhất 10 ngày sau ngày đối thoại)", calendar days.
        LocalDate session = TODAY.plusDays(5);
        long plan = TestPlans.createCommune(session, "Đối thoại của Chủ tịch UBND phường", "15", "Vệ sinh môi trường",
                List.of("Rác thải sinh hoạt")).getLong("id");

        // Ten calendar days; one that lands on a day off moves to the next working day.
        LocalDate expected = session.plusDays(10);
        while (!calendar.national().isWorkingDay(expected)) {
            expected = expected.plusDays(1);
        }
        notice(TestTokens.vanphong(), plan).statusCode(200).body("deadline.dueDate", is(expected.toString()))
                .body("deadline.rule.offset", is(10)).body("deadline.rule.unit", is("CALENDAR_DAYS"))
                .body("deadline.rule.direction", is("AFTER")).body("deadline.level", is("OK"));
    }

    @Test
    void theWarningLevelFollowsTheWorkingDaysLeft() {
        long ok = TestPlans.create(TODAY.minusDays(1), "Đối thoại thông báo", "74", "Trật tự đô thị", List.of("Lấn chiếm vỉa hè"))
                .getLong("id");
        notice(TestTokens.bithu(), ok).statusCode(200).body("deadline.level", is("OK"))
                .body("deadline.daysLeft", greaterThanOrEqualTo(4));
        LocalDate session = calendar.national().addWorkingDays(TODAY, -8);
        long near = TestPlans.create(session, "Đối thoại thông báo", "75", "Trật tự đô thị", List.of("Lấn chiếm vỉa hè")).getLong("id");
        notice(TestTokens.vanphong(), near).statusCode(200).body("deadline.dueDate", is(calendar.national().addWorkingDays(session, 10).toString()))
                .body("deadline.level", is("NEAR")).body("deadline.daysLeft", lessThanOrEqualTo(3))
                .body("deadline.daysLeft", greaterThanOrEqualTo(0));
        LocalDate past = TODAY.minusDays(19);
        assertTrue(calendar.national().addWorkingDays(past, 10).isBefore(TODAY));
        long overdue = TestPlans.create(past, "Đối thoại thông báo", "78", "Trật tự đô thị", List.of("Lấn chiếm vỉa hè")).getLong("id");
        notice(TestTokens.vanphong(), overdue).statusCode(200).body("deadline.level", is("OVERDUE"))
                .body("deadline.daysLeft", lessThanOrEqualTo(-1));
    }

    @Test
    void generatedFilesCarryTheNumberDateAndRulingsByFocusAreaAndAreKept() {
        Held h = heldPlanWithRulings();
        String path = path(h.plan());

        // Nothing drafted yet: what the paper cannot do without is named, in the caller's language.
        generate(TestTokens.vanphong(), h.plan(), "\"0\"", Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("number", "issuedOn", "signerName")).body("errors.field", contains("number", "issuedOn", "signerName"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of()).post(path + "/generate").then().statusCode(400).body("errors[0].message", is("The notice needs a number."));

        Map<String, Object> draft = draft("125");
        draft.remove("number");
        save(TestTokens.vanphong(), h.plan(), "\"0\"", draft).statusCode(200).header("ETag", is("\"0\"")).body("number", nullValue());
        generate(TestTokens.bithu(), h.plan(), "\"0\"", Map.of()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("number")).body("errors[0].message", is("Cần có số thông báo."));
        save(TestTokens.vanphong(), h.plan(), "\"0\"", draft("125")).statusCode(200).header("ETag", is("\"1\""))
                .body("number", is("125")).body("groups.title", contains("Vệ sinh môi trường", "Các nội dung khác"))
                .body("groups[0].rulings[0].text", containsString("Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Phòng Quản lý đô thị"))
                .body("groups[1].rulings[0].type", is("DECLINED")).body("groups.rulings.flatten()", hasSize(2));
        save(TestTokens.vanphong(), h.plan(), "\"0\"", draft("125")).statusCode(412);

        generate(TestTokens.bithu(), h.plan(), "\"1\"", Map.of()).statusCode(200).header("ETag", is("\"2\"")).body("revision", is(1))
                .body("revisions.revision", contains(1)).body("deadline.level", is("DONE"))
                // The one who generated it, by name rather than by account.
                .body("revisions[0].generatedBy", is("Lê Bí Thư"));

        String date = String.format("ngày %02d tháng %s năm %d", TODAY.getDayOfMonth(),
                TODAY.getMonthValue() < 3 ? String.format("%02d", TODAY.getMonthValue()) : String.valueOf(TODAY.getMonthValue()), TODAY.getYear());
        List<String> expected = List.of("ĐẢNG BỘ TỈNH QUẢNG BÌNH", "THỊ ỦY BA ĐỒN", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 125-TB/ThU", "Ba Đồn, " + date,
                "THÔNG BÁO", "Kết luận của đồng chí Bí thư Thị ủy Ba Đồn tại buổi đối thoại với Nhân dân", "1. Vệ sinh môi trường",
                "2. Các nội dung khác", "Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Phòng Quản lý đô thị",
                "khẩn trương nạo vét mương thoát nước, xử lý dứt điểm mùi hôi ở tổ dân phố 3",
                "hoàn thành trước ngày " + DAY.format(h.due()), DECLINE_REASON.substring(1), "Nơi nhận:", "T/M BAN THƯỜNG VỤ", "Trần Văn Bình");

        byte[] docx = download(TestTokens.vanphong(), path + "/files/docx");
        String word = wordText(docx);
        for (String e : expected) {
            assertTrue(word.contains(e), () -> "missing " + e + " in the DOCX:\n" + word);
        }
        assertFalse(word.contains("Bản nháp chưa ban hành"), "a draft ruling is not in the notice");
        byte[] pdf = download(TestTokens.bithu(), path + "/files/pdf");
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
        String text = pdfText(pdf);
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "missing " + e + " in the PDF:\n" + text);
        }

        // Kept: every download is the stored file, byte for byte.
        assertArrayEquals(pdf, download(TestTokens.vanphong(), path + "/files/pdf"));
        assertArrayEquals(docx, download(TestTokens.vanphong(), path + "/files/docx"));
        assertArrayEquals(pdf, download(TestTokens.vanphong(), path + "/revisions/1/files/pdf"));

        // Generated again only on purpose, with a reason; the earlier revision stays.
        generate(TestTokens.vanphong(), h.plan(), "\"2\"", Map.of()).statusCode(409).body("detail", containsString("Tạo lại"));
        generate(TestTokens.vanphong(), h.plan(), "\"2\"", Map.of("regenerate", true)).statusCode(400).body("errors.field", contains("reason"));
        generate(TestTokens.vanphong(), h.plan(), "\"2\"", Map.of("regenerate", true, "reason", "  ")).statusCode(400);
        generate(TestTokens.vanphong(), h.plan(), "\"1\"", Map.of("regenerate", true, "reason", "Sửa nơi nhận")).statusCode(412);
        save(TestTokens.vanphong(), h.plan(), "\"2\"", draft("126")).statusCode(200);
        generate(TestTokens.vanphong(), h.plan(), "\"3\"", Map.of("regenerate", true, "reason", "Sửa số thông báo")).statusCode(200)
                .body("revision", is(2)).body("revisions.revision", contains(2, 1)).body("revisions[0].reason", is("Sửa số thông báo"))
                .body("revisions[0].number", is("126")).body("revisions[1].number", is("125")).body("revisions[1].reason", nullValue());
        assertTrue(pdfText(download(TestTokens.vanphong(), path + "/files/pdf")).contains("Số 126-TB/ThU"));
        assertArrayEquals(pdf, download(TestTokens.bithu(), path + "/revisions/1/files/pdf"));
        assertArrayEquals(docx, download(TestTokens.bithu(), path + "/revisions/1/files/docx"));
        given().auth().oauth2(TestTokens.vanphong()).get(path + "/revisions/3/files/pdf").then().statusCode(404);

        assertEquals(List.of("drafted", "edited", "generated", "edited", "regenerated"),
                audit.trail("ConclusionNotice", Long.toString(h.plan())).stream().map(e -> e.action).toList());
    }

    @Test
    void onlyTheOfficeDraftsAndTheOfficeOrChairGenerates() {
        Held h = heldPlanWithRulings();
        String path = path(h.plan());
        for (String token : List.of(TestTokens.phongtnmt(), TestTokens.congdan(), TestTokens.phuongbadon())) {
            notice(token, h.plan()).statusCode(403);
            save(token, h.plan(), "\"0\"", draft("125")).statusCode(403);
            generate(token, h.plan(), "\"0\"", Map.of()).statusCode(403);
            given().auth().oauth2(token).get(path + "/files/pdf").then().statusCode(403);
        }
        given().get(path).then().statusCode(401);
        save(TestTokens.bithu(), h.plan(), "\"0\"", draft("125")).statusCode(403);
        given().auth().oauth2(TestTokens.vanphong()).get(path + "/files/pdf").then().statusCode(404);
        save(TestTokens.vanphong(), h.plan(), null, draft("125")).statusCode(428);
        save(TestTokens.vanphong(), h.plan(), "\"0\"", draft("125")).statusCode(200);
        generate(TestTokens.vanphong(), h.plan(), null, Map.of()).statusCode(428);
        generate(TestTokens.vanphong(), h.plan(), "\"0\"", Map.of()).statusCode(200);
        notice(TestTokens.vanphong(), 987654321L).statusCode(404);
    }

    @Test
    void aNoticeFollowsTheSessionAndAnIssuedRuling() {
        long published = TestPlans.create(TODAY.plusDays(20), "Đối thoại thông báo", "76", "Trật tự đô thị", List.of("Lấn chiếm vỉa hè"))
                .getLong("id");
        TestPlans.publish(published);
        save(TestTokens.vanphong(), published, "\"0\"", draft("125")).statusCode(200);
        generate(TestTokens.vanphong(), published, "\"0\"", Map.of()).statusCode(409).body("detail", containsString("chưa được tổ chức"));

        long held = TestPlans.create(TODAY.minusDays(1), "Đối thoại thông báo", "77", "Trật tự đô thị", List.of("Lấn chiếm vỉa hè"))
                .getLong("id");
        TestPlans.publish(held);
        TestPlans.act(TestTokens.vanphong(), held, "HOLD");
        long item = item(held);
        ruling(held, Map.of("type", "EXPLAINED", "content", "Bản nháp", "feedbackIds", List.of(item)));
        save(TestTokens.vanphong(), held, "\"0\"", draft("125")).statusCode(200);
        generate(TestTokens.vanphong(), held, "\"0\"", Map.of()).statusCode(409).body("detail", containsString("Chưa có kết luận nào"));
        notice(TestTokens.vanphong(), held).statusCode(200).body("groups", hasSize(0)).body("revision", is(0))
                .body("defaultOpening", containsString("Hội trường Thị ủy")).body("defaultOpening", containsString("đồng chí Bí thư Thị ủy"));
    }

    @Test
    void theDemoStepGeneratesTheNoticeOnceAndSkipsAPlanWithoutIssuedRulings() {
        long bare = TestPlans.create(TODAY.minusDays(1), "Đối thoại thông báo", "79", "Trật tự đô thị", List.of("Lấn chiếm vỉa hè"))
                .getLong("id");
        String step = "notice-test-" + UUID.randomUUID();
        assertFalse(demo.load(bare, step));
        Held h = heldPlanWithRulings();
        assertTrue(demo.load(h.plan(), step));
        assertFalse(demo.load(h.plan(), step), "applied once");
        notice(TestTokens.vanphong(), h.plan()).statusCode(200).body("revision", is(1)).body("number", is("112"))
                .body("symbol", is("TB/ThU")).body("signerName", is("Trần Văn Bình")).body("revisions", hasSize(1))
                .body("revisions[0].generatedBy", is(NoticeDemoData.OFFICE_USER));
        assertEquals(List.of(NoticeDemoData.OFFICE_USER), audit.trail(ConclusionNotices.AUDIT_TYPE, Long.toString(h.plan())).stream()
                .map(e -> e.actor).distinct().toList(), "the audit trail names the office");
        assertTrue(pdfText(download(TestTokens.bithu(), path(h.plan()) + "/files/pdf")).contains("Số 112-TB/ThU"));
    }

    // --- fixtures ------------------------------------------------------------------------------------------------

    private record Held(long plan, LocalDate due) {
    }

    /**
     * A held plan with an issued RESOLVE ruling on an item of its first focus area, an issued DECLINED ruling on an
     * item of none, and a draft ruling that is not part of the notice.
     */
    private static Held heldPlanWithRulings() {
        var created = TestPlans.create(TODAY.minusDays(1), "Đối thoại thông báo", "72", "Môi trường và đất đai",
                List.of("Vệ sinh môi trường", "Quản lý đất đai"));
        long plan = created.getLong("id");
        long area = created.getLong("focusAreas[0].id");
        TestPlans.publish(plan);
        TestPlans.act(TestTokens.vanphong(), plan, "HOLD");
        long smell = item(plan);
        String etag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + smell).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("focusAreaId", area, "priority", "HIGH")).put("/api/v1/feedback/" + smell + "/classification").then()
                .statusCode(200);
        long land = item(plan);
        LocalDate due = TODAY.plusDays(30);
        long resolve = ruling(plan, Map.of("type", "RESOLVE", "content", RESOLVE_CONTENT, "feedbackIds", List.of(smell), "unitCode",
                "phong-tnmt", "coordinatingUnitCodes", List.of("phong-qldt"), "dueDate", due.toString()));
        long declined = ruling(plan, Map.of("type", "DECLINED", "content", "Không xem xét lại việc bồi thường đất", "feedbackIds",
                List.of(land), "reason", DECLINE_REASON));
        ruling(plan, Map.of("type", "EXPLAINED", "content", "Bản nháp chưa ban hành", "feedbackIds", List.of(land)));
        issue(plan, resolve);
        issue(plan, declined);
        return new Held(plan, due);
    }

    private static Map<String, Object> draft(String number) {
        Map<String, Object> d = new HashMap<>();
        d.put("number", number);
        d.put("symbol", "TB/ThU");
        d.put("issuedOn", TODAY.toString());
        d.put("parentBody", "Đảng bộ tỉnh Quảng Bình");
        d.put("signerName", "Trần Văn Bình");
        d.put("signerTitle", "T/M BAN THƯỜNG VỤ\nBÍ THƯ");
        d.put("recipients", List.of("Thường trực Tỉnh ủy (b/c);", "Các cơ quan, đơn vị được giao;", "Lưu Văn phòng Thị ủy."));
        d.put("opening", null);
        return d;
    }

    private static long item(long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PETITION", "channel", "AT_SESSION", "title", "Ý kiến " + UUID.randomUUID(),
                        "content", "Mương thoát nước bốc mùi hôi", "wardCode", "phuong-ba-don"))
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long ruling(long plan, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/rulings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void issue(long plan, long ruling) {
        String url = "/api/v1/plans/" + plan + "/rulings/" + ruling;
        String etag = given().auth().oauth2(TestTokens.bithu()).get(url).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag).post(url + "/issue").then().statusCode(200);
    }

    private static String path(long plan) {
        return "/api/v1/plans/" + plan + "/conclusion-notice";
    }

    private static ValidatableResponse notice(String token, long plan) {
        return given().auth().oauth2(token).get(path(plan)).then();
    }

    private static ValidatableResponse save(String token, long plan, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path(plan)).then();
    }

    private static ValidatableResponse generate(String token, long plan, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.post(path(plan) + "/generate").then();
    }

    private static byte[] download(String token, String url) {
        return given().auth().oauth2(token).get(url).then().statusCode(200).header("Cache-Control", "no-store")
                .header("Content-Disposition", containsString("thong-bao-ket-luan")).extract().asByteArray();
    }

    /** The text of every w:t of word/document.xml, one per line. */
    private static String wordText(byte[] docx) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    var xml = DocumentBuilderFactory.newInstance();
                    xml.setNamespaceAware(true);
                    var doc = xml.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                    var texts = doc.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "t");
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < texts.getLength(); i++) {
                        out.append(texts.item(i).getTextContent()).append('\n');
                    }
                    return out.toString();
                }
            }
            throw new AssertionError("no word/document.xml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String pdfText(byte[] pdf) {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= Pdfs.pages(pdf); page++) {
            text.append(Pdfs.text(pdf, page)).append(' ');
        }
        return text.toString();
    }

    /** Ten weekdays on, as if there were no holidays. */
    private static LocalDate weekdaysAfter(LocalDate from, int days) {
        LocalDate d = from;
        while (days > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days--;
            }
        }
        return d;
    }
}
