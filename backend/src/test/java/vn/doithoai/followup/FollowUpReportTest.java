package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.followup.FollowUpTestSupport.etag;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;
import static vn.doithoai.followup.FollowUpTestSupport.outcome;
import static vn.doithoai.followup.FollowUpTestSupport.path;
import static vn.doithoai.followup.FollowUpTestSupport.progress;
import static vn.doithoai.followup.FollowUpTestSupport.report;
import static vn.doithoai.followup.FollowUpTestSupport.unit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestTokens;

/** Progress reports: the lead unit moves its ruling, coordinating units and the office post notes, other units are refused. */
@QuarkusTest
class FollowUpReportTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    AuditLog audit;

    @Test
    void onlyTheLeadUnitMovesItsRulingFromOpenToResolved() {
        long plan = heldPlan(TODAY, 1);
        long ruling = issued(plan, "RESOLVE", List.of(item(plan, null, null, null)), "phong-tnmt", List.of("phong-qldt"),
                TODAY.plusDays(30), "Nạo vét mương " + UUID.randomUUID());
        String lead = TestTokens.phongtnmt();

        given().auth().oauth2(lead).get(path(plan, ruling)).then().statusCode(200).header("ETag", is("\"1\""))
                .body("yourPart", is("LEAD")).body("followUp.ruling.followUp", is("OPEN")).body("followUp.planCode", is("73-KH/ThU"))
                .body("followUp.overdueWorkingDays", is(0)).body("followUp.dueInWorkingDays", greaterThan(15)).body("reports", hasSize(0));
        // The ruling's own resource is still reached beside this one.
        given().auth().oauth2(lead).get("/api/v1/plans/" + plan + "/rulings/" + ruling).then().statusCode(200).body("id", is((int) ruling));

        // Another unit: the ruling does not exist for it, to report on (404 problem+json) as to read.
        String other = unit("phong-kinh-te");
        report(other, plan, ruling, "\"1\"", progress(10, "Đã làm")).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).get(path(plan, ruling)).then().statusCode(404);
        report(TestTokens.bithu(), plan, ruling, "\"1\"", progress(10, "Đã làm")).statusCode(403);
        given().auth().oauth2(TestTokens.bithu()).get(path(plan, ruling)).then().statusCode(200).body("yourPart", is("VIEWER"));

        // A coordinating unit posts notes, and can neither set the percentage nor resolve.
        String coordinating = unit("phong-qldt");
        report(coordinating, plan, ruling, "\"1\"", outcome("RESOLVED", 100, "Xong", null)).statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("Chỉ đơn vị chủ trì"));
        report(coordinating, plan, ruling, "\"1\"", progress(30, "Đã phối hợp")).statusCode(403);
        report(coordinating, plan, ruling, null, progress(null, "Đã cử cán bộ phối hợp khảo sát")).statusCode(201)
                .body("percent", nullValue()).body("statusAfter", is("OPEN")).body("unit.code", is("phong-qldt"));

        // Bad input: a clear problem and nothing changed.
        report(lead, plan, ruling, "\"1\"", progress(150, "Đã làm")).statusCode(400).body("errors.field", contains("percent"));
        report(lead, plan, ruling, "\"1\"", progress(100, "Đã làm")).statusCode(400).body("errors.field", contains("percent"));
        report(lead, plan, ruling, "\"1\"", progress(null, "Đã làm")).statusCode(400).body("errors.field", contains("percent"));
        report(lead, plan, ruling, "\"1\"", progress(20, " ")).statusCode(400).body("errors.field", contains("note"))
                .body("errors[0].message", is("Cần ghi nội dung báo cáo tiến độ."));
        report(lead, plan, ruling, "\"1\"", outcome("RESOLVED", 80, "Xong", null)).statusCode(400).body("errors.field", contains("percent"));
        report(lead, plan, ruling, "\"1\"", outcome("RESOLVED", 100, "", null)).statusCode(400).body("errors.field", contains("note"));
        given().auth().oauth2(lead).header("Accept-Language", "en").header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(outcome("CANNOT_RESOLVE", null, null, "")).post(path(plan, ruling)).then().statusCode(400)
                .body("errors[0].field", is("reason")).body("errors[0].message", is("Say why it cannot be resolved."));
        report(lead, plan, ruling, null, progress(40, "Đã làm")).statusCode(428);
        given().auth().oauth2(lead).get(path(plan, ruling)).then().header("ETag", is("\"1\"")).body("followUp.ruling.progressPercent", is(0))
                .body("reports", hasSize(1));

        // The first percentage above 0 moves it on; a retry with the same key gets the first answer.
        String key = "report-" + UUID.randomUUID();
        int first = given().auth().oauth2(lead).header("If-Match", "\"1\"").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(progress(50, "Đã nạo vét 200 m")).post(path(plan, ruling)).then().statusCode(201)
                .header("Idempotent-Replayed", is("false")).body("statusAfter", is("IN_PROGRESS")).body("percent", is(50))
                .extract().path("id");
        given().auth().oauth2(lead).header("If-Match", "\"1\"").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(progress(50, "Đã nạo vét 200 m")).post(path(plan, ruling)).then().statusCode(201)
                .header("Idempotent-Replayed", is("true")).body("id", is(first));
        report(lead, plan, ruling, "\"1\"", progress(60, "Đã nạo vét 300 m")).statusCode(412);
        given().auth().oauth2(lead).get(path(plan, ruling)).then().header("ETag", is("\"2\""))
                .body("followUp.ruling.followUp", is("IN_PROGRESS")).body("followUp.ruling.progressNote", is("Đã nạo vét 200 m"))
                .body("reports", hasSize(2));

        report(lead, plan, ruling, "\"2\"", outcome("RESOLVED", null, "Đã nạo vét toàn tuyến, nghiệm thu", null)).statusCode(201)
                .body("statusAfter", is("RESOLVED")).body("percent", is(100));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/rulings/" + ruling).then()
                .body("followUp", is("RESOLVED")).body("progressPercent", is(100)).body("resolvedOn", is(TODAY.toString()))
                .body("progressNote", is("Đã nạo vét toàn tuyến, nghiệm thu")).body("followUpUpdatedAt", startsWith(TODAY.toString().substring(0, 4)));
        report(lead, plan, ruling, "\"3\"", progress(90, "Thêm")).statusCode(409).body("detail", containsString("Văn phòng có thể mở lại"));

        // Only the office reopens, saying why.
        given().auth().oauth2(lead).header("If-Match", "\"3\"").contentType(ContentType.JSON).body(Map.of("note", "Chưa xong"))
                .post(path(plan, ruling) + "/reopen").then().statusCode(403);
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", "\"3\"").contentType(ContentType.JSON).body(Map.of("note", " "))
                .post(path(plan, ruling) + "/reopen").then().statusCode(400);
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", "\"3\"").contentType(ContentType.JSON)
                .body(Map.of("note", "Người dân phản ánh còn đoạn chưa nạo vét")).post(path(plan, ruling) + "/reopen").then().statusCode(201)
                .body("statusAfter", is("IN_PROGRESS")).body("percent", is(50));
        // Followed again from the 50 % reported before the resolution, not from its 100 %.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/rulings/" + ruling).then()
                .body("followUp", is("IN_PROGRESS")).body("progressPercent", is(50)).body("resolvedOn", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", "\"4\"").contentType(ContentType.JSON)
                .body(Map.of("note", "Lại")).post(path(plan, ruling) + "/reopen").then().statusCode(409);
        report(lead, plan, ruling, "\"4\"", outcome("CANNOT_RESOLVE", null, null, "Vướng giải phóng mặt bằng")).statusCode(201)
                .body("statusAfter", is("CANNOT_RESOLVE")).body("note", is("Vướng giải phóng mặt bằng"));
        given().auth().oauth2(lead).get(path(plan, ruling)).then().body("followUp.ruling.cannotResolveReason", is("Vướng giải phóng mặt bằng"))
                .body("followUp.ruling.resolvedOn", nullValue()).body("followUp.overdueWorkingDays", nullValue())
                .body("reports.statusAfter", contains("OPEN", "IN_PROGRESS", "RESOLVED", "IN_PROGRESS", "CANNOT_RESOLVE"));

        List<String> actions = audit.trail("Ruling", Long.toString(ruling)).stream().map(e -> e.action).toList();
        assertTrue(actions.containsAll(List.of("follow-up-progress", "follow-up-resolved", "follow-up-reopened", "follow-up-cannot-resolve")),
                actions.toString());
    }

    @Test
    void theOfficeRecordsAnEscalationsProgressAndOnlyFollowedRulingsTakeReports() {
        long plan = heldPlan(TODAY, 1);
        long a = item(plan, null, null, null);
        long escalation = issued(plan, "ESCALATE", List.of(a), null, null, null, "Kiến nghị tỉnh " + UUID.randomUUID());
        report(TestTokens.vanphong(), plan, escalation, "\"1\"", progress(30, "Tỉnh đã giao Sở khảo sát")).statusCode(201)
                .body("statusAfter", is("IN_PROGRESS")).body("unit", nullValue()).body("author", is("vanphong"));
        // No unit follows an escalation: for a unit it does not exist.
        report(TestTokens.phongtnmt(), plan, escalation, "\"2\"", progress(40, "Đã làm")).statusCode(404);

        long explained = issued(plan, "EXPLAINED", List.of(a), null, null, null, "Đã giải thích " + UUID.randomUUID());
        report(TestTokens.vanphong(), plan, explained, "\"1\"", progress(30, "x")).statusCode(409);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan, explained)).then().statusCode(409);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan + 100000, escalation)).then().statusCode(404);

        // The office's note on a ruling to resolve does not move it.
        long resolve = issued(plan, "RESOLVE", List.of(a), "phong-tnmt", List.of(), TODAY.plusDays(10), "Giao " + UUID.randomUUID());
        report(TestTokens.vanphong(), plan, resolve, null, progress(null, "Văn phòng đã đôn đốc")).statusCode(201).body("percent", nullValue());
        report(TestTokens.vanphong(), plan, resolve, "\"1\"", progress(20, "x")).statusCode(403);
        assertEquals("\"1\"", etag(TestTokens.vanphong(), plan, resolve));
    }

    @Test
    void photosAndPdfsGoWithAReportJudgedByTheirBytes() throws Exception {
        long plan = heldPlan(TODAY, 1);
        long ruling = issued(plan, "RESOLVE", List.of(item(plan, null, null, null)), "phong-tnmt", List.of("phong-qldt"),
                TODAY.plusDays(30), "Ảnh " + UUID.randomUUID());
        int report = report(TestTokens.phongtnmt(), plan, ruling, "\"1\"", progress(20, "Ảnh hiện trường")).statusCode(201)
                .extract().path("id");
        String attachments = path(plan, ruling) + "/" + report + "/attachments";
        int file = given().auth().oauth2(TestTokens.phongtnmt()).contentType("application/octet-stream").body(png())
                .queryParam("fileName", "hiện trường.png").post(attachments).then().statusCode(201)
                .body("contentType", is("image/png")).body("fileName", is("hiện trường.png")).extract().path("id");
        given().auth().oauth2(TestTokens.phongtnmt()).contentType("application/octet-stream").body("<html>".getBytes())
                .queryParam("fileName", "a.pdf").post(attachments).then().statusCode(400).body("errors[0].field", is("file"));
        // Coordinating unit: not its report.
        given().auth().oauth2(unit("phong-qldt")).contentType("application/octet-stream").body(png()).post(attachments).then().statusCode(403);
        given().auth().oauth2(unit("phong-qldt")).get(attachments + "/" + file).then().statusCode(200).contentType("image/png");
        given().auth().oauth2(unit("phong-kinh-te")).get(attachments + "/" + file).then().statusCode(404);
        given().auth().oauth2(TestTokens.phongtnmt()).get(path(plan, ruling)).then()
                .body("reports[0].attachments[0].id", is(file)).body("reports[0].attachments[0].contentType", is("image/png"));
    }

    private static byte[] png() throws Exception {
        var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
