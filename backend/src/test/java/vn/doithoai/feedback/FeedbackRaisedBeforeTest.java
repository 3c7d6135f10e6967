package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.etag;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.reject;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.feedback.FeedbackTestSupport.unitStaff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.DemoPlans;
import vn.doithoai.testsupport.TestTokens;

/** Matters raised at earlier dialogues: linked, flagged while open, sorted first, filtered. */
@QuarkusTest
class FeedbackRaisedBeforeTest {

    private static final String SEED_TITLE = "Bê tông hóa đường kiệt tổ dân phố 3";

    @Test
    void anItemRaisedBeforeIsFlaggedAndSortedFirstWhileOpen() {
        long earlier = seedItem(SEED_TITLE);
        TestPlan plan = publishedPlan();
        Sent oldest = sent(plan, "Đường kiệt tổ 3 vẫn chưa bê tông hóa");
        Sent middle = sent(plan, "Đèn đường tổ 4");
        Sent newest = sent(plan, "Rác thải tổ 5");

        link(oldest.id(), earlier, "Đã kiến nghị năm 2022").statusCode(200).body("raisedBeforeUnresolved", is(true))
                .body("raisedBefore[0].linkId", notNullValue()).body("raisedBefore[0].note", is("Đã kiến nghị năm 2022"))
                .body("raisedBefore[0].earlierItem.id", is((int) earlier)).body("raisedBefore[0].earlierItem.title", is(SEED_TITLE))
                .body("raisedBefore[0].earlierItem.planNumber", is("61-KH/ThU"))
                .body("raisedBefore[0].earlierItem.planTitle", notNullValue()).body("raisedBefore[0].earlierItem.status", is("ASSIGNED"));

        String list = "/api/v1/plans/" + plan.id() + "/feedback";
        // First although oldest; then newest first. Paging one by one crosses from the flagged items to the rest.
        given().auth().oauth2(TestTokens.vanphong()).get(list).then().statusCode(200)
                .body("items.id", contains((int) oldest.id(), (int) newest.id(), (int) middle.id()))
                .body("items.raisedBeforeUnresolved", contains(true, false, false)).body("items[0].raisedBefore", nullValue());
        assertEquals(List.of(oldest.id(), newest.id(), middle.id()), pageByPage(list, Map.of()));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("raisedBefore", true).get(list).then()
                .body("items.id", contains((int) oldest.id()));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("raisedBefore", false).get(list).then()
                .body("items.id", contains((int) newest.id(), (int) middle.id()));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan.id()).queryParam("raisedBefore", true)
                .get("/api/v1/feedback").then().body("items.id", contains((int) oldest.id()));
        // Within a narrower filter too (plan + ward).
        assertEquals(List.of(oldest.id(), newest.id(), middle.id()), pageByPage(list, Map.of("ward", "phuong-ba-don")));

        // A second link, then removed again: the flag stays while one link is left.
        long another = seedItem("Lấn chiếm vỉa hè tuyến đường Hùng Vương");
        long linkId = link(middle.id(), another, null).statusCode(200).body("raisedBefore.size()", is(1))
                .extract().jsonPath().getLong("raisedBefore[0].linkId");
        given().auth().oauth2(TestTokens.vanphong()).get(list).then()
                .body("items.id", contains((int) middle.id(), (int) oldest.id(), (int) newest.id()));
        unlink(middle.id(), linkId).statusCode(200).body("raisedBeforeUnresolved", is(false)).body("raisedBefore", empty());
        unlink(middle.id(), linkId).statusCode(404);

        // Settled (rejected): no longer flagged or first, the link kept.
        reject(TestTokens.vanphong(), oldest.id(), "Đã có kết luận ở kỳ trước").statusCode(200).body("raisedBeforeUnresolved", is(false))
                .body("raisedBefore.size()", is(1));
        given().auth().oauth2(TestTokens.vanphong()).get(list).then()
                .body("items.id", contains((int) newest.id(), (int) middle.id(), (int) oldest.id()));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("raisedBefore", true).get(list).then().body("items", empty());
    }

    @Test
    void onlyAnEarlierDialoguesItemCanBeLinked() {
        long earlier = seedItem(SEED_TITLE);
        TestPlan plan = publishedPlan();
        Sent item = sent(plan, "Đường kiệt chưa làm");
        Sent sameDialogue = sent(plan, "Đường kiệt xuống cấp");

        // The other way round, and within one dialogue: not earlier.
        link(earlier, item.id(), null).statusCode(422).body("detail", containsString("kỳ đối thoại trước"));
        link(item.id(), sameDialogue.id(), null).statusCode(422);
        link(item.id(), Long.MAX_VALUE, null).statusCode(422);
        link(item.id(), earlier, null).statusCode(200);
        link(item.id(), earlier, null).statusCode(409);

        String url = "/api/v1/feedback/" + item.id() + "/raised-before";
        for (String token : new String[] { TestTokens.phuongbadon(), unitStaff("phong-tnmt"), TestTokens.congdan() }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(item.id()))
                    .body(Map.of("earlierItemId", earlier)).post(url).then().statusCode(token.equals(TestTokens.congdan()) ? 404 : 403);
        }
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("earlierItemId", earlier)).post(url).then().statusCode(412);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of()).header("If-Match", etag(item.id()))
                .post(url).then().statusCode(400);
        // The ward officer reads the links of their ward's item.
        given().auth().oauth2(TestTokens.phuongbadon()).get("/api/v1/feedback/" + item.id()).then().statusCode(200)
                .body("raisedBefore[0].earlierItem.id", is((int) earlier));
    }

    @Test
    void theDemoPlanHasItemsRaisedBefore() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("raisedBefore", true).queryParam("size", 100).get("/api/v1/feedback")
                .then().statusCode(200).body("items.title", hasItem("Nước thải sinh hoạt chảy tràn ra đường kiệt"))
                .body("items.title", hasItem("Xây dựng lấn chiếm hành lang đường Hùng Vương"));
    }

    @Test
    void theSeedPlanListsItsItemsRaisedIn2021First() {
        long plan61 = DemoPlans.plan61();
        JsonPath list = given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 100).get("/api/v1/plans/" + plan61 + "/feedback")
                .then().statusCode(200).extract().jsonPath();
        List<Boolean> flags = list.getList("items.raisedBeforeUnresolved", Boolean.class);
        List<String> titles = list.getList("items.title", String.class);
        int flagged = flags.indexOf(false) < 0 ? flags.size() : flags.indexOf(false);
        // The flagged items come first and none after them; the four linked to 2021 are among them.
        assertEquals(List.of(), flags.subList(flagged, flags.size()).stream().filter(f -> f).toList());
        List<String> first = titles.subList(0, flagged);
        for (String title : List.of("Đường liên xã Quảng Hòa – Quảng Minh bị ngập khi mưa lớn", "Cấp giấy chứng nhận quyền sử dụng đất quá hạn",
                "Rác thải ở chợ Quảng Thọ không được thu gom thường xuyên", "Hệ thống thoát nước đường Lý Thường Kiệt bị tắc")) {
            assertTrue(first.contains(title), title + " flagged and first in " + titles);
        }

        long land = list.getLong("items.find { it.title == 'Cấp giấy chứng nhận quyền sử dụng đất quá hạn' }.id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + land).then().statusCode(200)
                .body("raisedBeforeUnresolved", is(true)).body("raisedBefore.size()", is(1))
                .body("raisedBefore[0].earlierItem.planNumber", is("45-KH/ThU"))
                .body("raisedBefore[0].earlierItem.planTitle", containsString("năm 2021"))
                .body("raisedBefore[0].earlierItem.title", is("Chậm cấp giấy chứng nhận quyền sử dụng đất cho các hộ tổ dân phố 1"))
                .body("raisedBefore[0].earlierItem.status", is("ANSWERED_AT_SESSION"))
                .body("raisedBefore[0].note", containsString("2021"));
    }

    private static long seedItem(String title) {
        JsonPath json = given().auth().oauth2(TestTokens.vanphong()).queryParam("q", title).queryParam("size", 100).get("/api/v1/feedback")
                .then().statusCode(200).extract().jsonPath();
        Long id = json.getLong("items.find { it.title == '" + title + "' }.id");
        assertNotNull(id, "the demo plan 61 holds " + title);
        return id;
    }

    /** Every item of a list, one per page, following nextCursor. */
    private static List<Long> pageByPage(String list, Map<String, String> filter) {
        List<Long> ids = new ArrayList<>();
        String after = null;
        do {
            var request = given().auth().oauth2(TestTokens.vanphong()).queryParams(filter).queryParam("size", 1);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(list).then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", Long.class));
            after = page.getString("nextCursor");
        } while (after != null);
        return ids;
    }

    private static Sent sent(TestPlan plan, String title) {
        Map<String, Object> body = item(title, title + ", người dân đề nghị giải quyết.");
        body.put("wardCode", "phuong-ba-don");
        return sendOk(null, plan.id(), body);
    }

    private static ValidatableResponse link(long id, long earlier, String note) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("earlierItemId", earlier);
        if (note != null) {
            body.put("note", note);
        }
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id)).body(body)
                .post("/api/v1/feedback/" + id + "/raised-before").then();
    }

    private static ValidatableResponse unlink(long id, long linkId) {
        return given().auth().oauth2(TestTokens.vanphong()).header("If-Match", etag(id))
                .delete("/api/v1/feedback/" + id + "/raised-before/" + linkId).then();
    }
}
