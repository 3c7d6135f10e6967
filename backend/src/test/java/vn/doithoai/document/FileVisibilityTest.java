package vn.doithoai.document;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.FileText;
import vn.doithoai.testsupport.FileTexts;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/**
 * Every file the API produces shows each caller exactly what the caller's JSON view of the same data shows. Citizens
 * who did not agree to be named, one in the ward officer's ward and one in another ward, a named citizen and a delegate
 * carry unique marker strings (name, phone, email, address, village, and the token of their confirmation link); each
 * file is fetched as each caller, its text and QR codes read back ({@link FileTexts}), and each marker must be in the
 * file exactly when that caller's JSON of the same data shows it and the file is one that carries that field.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileVisibilityTest {

    private static final LocalDate TODAY = TestClock.today();

    enum Caller {
        OFFICE, CHAIR, UNIT, WARD, CITIZEN, ADMIN, ANONYMOUS;

        String token() {
            return switch (this) {
                case OFFICE -> TestTokens.vanphong();
                case CHAIR -> TestTokens.bithu();
                case UNIT -> TestTokens.phongtnmt();
                case WARD -> TestTokens.phuongbadon();
                case CITIZEN -> TestTokens.congdan();
                case ADMIN -> TestTokens.quantri();
                case ANONYMOUS -> null;
            };
        }

        RequestSpecification request() {
            RequestSpecification r = given();
            return this == ANONYMOUS ? r : r.auth().oauth2(token());
        }
    }

    enum Field {
        NAME, PHONE, EMAIL, ADDRESS, VILLAGE, TOKEN
    }

    /** Someone on the plan's list, with the marker of each field they have (a delegate has no village). */
    record Someone(String label, String ward, String villageCode, boolean citizen, boolean namePublic, Map<Field, String> markers) {

        String marker(Field f) {
            return markers.get(f);
        }
    }

    private long plan;
    /** Set once everything below is in place: a test never runs on half a fixture. */
    private boolean ready;
    private long batch;
    private long minutes;
    private long feedbackItem;
    private long feedbackAttachment;
    private byte[] feedbackAttachmentBytes;
    private long ruling;
    private long progressReport;
    private long progressAttachment;
    private long task;
    private final List<Someone> people = new ArrayList<>();
    private Someone home;
    private Someone away;
    private Someone named;
    private Someone delegate;

    // Once per class, but RestAssured knows the test server's port only around each test.
    @BeforeEach
    void aPlanWithMarkedPeopleInvitedHeardMinutedAndRuledOn() throws Exception {
        if (ready) {
            return;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(plan == 0, "the fixture failed in an earlier test");
        var created = TestPlans.create(TODAY, "Đối thoại tệp riêng tư", "74", "Môi trường", List.of("Vệ sinh môi trường"));
        plan = created.getLong("id");
        task = created.getLong("tasks[0].id");
        long focusArea = created.getLong("focusAreas[0].id");
        TestPlans.publish(plan);

        home = someone("home", "phuong-ba-don", true, false);
        away = someone("away", "phuong-quang-tho", true, false);
        named = someone("named", "phuong-quang-tho", true, true);
        delegate = someone("delegate", null, false, false);
        List<Long> ids = new ArrayList<>();
        for (Someone s : List.of(home, away, named, delegate)) {
            ids.add(add(s));
        }
        batch = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("number", "126-GM/ThU", "issuedOn", TODAY.toString(), "channel", "HAND_DELIVERY", "participantIds", ids,
                        "lateOverrideReason", "Hội nghị tổ chức gấp"))
                .post("/api/v1/plans/" + plan + "/invitations").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath all = given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 100).get("/api/v1/plans/" + plan + "/participants")
                .then().statusCode(200).extract().jsonPath();
        for (int i = 0; i < people.size(); i++) {
            Someone s = people.get(i);
            String token = all.getString("items.find { it.id == " + ids.get(i) + " }.token");
            assertEquals(43, token.length());
            s.markers().put(Field.TOKEN, token);
        }

        // The session: the citizens with a matter to raise become speakers under their own names.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).post("/api/v1/plans/" + plan + "/session/start").then().statusCode(200);
        TestPlans.act(TestTokens.vanphong(), plan, "HOLD");
        minutes = given().auth().oauth2(TestTokens.vanphong()).post("/api/v1/plans/" + plan + "/minutes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String minutesPath = "/api/v1/plans/" + plan + "/minutes/" + minutes;
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("name", home.marker(Field.NAME), "representing", "CITIZEN", "outcome", "SIGNED"))
                .post(minutesPath + "/signatures").then().statusCode(200);
        var current = given().auth().oauth2(TestTokens.vanphong()).get(minutesPath).then().statusCode(200).extract();
        Map<String, Object> edit = new HashMap<>();
        edit.put("chairName", "Lê Bí Thư");
        edit.put("secretaryName", current.jsonPath().getString("secretaryName"));
        edit.put("sections", current.jsonPath().getList("sections"));
        String etag = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", current.header("ETag"))
                .body(edit).put(minutesPath).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", etag).post(minutesPath + "/finalise").then().statusCode(200);

        // Feedback the office entered with the sender's name and contact, assigned to the unit, with a photo of the place.
        Map<String, Object> item = new HashMap<>(Map.of("kind", "PETITION", "channel", "AT_SESSION", "title", "Mương thoát nước tắc",
                "content", "Nước thải tràn ra đường sau mỗi trận mưa", "wardCode", "phuong-ba-don"));
        item.put("submitterName", home.marker(Field.NAME));
        item.put("submitterPhone", home.marker(Field.PHONE));
        item.put("submitterEmail", home.marker(Field.EMAIL));
        item.put("consent", TestConsents.given());
        feedbackItem = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(item)
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
        String itemEtag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + feedbackItem).then().extract().header("ETag");
        itemEtag = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", itemEtag)
                .body(Map.of("focusAreaId", focusArea, "priority", "HIGH")).put("/api/v1/feedback/" + feedbackItem + "/classification").then()
                .statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", itemEtag)
                .body(Map.of("unitCode", "phong-tnmt")).put("/api/v1/feedback/" + feedbackItem + "/assignment").then().log().ifValidationFails()
                .statusCode(200);
        feedbackAttachmentBytes = pdf("Ảnh hiện trường mương thoát nước");
        feedbackAttachment = given().auth().oauth2(TestTokens.vanphong()).contentType("application/octet-stream").body(feedbackAttachmentBytes)
                .queryParam("fileName", "hien-truong.pdf").post("/api/v1/feedback/" + feedbackItem + "/attachments").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        // The ruling on it, issued, followed with a note and its attachment; the notice drafted and generated.
        ruling = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("type", "RESOLVE", "content", "Nạo vét mương thoát nước", "feedbackIds", List.of(feedbackItem), "unitCode",
                        "phong-tnmt", "dueDate", TODAY.plusDays(30).toString()))
                .post("/api/v1/plans/" + plan + "/rulings").then().statusCode(201).extract().jsonPath().getLong("id");
        String rulingPath = "/api/v1/plans/" + plan + "/rulings/" + ruling;
        String rulingEtag = given().auth().oauth2(TestTokens.bithu()).get(rulingPath).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", rulingEtag).post(rulingPath + "/issue")
                .then().statusCode(200);
        progressReport = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("note", "Văn phòng đã nhắc đơn vị")).post(rulingPath + "/progress").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        progressAttachment = given().auth().oauth2(TestTokens.vanphong()).contentType("application/octet-stream").body(pdf("Biên bản kiểm tra"))
                .queryParam("fileName", "kiem-tra.pdf").post(rulingPath + "/progress/" + progressReport + "/attachments").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String noticePath = "/api/v1/plans/" + plan + "/conclusion-notice";
        String noticeEtag = given().auth().oauth2(TestTokens.vanphong()).get(noticePath).then().statusCode(200).extract().header("ETag");
        Map<String, Object> draft = new HashMap<>();
        draft.put("number", "127");
        draft.put("symbol", "TB/ThU");
        draft.put("issuedOn", TODAY.toString());
        draft.put("parentBody", "Đảng bộ tỉnh Quảng Bình");
        draft.put("signerName", "Trần Văn Bình");
        draft.put("signerTitle", "T/M BAN THƯỜNG VỤ\nBÍ THƯ");
        draft.put("recipients", List.of("Lưu Văn phòng Thị ủy."));
        noticeEtag = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", noticeEtag).body(draft)
                .put(noticePath).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", noticeEtag).body(Map.of())
                .post(noticePath + "/generate").then().statusCode(200);

        // The office's report for the plan's first task.
        String planEtag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType("application/octet-stream").header("If-Match", planEtag)
                .queryParam("fileName", "bao-cao.pdf").body(pdf("Báo cáo tình hình")).put("/api/v1/plans/" + plan + "/tasks/" + task + "/report")
                .then().statusCode(200);
        ready = true;
    }

    // --- the participant list ---

    @Test
    void theListsOwnJsonFollowsTheRule() {
        for (Caller c : Caller.values()) {
            var r = c.request().queryParam("size", 100).get("/api/v1/plans/" + plan + "/participants").then().extract();
            if (!listed(c)) {
                assertEquals(c == Caller.ANONYMOUS ? 401 : 403, r.statusCode(), c.name());
                continue;
            }
            FileText json = json(r);
            for (Someone s : people) {
                for (Field f : s.markers().keySet()) {
                    assertEquals(listShows(c, s, f), json.contains(s.marker(f)), () -> c + " sees " + s.label() + "'s " + f + " in " + json);
                }
            }
        }
    }

    @Test
    void theCsvAndTheWorkbookShowWhatTheListShows() {
        Set<Field> carried = EnumSet.of(Field.NAME, Field.PHONE, Field.EMAIL, Field.ADDRESS, Field.VILLAGE);
        for (String file : List.of("export.csv", "export.xlsx")) {
            for (Caller c : Caller.values()) {
                sameAsList(c, "/participants/" + file, "/participants", carried);
            }
        }
    }

    @Test
    void theAttendanceSheetShowsNamesAndPlacesAsTheListDoes() {
        for (Caller c : Caller.values()) {
            FileText sheet = sameAsList(c, "/participants/attendance-sheet.pdf", "/participants", EnumSet.of(Field.NAME, Field.VILLAGE));
            if (c == Caller.UNIT) {
                assertTrue(sheet.textContains("Công dân phường Ba Đồn") && sheet.textContains("Công dân phường Quảng Thọ"), sheet::toString);
            }
        }
    }

    /**
     * The letters carry each invitee's confirmation link as a QR code: with it anyone can answer or check in for the
     * invitee. Unit staff, whose list shows neither the links nor the citizens' names, get no letters at all.
     */
    @Test
    void invitationLettersGoOnlyToThoseWhoseListShowsTheLinks() {
        Set<Field> carried = EnumSet.of(Field.NAME, Field.VILLAGE, Field.TOKEN);
        String path = "/invitations/" + batch + "/letters.pdf";
        for (Caller c : Caller.values()) {
            var r = c.request().get("/api/v1/plans/" + plan + path).then().extract();
            int expected = switch (c) {
                case OFFICE, CHAIR, WARD -> 200;
                case ANONYMOUS -> 401;
                default -> 403;
            };
            if (r.statusCode() == 200 && listed(c)) {
                // Whatever a caller gets may show no more than their list of the batch does.
                FileText letters = FileTexts.read(r);
                sameAs(c, letters, list(c, "?batchId=" + batch), carried, "letters");
            }
            assertEquals(expected, r.statusCode(), () -> c + " downloads the letters");
            if (expected == 200) {
                FileText letters = FileTexts.read(r);
                for (Someone s : people) {
                    boolean own = c != Caller.WARD || "phuong-ba-don".equals(s.ward());
                    assertEquals(own, letters.qrContains(s.marker(Field.TOKEN)), () -> c + ": " + s.label() + "'s code in " + letters);
                }
            }
        }
    }

    @Test
    void theConfirmationQrCodeHoldsTheLinkAndNothingElse() {
        for (Someone s : people) {
            FileText svg = FileTexts.read(given().get("/api/v1/rsvp/" + s.marker(Field.TOKEN) + "/qr.svg").then().statusCode(200).extract());
            assertEquals(1, svg.qrCodes().size(), svg::toString);
            assertTrue(svg.qrCodes().get(0).endsWith("/xac-nhan/" + s.marker(Field.TOKEN)), svg::toString);
            for (Someone other : people) {
                for (Field f : other.markers().keySet()) {
                    boolean expected = other == s && f == Field.TOKEN;
                    assertEquals(expected, svg.contains(other.marker(f)), () -> other.label() + "'s " + f + " in " + svg);
                }
            }
        }
        given().get("/api/v1/rsvp/" + "B".repeat(43) + "/qr.svg").then().statusCode(404);
    }

    // --- official papers ---

    /**
     * The minutes name those who spoke and signed as the session heard them; each caller's copy of the paper says
     * exactly what their JSON of the same version says, and no paper carries anyone's phone, email, address or link.
     */
    @Test
    void theMinutesPapersSayWhatTheMinutesSay() {
        String path = "/api/v1/plans/" + plan + "/minutes/" + minutes;
        for (Caller c : Caller.values()) {
            var json = c.request().get(path).then().extract();
            assertEquals(listed(c) ? 200 : c == Caller.ANONYMOUS ? 401 : 403, json.statusCode(), c.name());
            for (String file : List.of("document.docx", "document.pdf")) {
                var r = c.request().get(path + "/" + file).then().extract();
                assertEquals(json.statusCode(), r.statusCode(), () -> c + " " + file);
                if (r.statusCode() == 200) {
                    FileText paper = FileTexts.read(r);
                    sameAs(c, paper, json(json), EnumSet.allOf(Field.class), file);
                    // The speaker and signer of the officer's ward, who did not agree to be named: named to those whose list
                    // names her, "Công dân phường Ba Đồn" to unit staff.
                    assertEquals(c != Caller.UNIT, paper.contains(home.marker(Field.NAME)), () -> c + ": the speaker and signer in " + paper);
                    for (Someone s : people) {
                        for (Field f : List.of(Field.PHONE, Field.EMAIL, Field.ADDRESS, Field.TOKEN)) {
                            assertFalse(paper.contains(s.marker(f) == null ? "\u0000" : s.marker(f)), () -> s.label() + "'s " + f + " in " + paper);
                        }
                    }
                }
            }
        }
    }

    @Test
    void theFeedbackSummaryPapersNameNoSender() {
        String path = "/api/v1/plans/" + plan + "/feedback/summary";
        for (Caller c : Caller.values()) {
            var json = c.request().get(path).then().extract();
            assertEquals(office(c) ? 200 : c == Caller.ANONYMOUS ? 401 : 403, json.statusCode(), c.name());
            for (String file : List.of(".docx", ".pdf")) {
                var r = c.request().get(path + file).then().extract();
                assertEquals(json.statusCode(), r.statusCode(), () -> c + " summary" + file);
                if (r.statusCode() == 200) {
                    FileText paper = FileTexts.read(r);
                    assertTrue(paper.textContains("Mương thoát nước tắc"), paper::toString);
                    sameAs(c, paper, json(json), EnumSet.allOf(Field.class), "summary" + file);
                    assertNoMarker(paper);
                }
            }
        }
    }

    @Test
    void theConclusionNoticeAndItsRevisionsAreTheOfficesAndTheChairs() {
        String path = "/api/v1/plans/" + plan + "/conclusion-notice";
        for (Caller c : Caller.values()) {
            var json = c.request().get(path).then().extract();
            assertEquals(office(c) ? 200 : c == Caller.ANONYMOUS ? 401 : 403, json.statusCode(), c.name());
            for (String file : List.of("/files/docx", "/files/pdf", "/revisions/1/files/docx", "/revisions/1/files/pdf")) {
                var r = c.request().get(path + file).then().extract();
                assertEquals(json.statusCode(), r.statusCode(), () -> c + " notice" + file);
                if (r.statusCode() == 200) {
                    FileText paper = FileTexts.read(r);
                    assertTrue(paper.textContains("THÔNG BÁO") && paper.textContains("Nạo vét mương thoát nước"), paper::toString);
                    sameAs(c, paper, json(json), EnumSet.allOf(Field.class), "notice" + file);
                    assertNoMarker(paper);
                }
            }
        }
    }

    @Test
    void theImportTemplateHoldsNobody() {
        for (Caller c : Caller.values()) {
            for (String format : List.of("xlsx", "csv")) {
                var r = c.request().queryParam("format", format).get("/api/v1/plans/" + plan + "/feedback-imports/template").then().extract();
                int expected = c == Caller.OFFICE || c == Caller.WARD ? 200 : c == Caller.ANONYMOUS ? 401 : 403;
                assertEquals(expected, r.statusCode(), () -> c + " template " + format);
                if (expected == 200) {
                    FileText template = FileTexts.read(r);
                    assertTrue(template.textContains("Nguyễn Văn A"), "the example row");
                    // Its example row names a village of the ward: a place, which is personal only next to a person.
                    for (Someone s : people) {
                        for (Field f : EnumSet.of(Field.NAME, Field.PHONE, Field.EMAIL, Field.ADDRESS, Field.TOKEN)) {
                            assertFalse(template.contains(s.marker(f)), () -> s.label() + "'s " + f + " in " + template);
                        }
                    }
                }
            }
        }
    }

    // --- uploaded files: kept as sent, for exactly those who see what they belong to ---

    @Test
    void aFeedbackAttachmentIsForThoseWhoSeeItsItem() {
        for (Caller c : Caller.values()) {
            int item = c.request().get("/api/v1/feedback/" + feedbackItem).then().extract().statusCode();
            // The unit it is assigned to and the ward it comes from see the item; another citizen's does not exist.
            assertEquals(listed(c) ? 200 : c == Caller.CITIZEN ? 404 : c == Caller.ANONYMOUS ? 401 : 403, item, c.name());
            var r = c.request().get("/api/v1/feedback/" + feedbackItem + "/attachments/" + feedbackAttachment).then().extract();
            assertEquals(item, r.statusCode(), c.name());
            if (item == 200) {
                assertArrayEquals(feedbackAttachmentBytes, r.asByteArray());
            }
        }
    }

    @Test
    void aProgressAttachmentIsForThoseWhoSeeItsRuling() {
        String path = "/api/v1/plans/" + plan + "/rulings/" + ruling + "/progress";
        for (Caller c : Caller.values()) {
            int detail = c.request().get(path).then().extract().statusCode();
            // The office, the chair, the unit that leads it and the ward its item comes from follow the ruling.
            assertEquals(listed(c), detail == 200, () -> c + " reads the ruling's progress: " + detail);
            var r = c.request().get(path + "/" + progressReport + "/attachments/" + progressAttachment).then().extract();
            assertEquals(detail, r.statusCode(), c.name());
            if (detail == 200) {
                assertTrue(FileTexts.read(r).textContains("Biên bản kiểm tra"));
            }
        }
    }

    @Test
    void aTasksReportIsForThoseWhoSeeThePlan() {
        for (Caller c : Caller.values()) {
            int plain = c.request().get("/api/v1/plans/" + plan).then().extract().statusCode();
            assertEquals(office(c) || c == Caller.ADMIN ? 200 : c == Caller.ANONYMOUS ? 401 : 403, plain, c.name());
            var r = c.request().get("/api/v1/plans/" + plan + "/tasks/" + task + "/report").then().extract();
            assertEquals(plain, r.statusCode(), c.name());
            if (plain == 200) {
                assertTrue(FileTexts.read(r).textContains("Báo cáo tình hình"));
            }
        }
    }

    // --- the rule, and the comparison ---

    /** Who reads the participant list at all. */
    private static boolean listed(Caller c) {
        return EnumSet.of(Caller.OFFICE, Caller.CHAIR, Caller.UNIT, Caller.WARD).contains(c);
    }

    private static boolean office(Caller c) {
        return c == Caller.OFFICE || c == Caller.CHAIR;
    }

    /**
     * The rule the list follows: the office and the chair see everyone with contact data and links; a ward officer only
     * their ward's people, likewise; unit staff everyone, without contact data or links, and a citizen's name and village
     * only where the citizen agreed to be named.
     */
    private static boolean listShows(Caller c, Someone s, Field f) {
        return switch (c) {
            case OFFICE, CHAIR -> true;
            case WARD -> "phuong-ba-don".equals(s.ward());
            case UNIT -> (f == Field.NAME || f == Field.VILLAGE) && (!s.citizen() || s.namePublic());
            default -> false;
        };
    }

    /** The file as the caller gets it, compared with the caller's list: the same status, and the same markers where carried. */
    private FileText sameAsList(Caller c, String file, String list, Set<Field> carried) {
        var json = c.request().queryParam("size", 100).get("/api/v1/plans/" + plan + list).then().extract();
        var r = c.request().get("/api/v1/plans/" + plan + file).then().extract();
        assertEquals(json.statusCode(), r.statusCode(), () -> c + " " + file + ": " + r.asString());
        if (r.statusCode() != 200) {
            return null;
        }
        FileText text = FileTexts.read(r);
        sameAs(c, text, json(json), carried, file);
        return text;
    }

    private FileText list(Caller c, String query) {
        return json(c.request().queryParam("size", 100).get("/api/v1/plans/" + plan + "/participants" + query).then().statusCode(200).extract());
    }

    /** Each marker of a carried field is in the file exactly when it is in the JSON; a field not carried never is. */
    private void sameAs(Caller c, FileText file, FileText json, Set<Field> carried, String what) {
        assertTrue(file.unread().isEmpty(), () -> what + " read only in part: " + file.unread());
        for (Someone s : people) {
            for (Field f : s.markers().keySet()) {
                boolean expected = carried.contains(f) && json.contains(s.marker(f));
                assertEquals(expected, file.contains(s.marker(f)),
                        () -> c + ": " + s.label() + "'s " + f + " (" + s.marker(f) + ") in " + what + " " + (expected ? "missing" : "leaks")
                                + "\nfile: " + file + "\njson: " + json.flatText());
            }
        }
    }

    private void assertNoMarker(FileText file) {
        for (Someone s : people) {
            for (Field f : s.markers().keySet()) {
                assertFalse(file.contains(s.marker(f)), () -> s.label() + "'s " + f + " in " + file);
            }
        }
    }

    private static FileText json(ExtractableResponse<Response> r) {
        return FileTexts.read(r.asByteArray(), "application/json");
    }

    // --- fixtures ---

    /** Markers no other data holds: random letters after a Vietnamese stem, a fresh phone, a new village of their ward. */
    private Someone someone(String label, String ward, boolean citizen, boolean namePublic) {
        Map<Field, String> m = new LinkedHashMap<>();
        m.put(Field.NAME, (citizen ? "Lương Thị Ẩn Danh " : "Đặng Văn Đại Biểu ") + letters());
        m.put(Field.PHONE, "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        m.put(Field.EMAIL, "an.danh." + letters().toLowerCase() + "@example.vn");
        m.put(Field.ADDRESS, "Số 7 ngõ Kín Đáo " + letters());
        String code = null;
        if (ward != null) {
            String village = "Thôn Riêng Tư " + letters();
            code = "thon-rieng-tu-" + UUID.randomUUID().toString().substring(0, 8);
            given().auth().oauth2(TestTokens.quantri()).contentType(ContentType.JSON)
                    .body(Map.of("code", code, "name", village, "kind", "VILLAGE", "parentCode", ward)).post("/api/v1/org-units").then()
                    .statusCode(201);
            m.put(Field.VILLAGE, village);
        }
        Someone s = new Someone(label, ward, code, citizen, namePublic, m);
        people.add(s);
        return s;
    }

    private long add(Someone s) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", s.marker(Field.NAME));
        person.put("phone", s.marker(Field.PHONE));
        person.put("email", s.marker(Field.EMAIL));
        person.put("address", s.marker(Field.ADDRESS));
        Map<String, Object> request = new HashMap<>();
        request.put("consent", vn.doithoai.testsupport.TestConsents.namePublic("PAPER_FORM", s.namePublic()));
        if (s.citizen()) {
            person.put("wardCode", s.ward());
            person.put("villageCode", s.villageCode());
            request.put("kind", "CITIZEN");
            request.put("level", "VILLAGE");
            request.put("matter", "Ý kiến về vệ sinh môi trường của " + s.label());
        } else {
            person.put("title", "Trưởng phòng");
            person.put("organisationCode", "phong-tnmt");
            request.put("kind", "DELEGATE");
            request.put("level", "TOWN");
        }
        request.put("person", person);
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(request)
                .post("/api/v1/plans/" + plan + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String letters() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(text, vn.doithoai.participant.export.PdfFonts.regular(12)));
        doc.close();
        return out.toByteArray();
    }
}
