package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

@QuarkusTest
class FeedbackReportTest {

    static int countInPlan(long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 100).get("/api/v1/plans/" + plan + "/feedback")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    static Map<String, Object> row(String kind, String title, String ward) {
        Map<String, Object> r = new HashMap<>();
        r.put("kind", kind);
        r.put("title", title);
        r.put("content", "Nội dung: " + title);
        if (ward != null) {
            r.put("wardCode", ward);
        }
        return r;
    }

    static Map<String, Object> report(String organisation, List<Map<String, Object>> rows) {
        Map<String, Object> r = new HashMap<>();
        r.put("organisation", organisation);
        r.put("items", rows);
        // The senders' consent as the organisation collected it: taken in for the rows that name someone.
        r.put("consent", TestConsents.onBehalf("ORGANISATION_REPORT", "HANDLE_MATTER", "CONTACT_ME"));
        return r;
    }

    static ValidatableResponse enter(String token, long plan, String key, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/plans/" + plan + "/feedback-reports").then();
    }

    @Test
    void theOfficeEntersAReportWithManyRowsAsOrganisationReportItems() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        Map<String, Object> first = row("PETITION", "Đường kiệt tổ 3 ngập nước", "phuong-ba-don");
        first.put("villageCode", "phuong-ba-don-tdp-3");
        first.put("submitterName", "Võ Văn Đông");
        first.put("submitterPhone", "+84 912.345.678");
        // Wards and villages by name too, as a report writes them.
        Map<String, Object> second = row("OPINION", "Chợ Ba Đồn thiếu chỗ để xe", "Phường Quảng Thọ");
        second.put("villageCode", "Tổ dân phố 2");
        Map<String, Object> third = row("REPORT", "Xả thải ra sông Gianh", "quang tho");
        Map<String, Object> body = report("Ủy ban MTTQ Việt Nam thị xã Ba Đồn", List.of(first, second, third));
        body.put("organisationUnitCode", "mttq");
        body.put("reference", "12/BC-MTTQ");
        body.put("reportDate", FeedbackTestSupport.TODAY.minusDays(3).toString());

        var created = enter(TestTokens.vanphong(), plan.id(), null, body).statusCode(201)
                .header("Location", containsString("/feedback-reports/"))
                .body("organisation", is("Ủy ban MTTQ Việt Nam thị xã Ba Đồn"))
                .body("organisationUnit.code", is("mttq"))
                .body("reference", is("12/BC-MTTQ"))
                .body("receivedOn", is(FeedbackTestSupport.TODAY.toString()))
                .body("channel", is("ORGANISATION_REPORT"))
                .body("itemCount", is(3))
                .body("items.title", contains("Đường kiệt tổ 3 ngập nước", "Chợ Ba Đồn thiếu chỗ để xe", "Xả thải ra sông Gianh"))
                .body("items.ward.code", contains("phuong-ba-don", "phuong-quang-tho", "phuong-quang-tho"))
                .body("items.trackingCode", everyItem(matchesPattern("DT-\\d{4}-[A-Z0-9]{5}")))
                .extract().jsonPath();
        assertEquals(3, countInPlan(plan.id()));

        long itemId = created.getLong("items[0].id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + itemId).then().statusCode(200)
                .body("channel", is("ORGANISATION_REPORT")).body("kind", is("PETITION"))
                .body("village.code", is("phuong-ba-don-tdp-3")).body("submitterPhone", is("0912345678"))
                .body("submitterName", is("Võ Văn Đông"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + created.getLong("items[1].id")).then().statusCode(200)
                .body("village.code", is("phuong-quang-tho-tdp-2"));

        long reportId = created.getLong("id");
        given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + plan.id() + "/feedback-reports").then().statusCode(200)
                .body("id", contains((int) reportId)).body("[0].itemCount", is(3));
        given().auth().oauth2(TestTokens.bithu()).get("/api/v1/plans/" + plan.id() + "/feedback-reports/" + reportId).then().statusCode(200)
                .body("items", hasSize(3));
    }

    @Test
    void aBadlyFormedRowIsNamedAndNothingIsStored() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        Map<String, Object> noTitle = row("PETITION", " ", "phuong-ba-don");
        Map<String, Object> noKind = row(null, "Thiếu loại", "phuong-ba-don");
        noKind.remove("kind");
        var rows = List.of(row("PETITION", "Đúng", "phuong-ba-don"), noTitle, noKind);
        enter(TestTokens.vanphong(), plan.id(), null, report("Hội Nông dân phường Quảng Thọ", rows)).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("items[1].title", "items[2].kind"));
        enter(TestTokens.vanphong(), plan.id(), null, report("Hội Nông dân", List.of())).statusCode(400)
                .body("errors.field", contains("items"));
        assertEquals(0, countInPlan(plan.id()));
    }

    @Test
    void rowsNamingUnknownOrWrongPlacesAre422EachNamedAndNothingIsStored() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        Map<String, Object> villageElsewhere = row("PETITION", "Thôn không thuộc phường", "phuong-ba-don");
        villageElsewhere.put("villageCode", "phuong-quang-tho-tdp-1");
        Map<String, Object> badPhone = row("OPINION", "Số điện thoại sai", "phuong-ba-don");
        badPhone.put("submitterPhone", "12345");
        var rows = List.of(row("PETITION", "Đúng", "phuong-ba-don"), row("PETITION", "Phường không có", "phuong-khong-co"),
                villageElsewhere, row("REPORT", "Không ghi phường", null), badPhone, row("PETITION", "Đơn vị không phải phường", "mttq"));
        enter(TestTokens.vanphong(), plan.id(), null, report("Hội Cựu chiến binh thị xã", rows)).statusCode(422)
                .contentType("application/problem+json")
                .body("type", is("urn:problem-type:doithoai:unprocessable"))
                .body("detail", containsString("5 dòng"))
                .body("errors.field", contains("items[1].wardCode", "items[2].villageCode", "items[3].wardCode", "items[4].submitterPhone",
                        "items[5].wardCode"));
        assertEquals(0, countInPlan(plan.id()));

        // In English when asked.
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(report("Hội Cựu chiến binh", List.of(row("PETITION", "X", "phuong-khong-co"))))
                .post("/api/v1/plans/" + plan.id() + "/feedback-reports").then().statusCode(422)
                .body("errors[0].message", is("There is no ward or commune \"phuong-khong-co\"."));
    }

    @Test
    void aWardOutsideThePlansAreaIsRefused() {
        // A ward's own dialogue (issued by the ward's Party committee): other wards are not its area.
        long plan = wardPlan();
        enter(TestTokens.vanphong(), plan, null, report("Chi hội Nông dân", List.of(row("PETITION", "Trong phường", "phuong-ba-don"),
                row("PETITION", "Phường khác", "phuong-quang-tho")))).statusCode(422)
                .body("errors.field", contains("items[1].wardCode"))
                .body("errors[0].message", containsString("Phường Quảng Thọ không thuộc địa bàn Phường Ba Đồn"));
        enter(TestTokens.vanphong(), plan, null, report("Chi hội Nông dân", List.of(row("PETITION", "Trong phường", "phuong-ba-don"))))
                .statusCode(201);
    }

    @Test
    void aWardOfficerEntersTheirOwnWardsRowsOnlyAndSeesOnlyThoseReports() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        String badon = TestTokens.phuongbadon();
        // The ward is theirs when left out; WARD_COLLECTED is theirs to use.
        Map<String, Object> own = report("UBND phường Ba Đồn", List.of(row("PETITION", "Của phường", null),
                row("OPINION", "Cũng của phường", "phuong-ba-don")));
        own.put("channel", "WARD_COLLECTED");
        long ownReport = enter(badon, plan.id(), null, own).statusCode(201).body("channel", is("WARD_COLLECTED"))
                .body("items.ward.code", contains("phuong-ba-don", "phuong-ba-don")).extract().jsonPath().getLong("id");

        enter(badon, plan.id(), null, report("UBND phường Ba Đồn", List.of(row("PETITION", "Của phường", null),
                row("PETITION", "Phường khác", "phuong-quang-tho")))).statusCode(422)
                .body("errors.field", contains("items[1].wardCode"))
                .body("errors[0].message", containsString("chỉ nhập được ý kiến thuộc địa bàn của mình"));
        Map<String, Object> atSession = report("UBND phường Ba Đồn", List.of(row("PETITION", "Của phường", null)));
        atSession.put("channel", "AT_SESSION");
        enter(badon, plan.id(), null, atSession).statusCode(422).body("errors.field", contains("channel"));
        assertEquals(2, countInPlan(plan.id()));

        // The office's report on another ward: the Ba Đồn officer neither lists nor reads it.
        long other = enter(TestTokens.vanphong(), plan.id(), null, report("Hội LHPN thị xã", List.of(row("PETITION", "Quảng Thọ", "phuong-quang-tho"))))
                .statusCode(201).extract().jsonPath().getLong("id");
        long mixed = enter(TestTokens.vanphong(), plan.id(), null, report("Ủy ban MTTQ thị xã", List.of(row("PETITION", "Quảng Thọ", "phuong-quang-tho"),
                row("PETITION", "Ba Đồn", "phuong-ba-don")))).statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(badon).get("/api/v1/plans/" + plan.id() + "/feedback-reports").then().statusCode(200)
                .body("id", containsInAnyOrder((int) ownReport, (int) mixed));
        given().auth().oauth2(badon).get("/api/v1/plans/" + plan.id() + "/feedback-reports/" + other).then().statusCode(404);
        given().auth().oauth2(badon).get("/api/v1/plans/" + plan.id() + "/feedback-reports/" + mixed).then().statusCode(200)
                .body("itemCount", is(2)).body("items.title", contains("Ba Đồn"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan.id() + "/feedback-reports").then().statusCode(200)
                .body("id", hasSize(3));

        // Units and citizens do not enter reports.
        enter(TestTokens.phongtnmt(), plan.id(), null, own).statusCode(403);
        enter(TestTokens.congdan(), plan.id(), null, own).statusCode(403);
        given().auth().oauth2(TestTokens.phongtnmt()).get("/api/v1/plans/" + plan.id() + "/feedback-reports").then().statusCode(403);
    }

    @Test
    void theSameIdempotencyKeyTwiceStoresOneReport() {
        TestPlan plan = FeedbackTestSupport.publishedPlan();
        String key = UUID.randomUUID().toString();
        var rows = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < 4; i++) {
            rows.add(row("PETITION", "Ý kiến " + i, "phuong-ba-don"));
        }
        Map<String, Object> body = report("Hội Nông dân phường Quảng Thọ", rows);
        var first = enter(TestTokens.vanphong(), plan.id(), key, body).statusCode(201).header("Idempotent-Replayed", "false")
                .extract().jsonPath();
        enter(TestTokens.vanphong(), plan.id(), key, body).statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", is(first.getInt("id"))).body("items.trackingCode", is(first.getList("items.trackingCode")));
        assertEquals(4, countInPlan(plan.id()));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan.id() + "/feedback-reports").then().body("id", hasSize(1));
        // The same key for another report is a client bug.
        enter(TestTokens.vanphong(), plan.id(), key, report("Khác", rows)).statusCode(422);
    }

    @Test
    void aPlanNotTakingItemsAndAnUnknownPlanAreRefused() {
        TestPlan draft = FeedbackTestSupport.plan(false);
        enter(TestTokens.vanphong(), draft.id(), null, report("Hội Nông dân", List.of(row("PETITION", "Sớm", "phuong-ba-don")))).statusCode(409);
        enter(TestTokens.vanphong(), 987654321L, null, report("Hội Nông dân", List.of(row("PETITION", "Sớm", "phuong-ba-don")))).statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/987654321/feedback-reports").then().statusCode(404);
    }

    /** An approved dialogue of phường Ba Đồn, issued by its Party committee. */
    private static long wardPlan() {
        LocalDate session = FeedbackTestSupport.TODAY.plusDays(30);
        Map<String, Object> d = new HashMap<>();
        d.put("templateCode", "town-2022");
        d.put("level", "COMMUNE");
        d.put("title", "Đối thoại phường " + UUID.randomUUID());
        d.put("number", "05");
        d.put("symbol", "KH/ĐU");
        d.put("issueDate", FeedbackTestSupport.TODAY.minusDays(20).toString());
        d.put("issuingUnitCode", "dang-uy-phuong-ba-don");
        d.put("topic", "Đô thị");
        d.put("focusAreas", List.of(Map.of("title", "Trật tự đô thị")));
        d.put("plannedMonth", session.toString().substring(0, 7));
        d.put("sessionAt", LocalDateTime.of(session, LocalTime.of(8, 0)).atZone(FeedbackTestSupport.VIETNAM).toOffsetDateTime().toString());
        d.put("venue", "Hội trường phường");
        d.put("format", "IN_PERSON");
        long id = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(d).post("/api/v1/plans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (var step : List.of(Map.entry(TestTokens.vanphong(), "SUBMIT"), Map.entry(TestTokens.bithu(), "APPROVE"))) {
            String etag = given().auth().oauth2(step.getKey()).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(step.getKey()).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("action", step.getValue(), "acknowledgeWarnings", true)).post("/api/v1/plans/" + id + "/transitions")
                    .then().statusCode(200);
        }
        return id;
    }
}
