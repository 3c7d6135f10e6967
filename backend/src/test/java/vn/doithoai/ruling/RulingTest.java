package vn.doithoai.ruling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** Rulings (kết luận): drafted by the office, issued by the chair alone once the session took place; issuing rules the items. */
@QuarkusTest
class RulingTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate TODAY = TestClock.today();

    @Inject
    AuditLog audit;

    @Test
    void eachTypeIsDraftedWithWhatItNeedsAndNumberedWithinThePlan() {
        long plan = plan(TODAY.plusDays(30));
        long a = item(plan, "phuong-ba-don");
        long b = item(plan, "phuong-ba-don");

        var resolve = create(TestTokens.vanphong(), plan, resolve(List.of(a, b), "phong-tnmt", TODAY.plusDays(60))
                .with("coordinatingUnitCodes", List.of("phong-qldt"))).statusCode(201).header("ETag", is("\"0\""))
                .body("number", is(1)).body("type", is("RESOLVE")).body("status", is("DRAFT")).body("followUp", is("OPEN"))
                .body("leadUnit.code", is("phong-tnmt")).body("coordinatingUnits.code", contains("phong-qldt"))
                .body("dueDate", is(TODAY.plusDays(60).toString())).body("items.id", contains((int) a, (int) b))
                .body("items[0].trackingCode", startsWith("DT-")).body("items[0].ward.code", is("phuong-ba-don"));
        long resolveId = resolve.extract().jsonPath().getLong("id");
        create(TestTokens.bithu(), plan, body("ESCALATE", List.of(a)).with("escalatedTo", "UBND tỉnh Quảng Bình")
                .with("recommendation", "Đề nghị tỉnh bố trí vốn").with("dueDate", TODAY.toString())).statusCode(201)
                .body("number", is(2)).body("escalatedTo", is("UBND tỉnh Quảng Bình")).body("followUp", is("OPEN"))
                .body("dueDate", nullValue());
        create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(b))).statusCode(201).body("number", is(3))
                .body("followUp", nullValue()).body("leadUnit", nullValue());
        create(TestTokens.vanphong(), plan, body("DECLINED", List.of(b)).with("reason", "Đã có bản án có hiệu lực")).statusCode(201)
                .body("number", is(4)).body("reason", is("Đã có bản án có hiệu lực"));
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().statusCode(200).body("items.number", contains(1, 2, 3, 4));
        org.junit.jupiter.api.Assertions.assertEquals("created", audit.trail("Ruling", Long.toString(resolveId)).get(0).action);

        create(TestTokens.vanphong(), plan, body("RESOLVE", List.of(a)).with("unitCode", "phong-tnmt")).statusCode(400)
                .body("errors.field", contains("dueDate"));
        create(TestTokens.vanphong(), plan, body("RESOLVE", List.of(a)).with("dueDate", TODAY.plusDays(60).toString())).statusCode(400)
                .body("errors.field", contains("unitCode"));
        create(TestTokens.vanphong(), plan, resolve(List.of(a), "phong-tnmt", TODAY.plusDays(29))).statusCode(400)
                .body("errors.field", contains("dueDate")).body("errors[0].message", containsString("sớm hơn ngày hội nghị"));
        create(TestTokens.vanphong(), plan, resolve(List.of(a), "phuong-ba-don", TODAY.plusDays(60))).statusCode(400)
                .body("errors.field", contains("unitCode"));
        create(TestTokens.vanphong(), plan, body("DECLINED", List.of(a))).statusCode(400).body("errors.field", contains("reason"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(body("DECLINED", List.of(a))).post(path(plan)).then().statusCode(400)
                .body("errors[0].message", is("State why it is declined."));
        create(TestTokens.vanphong(), plan, body("ESCALATE", List.of(a)).with("escalatedTo", "UBND tỉnh")).statusCode(400)
                .body("errors.field", contains("recommendation"));
        create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of())).statusCode(400);

        long other = item(plan(TODAY.plusDays(30)), "phuong-ba-don");
        create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(a, other))).statusCode(422)
                .body("errors.field", contains("feedbackIds[1]"));
        long rejected = item(plan, "phuong-ba-don");
        reject(rejected);
        create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(rejected))).statusCode(422)
                .body("errors.field", contains("feedbackIds[0]")).body("errors[0].message", containsString("không thể đưa vào kết luận"));
        long member = item(plan, "phuong-ba-don");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", feedbackEtag(a))
                .body(Map.of("items", List.of(member))).post("/api/v1/feedback/" + a + "/merge").then().statusCode(200);
        create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(member))).statusCode(422)
                .body("errors.field", contains("feedbackIds[0]"));

        // Nothing of the rejected requests was kept.
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().statusCode(200).body("items.number", contains(1, 2, 3, 4));
        create(TestTokens.phongtnmt(), plan, body("EXPLAINED", List.of(a))).statusCode(403);
        create(TestTokens.congdan(), plan, body("EXPLAINED", List.of(a))).statusCode(403);
    }

    @Test
    void onlyTheChairIssuesAndOnlyOnceTheSessionTookPlace() {
        long plan = plan(TODAY.plusDays(30));
        long a = item(plan, "phuong-ba-don");
        long id = create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(a))).statusCode(201).extract().jsonPath().getLong("id");

        issue(TestTokens.vanphong(), plan, id).statusCode(403);
        issue(TestTokens.bithu(), plan, id).statusCode(409).body("detail", containsString("hội nghị chưa được tổ chức"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + a).then().body("status", is("RECEIVED"));
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().body("status", is("DRAFT"));
    }

    @Test
    void issuingRulesTheItemsAndTheirGroupAndLocksTheRuling() {
        long plan = plan(TODAY.minusDays(1));
        long a = item(plan, "phuong-ba-don");
        long b = item(plan, "phuong-quang-tho");
        long member = item(plan, "phuong-quang-tho");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", feedbackEtag(b))
                .body(Map.of("items", List.of(member))).post("/api/v1/feedback/" + b + "/merge").then().statusCode(200);
        hold(plan);
        long id = create(TestTokens.vanphong(), plan, resolve(List.of(a, b), "phong-tnmt", TODAY.plusDays(30))).statusCode(201)
                .extract().jsonPath().getLong("id");
        // An item ruled by a second ruling stays ruled.
        long explained = create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(a))).statusCode(201).extract().jsonPath().getLong("id");

        issue(TestTokens.bithu(), plan, id).statusCode(200).body("status", is("ISSUED")).body("issuedBy", is("bithu"))
                .header("ETag", is("\"1\""));
        for (long item : List.of(a, b, member)) {
            var json = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item).then().statusCode(200)
                    .body("status", is("RULED")).extract().jsonPath();
            given().get("/api/v1/feedback/track/" + json.getString("trackingCode")).then().statusCode(200).body("status", is("RULED"));
        }
        issue(TestTokens.bithu(), plan, explained).statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + a).then().body("status", is("RULED"));
        org.junit.jupiter.api.Assertions.assertTrue(audit.trail("Feedback", Long.toString(member)).stream()
                .anyMatch(e -> e.action.equals("ruled")));

        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(resolve(List.of(a), "phong-tnmt", TODAY.plusDays(30))).put(path(plan) + "/" + id).then().statusCode(409)
                .body("detail", containsString("đã ban hành"));
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", "\"1\"").delete(path(plan) + "/" + id).then().statusCode(409);
        issue(TestTokens.bithu(), plan, id).statusCode(409);

        // A rejected item is not ruled: it cannot be linked, and an item rejected after drafting blocks the issue.
        long later = item(plan, "phuong-ba-don");
        long draft = create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(later))).statusCode(201).extract().jsonPath().getLong("id");
        reject(later);
        issue(TestTokens.bithu(), plan, draft).statusCode(409);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + later).then().body("status", is("REJECTED"));
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + draft).then().body("status", is("DRAFT"));
    }

    @Test
    void theOfficeRecordsTheReplyToAnIssuedEscalation() {
        long plan = plan(TODAY.minusDays(1));
        hold(plan);
        long a = item(plan, "phuong-ba-don");
        long id = create(TestTokens.vanphong(), plan, body("ESCALATE", List.of(a)).with("escalatedTo", "UBND tỉnh Quảng Bình")
                .with("recommendation", "Đề nghị tỉnh bố trí vốn")).statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> reply = Map.of("reply", "Tỉnh đã bố trí vốn năm 2027", "repliedOn", TODAY.toString());
        reply(TestTokens.vanphong(), plan, id, "\"0\"", reply).statusCode(409);
        issue(TestTokens.bithu(), plan, id).statusCode(200);
        reply(TestTokens.bithu(), plan, id, "\"1\"", reply).statusCode(403);
        reply(TestTokens.vanphong(), plan, id, "\"1\"", Map.of("reply", "", "repliedOn", TODAY.toString())).statusCode(400);
        reply(TestTokens.vanphong(), plan, id, "\"1\"", reply).statusCode(200).body("reply", is("Tỉnh đã bố trí vốn năm 2027"))
                .body("repliedOn", is(TODAY.toString())).body("status", is("ISSUED")).header("ETag", is("\"2\""));
        reply(TestTokens.vanphong(), plan, id, "\"1\"", reply).statusCode(412);

        long explained = create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(a))).statusCode(201).extract().jsonPath().getLong("id");
        issue(TestTokens.bithu(), plan, explained).statusCode(200);
        reply(TestTokens.vanphong(), plan, explained, "\"1\"", reply).statusCode(409);
    }

    @Test
    void unitsAndWardsSeeOnlyTheirRulingsAndCitizensNone() {
        long plan = plan(TODAY.plusDays(30));
        long baDon = item(plan, "phuong-ba-don");
        long quangTho = item(plan, "phuong-quang-tho");
        long tnmt = create(TestTokens.vanphong(), plan, resolve(List.of(quangTho), "phong-tnmt", TODAY.plusDays(60))).statusCode(201)
                .extract().jsonPath().getLong("id");
        long coordinated = create(TestTokens.vanphong(), plan, resolve(List.of(quangTho), "phong-kinh-te", TODAY.plusDays(60))
                .with("coordinatingUnitCodes", List.of("phong-tnmt"))).statusCode(201).extract().jsonPath().getLong("id");
        long other = create(TestTokens.vanphong(), plan, resolve(List.of(baDon), "phong-qldt", TODAY.plusDays(60))).statusCode(201)
                .extract().jsonPath().getLong("id");
        long explained = create(TestTokens.vanphong(), plan, body("EXPLAINED", List.of(baDon, quangTho))).statusCode(201)
                .extract().jsonPath().getLong("id");

        given().auth().oauth2(TestTokens.phongtnmt()).get(path(plan)).then().statusCode(200)
                .body("items.id", contains((int) tnmt, (int) coordinated));
        given().auth().oauth2(TestTokens.phongtnmt()).get(path(plan) + "/" + other).then().statusCode(404);
        given().auth().oauth2(TestTokens.phuongbadon()).get(path(plan)).then().statusCode(200)
                .body("items.id", contains((int) other, (int) explained));
        given().auth().oauth2(TestTokens.bithu()).get(path(plan)).then().statusCode(200).body("items.id",
                contains((int) tnmt, (int) coordinated, (int) other, (int) explained));
        given().auth().oauth2(TestTokens.congdan()).get(path(plan)).then().statusCode(403);
        given().get(path(plan)).then().statusCode(401);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/999999/rulings").then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + tnmt).then().statusCode(200);
    }

    @Test
    void editsNeedTheCurrentVersionAndADraftIsDeleted() {
        long plan = plan(TODAY.plusDays(30));
        long a = item(plan, "phuong-ba-don");
        long b = item(plan, "phuong-ba-don");
        long id = create(TestTokens.vanphong(), plan, resolve(List.of(a), "phong-tnmt", TODAY.plusDays(60))).statusCode(201)
                .extract().jsonPath().getLong("id");

        edit(plan, id, "\"0\"", body("DECLINED", List.of(a, b)).with("reason", "Ngoài thẩm quyền")).statusCode(200)
                .header("ETag", is("\"1\"")).body("type", is("DECLINED")).body("leadUnit", nullValue()).body("dueDate", nullValue())
                .body("followUp", nullValue()).body("items.id", contains((int) a, (int) b)).body("number", is(1));
        edit(plan, id, "\"0\"", body("EXPLAINED", List.of(a))).statusCode(412);
        edit(plan, id, null, body("EXPLAINED", List.of(a))).statusCode(428);
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", "\"0\"").delete(path(plan) + "/" + id).then().statusCode(412);
        given().auth().oauth2(TestTokens.vanphong()).header("If-Match", "\"1\"").delete(path(plan) + "/" + id).then().statusCode(204);
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().statusCode(404);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("created", "edited", "deleted"),
                audit.trail("Ruling", Long.toString(id)).stream().map(e -> e.action).toList());
        given().auth().oauth2(TestTokens.vanphong()).get(path(plan)).then().statusCode(200).body("items.id", not(hasItem((int) id)));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    /** A request body that chains. */
    static final class Body extends HashMap<String, Object> {
        Body with(String key, Object value) {
            put(key, value);
            return this;
        }
    }

    private static Body body(String type, List<Long> items) {
        Body b = new Body();
        b.put("type", type);
        b.put("content", "Kết luận của Bí thư " + UUID.randomUUID());
        b.put("feedbackIds", items);
        return b;
    }

    private static Body resolve(List<Long> items, String unit, LocalDate due) {
        return body("RESOLVE", items).with("unitCode", unit).with("dueDate", due.toString());
    }

    private static String path(long plan) {
        return "/api/v1/plans/" + plan + "/rulings";
    }

    private static ValidatableResponse create(String token, long plan, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path(plan)).then();
    }

    private static ValidatableResponse edit(long plan, long id, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path(plan) + "/" + id).then();
    }

    private static ValidatableResponse issue(String token, long plan, long id) {
        String etag = given().auth().oauth2(TestTokens.vanphong()).get(path(plan) + "/" + id).then().statusCode(200).extract().header("ETag");
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).post(path(plan) + "/" + id + "/issue").then();
    }

    private static ValidatableResponse reply(String token, long plan, long id, String ifMatch, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .put(path(plan) + "/" + id + "/escalation-reply").then();
    }

    /** A published plan whose session is on the given day. */
    private static long plan(LocalDate session) {
        long id = TestPlans.create(session, "Đối thoại kết luận", "72", "Môi trường và đất đai", List.of("Vệ sinh môi trường")).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    /** The session took place (its date must not be in the future). */
    private static void hold(long plan) {
        TestPlans.act(TestTokens.vanphong(), plan, "HOLD");
    }

    /** Entered by the office as raised at the session, from the given ward. */
    private static long item(long plan, String ward) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("kind", "PETITION", "channel", "AT_SESSION", "title", "Ý kiến " + UUID.randomUUID(),
                        "content", "Đường ngập khi mưa lớn", "wardCode", ward))
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String feedbackEtag(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void reject(long id) {
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", feedbackEtag(id))
                .body(Map.of("reason", "Ngoài phạm vi")).post("/api/v1/feedback/" + id + "/rejection").then().statusCode(200);
    }
}
