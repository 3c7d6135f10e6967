package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;

@QuarkusTest
class FeedbackSearchTest {

    private static List<Integer> found(long plan, String q) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParam("q", q).get("/api/v1/plans/" + plan + "/feedback").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void textIsFoundWithOrWithoutDiacritics() {
        TestPlan plan = publishedPlan();
        int environment = (int) sendOk(null, plan.id(), item("Vệ sinh môi trường khu chợ", "Rác thải bốc mùi")).id();
        int road = (int) sendOk(null, plan.id(), item("Đường giao thông đoạn Đồng Dương", "Ổ gà, xuống cấp")).id();
        var landSent = sendOk(null, plan.id(), item("Cấp giấy chứng nhận", "Quyền sử dụng đất quá hạn"));
        int land = (int) landSent.id();

        assertEquals(List.of(environment), found(plan.id(), "ve sinh moi truong"));
        assertEquals(List.of(environment), found(plan.id(), "Vệ Sinh"));
        assertEquals(List.of(environment), found(plan.id(), "moi truon"));
        assertEquals(List.of(road), found(plan.id(), "duong dong"));
        assertEquals(List.of(road), found(plan.id(), "Đường  Đồng"));
        assertEquals(List.of(road), found(plan.id(), "o ga"));
        assertEquals(List.of(land), found(plan.id(), "su dung dat"));
        assertEquals(List.of(land), found(plan.id(), "sử dụng đất"));
        assertEquals(List.of(), found(plan.id(), "ve sinh dat"));
        assertEquals(List.of(), found(plan.id(), "xyzzy"));
        // A tracking code, however typed, finds its item exactly; punctuation alone searches nothing.
        assertEquals(List.of(land), found(plan.id(), landSent.code().toLowerCase()));
        assertEquals(List.of(land), found(plan.id(), " " + landSent.code() + " "));
        assertEquals(3, found(plan.id(), " %_ ").size());
    }

    @Test
    void acrossPlansTheIndexFindsWholeWordsAndTheLastAsAPrefix() {
        TestPlan plan = publishedPlan();
        String word = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        int item = (int) sendOk(null, plan.id(), item("Đường Đồng" + word + " ngập", "Nước ngập đường kiệt")).id();
        sendOk(null, plan.id(), item("Đường khác", "Không liên quan"));
        for (String q : List.of("duong dong" + word, "Đường Đồng" + word.toUpperCase(), "dong" + word + " ngap", "dong" + word.substring(0, 3))) {
            given().auth().oauth2(TestTokens.vanphong()).queryParam("q", q).get("/api/v1/feedback").then().statusCode(200)
                    .body("items.id", contains(item));
        }
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "dong" + word + " ngap xyzzy").get("/api/v1/feedback").then()
                .body("items", empty());
    }

    @Test
    void acrossPlansAPageFromTheNewestItemsAndTheRestFromTheIndexFollowEachOther() {
        // Three matches, pages of two: the first page fills from the newest items alone, the second (one left) from
        // the FULLTEXT index; together they are every match, newest first, once.
        TestPlan plan = publishedPlan();
        String word = "kenh" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        List<Integer> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(0, (int) sendOk(null, plan.id(), item("Nạo vét " + word + " số " + i, "Kênh tưới bị bồi lấp")).id());
        }
        var first = given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "nao vet " + word).queryParam("size", 2)
                .get("/api/v1/feedback").then().statusCode(200).body("nextCursor", notNullValue()).extract().jsonPath();
        List<Integer> seen = new java.util.ArrayList<>(first.getList("items.id"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "nao vet " + word).queryParam("size", 2)
                .queryParam("after", first.getString("nextCursor")).get("/api/v1/feedback").then().statusCode(200)
                .body("nextCursor", nullValue()).extract().jsonPath().getList("items.id", Integer.class).forEach(seen::add);
        assertEquals(sent, seen);
    }

    @Test
    void pagesFollowEachOtherWithoutRepeatsOrGaps() {
        TestPlan plan = publishedPlan();
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add((int) sendOk(null, plan.id(), item("Ý kiến số " + i, "Nội dung " + i)).id());
        }
        List<Integer> seen = new ArrayList<>();
        String after = null;
        List<Boolean> more = new ArrayList<>();
        do {
            var request = given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 3);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/api/v1/plans/" + plan.id() + "/feedback").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            more.add(page.getString("nextCursor") != null);
            after = page.getString("nextCursor");
        } while (after != null);
        assertEquals(List.of(true, true, false), more);
        assertEquals(7, new HashSet<>(seen).size());
        // Newest first.
        assertEquals(created.reversed(), seen);
    }

    @Test
    void filtersNarrowTheList() {
        TestPlan plan = publishedPlan();
        Map<String, Object> tho = item("Ở Quảng Thọ", "Nội dung");
        tho.put("wardCode", "phuong-quang-tho");
        tho.put("kind", "REPORT");
        int a = (int) sendOk(null, plan.id(), tho).id();
        Map<String, Object> don = item("Ở Ba Đồn", "Nội dung");
        don.put("wardCode", "phuong-ba-don");
        int b = (int) sendOk(null, plan.id(), don).id();
        Map<String, Object> report = item("Báo cáo Mặt trận", "Nội dung");
        report.put("channel", "ORGANISATION_REPORT");
        int c = (int) sendOk(TestTokens.vanphong(), plan.id(), report).id();
        classify(TestTokens.vanphong(), a, plan.area1(), "HIGH").statusCode(200);
        assign(TestTokens.vanphong(), a, "phong-tnmt").statusCode(200);
        classify(TestTokens.vanphong(), b, plan.area2(), "LOW").statusCode(200);

        String list = "/api/v1/plans/" + plan.id() + "/feedback";
        given().auth().oauth2(TestTokens.vanphong()).queryParam("ward", "phuong-quang-tho").get(list).then().body("items.id", contains(a));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("unit", "phong-tnmt").get(list).then().body("items.id", contains(a));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("status", "CLASSIFIED").get(list).then().body("items.id", contains(b));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("status", "RECEIVED").get(list).then().body("items.id", contains(c));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("channel", "ORGANISATION_REPORT").get(list).then()
                .body("items.id", contains(c));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("kind", "REPORT").get(list).then().body("items.id", contains(a));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("focusArea", plan.area2()).get(list).then().body("items.id", contains(b));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan.id()).queryParam("status", "ASSIGNED")
                .queryParam("ward", "phuong-quang-tho").get("/api/v1/feedback").then().body("items.id", contains(a))
                .body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan.id()).get("/api/v1/feedback").then()
                .body("items.id", containsInAnyOrder(a, b, c));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("ward", "phuong-ba-don").queryParam("unit", "phong-tnmt").get(list).then()
                .body("items", empty());
    }

    @Test
    void theDemoItemsOfTheSeedPlanAreThere() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "tang luong giao vien mam non").get("/api/v1/feedback").then()
                .statusCode(200).body("items[0].status", is("REJECTED")).body("items[0].trackingCode", startsWith("DT-2022-"));
        given().auth().oauth2(TestTokens.phongtnmt()).queryParam("q", "giay chung nhan quyen su dung dat").get("/api/v1/feedback").then()
                .statusCode(200).body("items.unit.code", everyItem(is("phong-tnmt")))
                .body("items.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void badListParametersAreNamed() {
        TestPlan plan = publishedPlan();
        String list = "/api/v1/plans/" + plan.id() + "/feedback";
        given().auth().oauth2(TestTokens.vanphong()).queryParam("after", "rubbish!").get(list).then().statusCode(400)
                .body("errors[0].field", is("after"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 101).get(list).then().statusCode(400)
                .body("errors[0].field", is("size"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("ward", "khong-co").get(list).then().statusCode(400)
                .body("errors[0].field", is("ward"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("unit", "khong-co").get(list).then().statusCode(400)
                .body("errors[0].field", is("unit"));
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/987654321/feedback").then().statusCode(404);
        // An unknown plan is named first, whatever else is wrong (the list checks it only when it has nothing to show).
        given().auth().oauth2(TestTokens.vanphong()).queryParam("ward", "khong-co").get("/api/v1/plans/987654321/feedback").then()
                .statusCode(404);
    }

    /** The list reads rows straight from SQL, not entities: each item must be exactly what GET /feedback/{id} shows the caller. */
    @Test
    void listItemsAreTheSameViewsAsTheItemsThemselves() {
        for (String token : List.of(TestTokens.vanphong(), TestTokens.phongtnmt())) {
            List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("size", 50).get("/api/v1/feedback").then()
                    .statusCode(200).extract().jsonPath().getList("items");
            assertFalse(items.isEmpty());
            for (Map<String, Object> item : items) {
                Map<String, Object> one = new java.util.HashMap<>(given().auth().oauth2(token).get("/api/v1/feedback/" + item.get("id"))
                        .then().statusCode(200).extract().jsonPath().getMap("$"));
                // Attachments are read with the item itself only; a list leaves them out rather than query per row.
                assertEquals(null, item.get("attachments"));
                one.put("attachments", null);
                // So are a group's members and the links to earlier dialogues; the group's counts are in the row.
                assertEquals(null, item.get("raisedBefore"));
                one.put("raisedBefore", null);
                // And whether the sender confirmed their phone and email: one lookup per item, on the item's own page.
                assertEquals(null, item.get("contactConfirmed"));
                one.put("contactConfirmed", null);
                if (one.get("merged") instanceof Map<?, ?> merged) {
                    Map<Object, Object> counts = new java.util.HashMap<>(merged);
                    counts.put("items", null);
                    one.put("merged", counts);
                }
                assertEquals(one, item);
            }
        }
    }
}
