package vn.doithoai.accountability;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.testsupport.Allowance;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestRulings;
import vn.doithoai.testsupport.TestTokens;

/** The public accountability page: issued rulings of published plans, searchable, no personal data; lookup by tracking code. */
@QuarkusTest
class AccountabilityTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void aPublishedPlanShowsItsIssuedRulingsOnlyWithoutPersonalData() {
        long plan = TestRulings.plan(TODAY.minusDays(20), "Vệ sinh môi trường");
        TestRulings.hold(plan);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var drain = TestRulings.item(plan, "Mương thoát nước tổ 4 bị tắc " + tag, "Mùa mưa nước tràn vào nhà", "phuong-ba-don");
        var market = TestRulings.item(plan, "Rác ở chợ Ba Đồn", "Rác không được thu gom", "phuong-ba-don");
        long drainId = ((Number) drain.get("id")).longValue();
        long marketId = ((Number) market.get("id")).longValue();
        // Two working days back: at least one working day late whatever day of the week the test runs.
        long overdue = TestRulings.ruling(plan, TestRulings.resolve(List.of(drainId), "Nạo vét mương thoát nước trước mùa mưa", "phong-qldt",
                calendar.national().addWorkingDays(TODAY, -2)));
        long explained = TestRulings.ruling(plan, TestRulings.of("EXPLAINED", List.of(marketId), "Đã giải thích việc thu gom rác ở chợ"));
        long draft = TestRulings.ruling(plan, TestRulings.of("DECLINED", List.of(marketId), "Bản nháp chưa ban hành"));
        TestRulings.issue(plan, overdue);
        TestRulings.issue(plan, explained);

        String json = given().get(path(plan)).then().statusCode(200).body("plan.id", is((int) plan)).body("plan.rulings", is(2))
                .body("plan.overdue", is(1)).body("plan.resolved", is(0)).body("plan.inProgress", is(0))
                .body("rulings.totalItems", is(2)).body("rulings.items.number", contains(1, 2))
                .body("rulings.items[0].status", is("OVERDUE")).body("rulings.items[0].leadUnit", is("Phòng Quản lý đô thị"))
                .body("rulings.items[0].items", contains("Mương thoát nước tổ 4 bị tắc " + tag))
                .body("rulings.items[1].status", is("EXPLAINED"))
                .body("rulings.items.content", not(hasItem("Bản nháp chưa ban hành"))).extract().asString();
        for (String secret : List.of("Hoàng Thị Bảo Mật", "0912345678", (String) drain.get("trackingCode"), (String) market.get("trackingCode"),
                "vanphong", "bithu", "submitter", "account", "trackingCode")) {
            assertFalse(json.contains(secret), secret + " must not be public: " + json);
        }
        given().get("/api/v1/public/rulings/plans").then().statusCode(200).body("id", hasItem((int) plan));
        given().queryParam("status", "OVERDUE").get(path(plan)).then().statusCode(200).body("rulings.items.number", contains(1));
        given().queryParam("status", "RESOLVED").get(path(plan)).then().statusCode(200).body("rulings.items", empty());
        String next = given().queryParam("size", 1).get(path(plan)).then().statusCode(200).body("rulings.items.number", contains(1))
                .body("rulings.totalItems", is(2)).extract().jsonPath().getString("rulings.nextCursor");
        given().queryParam("size", 1).queryParam("after", next).get(path(plan)).then().statusCode(200)
                .body("rulings.items.number", contains(2)).body("rulings.nextCursor", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/rulings/" + draft).then().statusCode(200);
    }

    @Test
    void searchFindsContentAndItemTitlesWithOrWithoutDiacritics() {
        long plan = TestRulings.plan(TODAY.minusDays(1), "Giao thông");
        TestRulings.hold(plan);
        long road = ((Number) TestRulings.item(plan, "Đường liên xã Quảng Hòa ngập nước", "Mưa lớn là ngập", "xa-quang-hoa").get("id")).longValue();
        long light = ((Number) TestRulings.item(plan, "Đèn đường hỏng", "Tối không thấy đường", "phuong-ba-don").get("id")).longValue();
        TestRulings.issue(plan, TestRulings.ruling(plan, TestRulings.of("ESCALATE", List.of(road), "Kiến nghị tỉnh tôn cao nền đường")));
        TestRulings.issue(plan, TestRulings.ruling(plan, TestRulings.resolve(List.of(light), "Thay bóng đèn chiếu sáng", "phong-qldt",
                TODAY.plusDays(30))));

        given().queryParam("q", "tôn cao").get(path(plan)).then().statusCode(200).body("rulings.items.number", contains(1));
        given().queryParam("q", "ton cao nen").get(path(plan)).then().statusCode(200).body("rulings.items.number", contains(1));
        // An item's title, typed without diacritics, the last word still being typed.
        given().queryParam("q", "lien xa quang ho").get(path(plan)).then().statusCode(200).body("rulings.items.number", contains(1));
        given().queryParam("q", "bóng đèn").get(path(plan)).then().statusCode(200).body("rulings.items.number", contains(2))
                .body("rulings.items[0].status", is("NOT_STARTED")).body("rulings.items[0].deadline.standing", is("NOT_STARTED"));
        given().queryParam("q", "khong co").get(path(plan)).then().statusCode(200).body("rulings.items", empty());
    }

    @Test
    void aPlanThatIsNotPublishedIsNotFound() {
        long plan = vn.doithoai.testsupport.TestPlans.create(TODAY.plusDays(30), "Chưa công bố", "74", "Đất đai", List.of("Đất đai")).getLong("id");
        given().get(path(plan)).then().statusCode(404).contentType(containsString("application/problem+json"));
        given().get(path(999_999)).then().statusCode(404);
        given().get("/api/v1/public/rulings/plans").then().statusCode(200).body("id", not(hasItem((int) plan)));
        // A published plan without issued rulings exists, with nothing to show.
        long published = TestRulings.plan(TODAY.plusDays(30), "Đất đai");
        given().get(path(published)).then().statusCode(200).body("plan.rulings", is(0)).body("rulings.items", empty());
    }

    @Test
    void aCitizenFindsTheRulingOnTheirMatterByTrackingCodeAlsoThroughAMergedItem() {
        long plan = TestRulings.plan(TODAY.minusDays(1), "Vệ sinh môi trường");
        var primary = TestRulings.item(plan, "Bãi rác tạm bốc mùi", "Mùi hôi", "phuong-quang-tho");
        var member = TestRulings.item(plan, "Bãi rác gần chợ hôi", "Hôi quá", "phuong-quang-tho");
        var unruled = TestRulings.item(plan, "Cây đổ chưa dọn", "Cây đổ", "phuong-quang-tho");
        long primaryId = ((Number) primary.get("id")).longValue();
        String etag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + primaryId).then().extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("items", List.of(member.get("id")))).post("/api/v1/feedback/" + primaryId + "/merge").then().statusCode(200);
        TestRulings.hold(plan);
        long id = TestRulings.ruling(plan, TestRulings.resolve(List.of(primaryId), "Di dời bãi rác tạm", "phong-tnmt", TODAY.plusDays(20)));
        String memberCode = (String) member.get("trackingCode");
        given().header("X-Forwarded-For", "10.66.0.1").get(lookup(memberCode)).then().statusCode(404);
        TestRulings.issue(plan, id);

        given().header("X-Forwarded-For", "10.66.0.1").get(lookup(memberCode)).then().statusCode(200).body("planId", is((int) plan))
                .body("trackingCode", is(memberCode)).body("rulings.content", contains("Di dời bãi rác tạm"))
                .body("rulings[0].items", contains("Bãi rác tạm bốc mùi"));
        given().header("X-Forwarded-For", "10.66.0.1").get(lookup(((String) primary.get("trackingCode")).toLowerCase())).then().statusCode(200)
                .body("rulings.content", contains("Di dời bãi rác tạm"));
        given().header("X-Forwarded-For", "10.66.0.1").header("Accept-Language", "en").get(lookup((String) unruled.get("trackingCode")))
                .then().statusCode(404).contentType(containsString("application/problem+json")).body("detail", containsString("No ruling"));
        given().header("X-Forwarded-For", "10.66.0.1").get(lookup("DT-2099-ZZZZZ")).then().statusCode(404);
        given().header("X-Forwarded-For", "10.66.0.1").get(lookup("not-a-code")).then().statusCode(404);
    }

    @Test
    void lookupsAreRateLimitedPerClient() {
        Allowance.exhaust(30, 404, i -> given().header("X-Forwarded-For", "10.66.1.1").get(lookup("DT-2099-ZZZZZ")).then());
        given().header("X-Forwarded-For", "10.66.1.2").get(lookup("DT-2099-ZZZZZ")).then().statusCode(404);
    }

    private static String path(long plan) {
        return "/api/v1/public/plans/" + plan + "/rulings";
    }

    private static String lookup(String code) {
        return "/api/v1/public/rulings/by-tracking-code/" + code;
    }
}
