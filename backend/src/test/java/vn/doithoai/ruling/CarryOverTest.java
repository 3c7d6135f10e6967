package vn.doithoai.ruling;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestRulings;
import vn.doithoai.testsupport.TestTokens;

/** Carry-over: unresolved rulings of an earlier plan become items of a later plan, raised before, flagged and first. */
@QuarkusTest
class CarryOverTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    EntityManager em;

    @Test
    void anUnresolvedRulingIsCarriedOnceAsAnItemRaisedBeforeAndListedFirst() {
        long earlier = TestRulings.plan(TODAY.minusDays(2), "Vệ sinh môi trường");
        long area = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + earlier).then().extract().jsonPath().getLong("focusAreas[0].id");
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PETITION", "channel", "AT_SESSION", "title", "Nước thải chợ chảy ra sông",
                "content", "Nước thải chưa qua xử lý", "wardCode", "phuong-quang-tho", "focusAreaId", area));
        long item = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + earlier + "/feedback")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        TestRulings.hold(earlier);
        long ruling = TestRulings.ruling(earlier, TestRulings.resolve(List.of(item), "Xây hệ thống xử lý nước thải chợ", "phong-tnmt",
                TODAY.plusDays(10)));

        long later = TestRulings.plan(TODAY.plusDays(30), "Vệ sinh môi trường");
        TestRulings.item(later, "Một ý kiến mới", "Nội dung", "phuong-ba-don");
        // A draft is not carried.
        carry(TestTokens.vanphong(), later, ruling).statusCode(422).body("errors.field", contains("rulingIds[0]"));
        TestRulings.issue(earlier, ruling);
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + later + "/carry-over").then().statusCode(200)
                .body("find { it.rulingId == " + ruling + " }.carried", is(false))
                .body("find { it.rulingId == " + ruling + " }.itemTitles", contains("Nước thải chợ chảy ra sông"));

        carry(TestTokens.bithu(), later, ruling).statusCode(403);
        carry(TestTokens.phongtnmt(), later, ruling).statusCode(403);
        long carried = carry(TestTokens.vanphong(), later, ruling).statusCode(201).body("[0].rulingId", is((int) ruling))
                .body("[0].trackingCode", startsWith("DT-")).extract().jsonPath().getLong("[0].feedbackId");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + carried).then().statusCode(200).body("channel", is("CARRIED_OVER"))
                .body("planId", is((int) later)).body("title", is("Nước thải chợ chảy ra sông"))
                .body("content", containsString("Xây hệ thống xử lý nước thải chợ")).body("ward.code", is("phuong-quang-tho"))
                .body("focusArea.title", is("Vệ sinh môi trường")).body("raisedBeforeUnresolved", is(true))
                .body("raisedBefore[0].earlierRuling.id", is((int) ruling)).body("raisedBefore[0].earlierRuling.number", is(1))
                .body("raisedBefore[0].earlierItem.id", is((int) item));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + later + "/feedback").then().statusCode(200)
                .body("items[0].id", is((int) carried)).body("items[0].raisedBeforeUnresolved", is(true));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + later + "/carry-over").then().statusCode(200)
                .body("find { it.rulingId == " + ruling + " }.carried", is(true));

        carry(TestTokens.vanphong(), later, ruling).statusCode(409).body("detail", containsString("đã được chuyển"));
        // Into another later plan it may go again; into the earlier plan itself, or a held plan, not.
        long another = TestRulings.plan(TODAY.plusDays(40), "Khác");
        carry(TestTokens.vanphong(), another, ruling).statusCode(201);
        carry(TestTokens.vanphong(), earlier, ruling).statusCode(409);
    }

    @Test
    void resolvedExplainedAndLaterRulingsAreRefused() {
        long earlier = TestRulings.plan(TODAY.minusDays(2), "Đất đai");
        long a = ((Number) TestRulings.item(earlier, "Cấp sổ đỏ chậm", "Chậm", "phuong-ba-don").get("id")).longValue();
        TestRulings.hold(earlier);
        long resolved = TestRulings.ruling(earlier, TestRulings.resolve(List.of(a), "Cấp giấy chứng nhận", "phong-tnmt", TODAY.plusDays(10)));
        long explained = TestRulings.ruling(earlier, TestRulings.of("EXPLAINED", List.of(a), "Đã giải thích"));
        long escalated = TestRulings.ruling(earlier, TestRulings.of("ESCALATE", List.of(a), "Kiến nghị tỉnh"));
        TestRulings.issue(earlier, resolved);
        TestRulings.issue(earlier, explained);
        TestRulings.issue(earlier, escalated);
        // The follow-up workflow (another slice) moves it to resolved; here straight in the table.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update ruling set follow_up = 'RESOLVED', progress_percent = 100 where id = ?1")
                .setParameter(1, resolved).executeUpdate());

        long later = TestRulings.plan(TODAY.plusDays(30), "Đất đai");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("rulingIds", List.of(resolved, explained, 999_999)))
                .post("/api/v1/plans/" + later + "/carry-over").then().statusCode(422)
                .body("errors.field", contains("rulingIds[0]", "rulingIds[1]", "rulingIds[2]"))
                .body("errors[0].message", containsString("đã giải quyết xong"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + later + "/feedback").then().body("items.size()", is(0));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + later + "/carry-over").then().statusCode(200)
                .body("rulingId", hasItem((int) escalated)).body("rulingId", org.hamcrest.Matchers.not(hasItem((int) resolved)))
                .body("rulingId", org.hamcrest.Matchers.not(hasItem((int) explained)));

        // A ruling of a later plan is not carried back into an earlier one.
        long draftPlan = TestPlans.create(TODAY.minusDays(10), "Kỳ trước", "75", "Đất đai", List.of("Đất đai")).getLong("id");
        carry(TestTokens.vanphong(), draftPlan, escalated).statusCode(422).body("errors[0].message", containsString("không phải kỳ đối thoại trước"));
        carry(TestTokens.vanphong(), later, escalated).statusCode(201);
        given().auth().oauth2(TestTokens.congdan()).get("/api/v1/plans/" + later + "/carry-over").then().statusCode(403);
    }

    private static ValidatableResponse carry(String token, long plan, long ruling) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("rulingIds", List.of(ruling)))
                .post("/api/v1/plans/" + plan + "/carry-over").then();
    }
}
