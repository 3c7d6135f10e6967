package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.feedback.FeedbackTestSupport.unitStaff;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;

/** Duplicates suggested while entering and classifying: Vietnamese with or without diacritics, nothing unrelated. */
@QuarkusTest
class FeedbackSimilarTest {

    @Test
    void findsTheSameMatterWithOrWithoutDiacriticsAndNothingUnrelated() {
        TestPlan plan = publishedPlan();
        Sent accented = sent(plan, "phuong-ba-don", "Đường liên xã bị ngập khi mưa",
                "Đường liên xã đoạn qua tổ dân phố 4 bị ngập khi mưa, học sinh đi học khó khăn.");
        Sent plain = sent(plan, "phuong-quang-tho", "Duong lien xa ngap nuoc moi khi mua to",
                "Doan duong lien xa qua to 2 ngap nuoc moi khi mua to, xe may chet may giua duong.");
        Sent rubbish = sent(plan, "phuong-ba-don", "Rác thải ở chợ không được thu gom",
                "Rác thải sinh hoạt ở khu vực chợ 2–3 ngày mới thu gom một lần, bốc mùi hôi thối.");
        Sent land = sent(plan, "phuong-ba-don", "Cấp giấy chứng nhận quyền sử dụng đất quá hạn",
                "Gia đình nộp hồ sơ cấp giấy chứng nhận từ tháng 3 đến nay chưa nhận được.");

        // While entering, typed without diacritics: the accented item first; the unrelated ones not at all.
        similar(TestTokens.vanphong(), plan.id(), "duong lien xa ngap nuoc moi khi mua to").statusCode(200)
                .body("item.id", containsInAnyOrder((int) plain.id(), (int) accented.id()))
                .body("item.id", not(hasItem((int) rubbish.id()))).body("score[0]", lessThanOrEqualTo(1.0f));
        // Typed with diacritics: finds the item stored without them.
        similar(TestTokens.vanphong(), plan.id(), "Đường liên xã bị ngập khi mưa").statusCode(200)
                .body("item.id", containsInAnyOrder((int) accented.id(), (int) plain.id()))
                .body("score[1]", greaterThan(0.35f));
        // Sharing a word or two is not the same matter.
        similar(TestTokens.vanphong(), plan.id(), "Đèn chiếu sáng trên đường bị hỏng").statusCode(200).body("$", empty());
        similar(TestTokens.vanphong(), plan.id(), "Giấy chứng nhận quyền sử dụng đất chậm cấp").statusCode(200)
                .body("item.id", contains((int) land.id()));

        // While classifying: the others of the plan, not the item itself, nor what is merged into it.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + accented.id() + "/similar").then().statusCode(200)
                .body("item.id", contains((int) plain.id())).body("[0].item.trackingCode", is(plain.code()));
        FeedbackMergeTest.merge(accented.id(), List.of(plain.id())).statusCode(200);
        given().auth().oauth2(TestTokens.bithu()).get("/api/v1/feedback/" + accented.id() + "/similar").then().statusCode(200)
                .body("$", empty());
        similar(TestTokens.vanphong(), plan.id(), "duong lien xa ngap nuoc").statusCode(200).body("item.id", contains((int) accented.id()));
    }

    @Test
    void onlyTheOfficeAndWardOfficersWithinTheirWardAreOffered() {
        TestPlan plan = publishedPlan();
        Sent here = sent(plan, "phuong-ba-don", "Cống thoát nước bị tắc gây ngập", "Cống thoát nước tổ 5 bị tắc, mưa là ngập.");
        sent(plan, "phuong-quang-tho", "Cống thoát nước tắc nghẽn gây ngập", "Cống thoát nước tổ 1 tắc nghẽn, mưa xuống là ngập.");

        similar(TestTokens.phuongbadon(), plan.id(), "cong thoat nuoc bi tac gay ngap").statusCode(200)
                .body("item.id", contains((int) here.id()));
        similar(TestTokens.vanphong(), plan.id(), "cong thoat nuoc bi tac gay ngap").statusCode(200).body("size()", is(2));
        similar(TestTokens.congdan(), plan.id(), "cong thoat nuoc").statusCode(403);
        similar(unitStaff("phong-tnmt"), plan.id(), "cong thoat nuoc").statusCode(403);
        given().queryParam("text", "cong thoat nuoc").get("/api/v1/plans/" + plan.id() + "/feedback/similar").then().statusCode(401);
        given().auth().oauth2(TestTokens.phuongbadon()).get("/api/v1/feedback/" + here.id() + "/similar").then().statusCode(403);
        similar(TestTokens.vanphong(), plan.id(), " ").statusCode(400);
        similar(TestTokens.vanphong(), Long.MAX_VALUE, "cong thoat nuoc").statusCode(404);
    }

    private static Sent sent(TestPlan plan, String ward, String title, String content) {
        Map<String, Object> body = item(title, content);
        body.put("wardCode", ward);
        return sendOk(null, plan.id(), body);
    }

    private static ValidatableResponse similar(String token, long planId, String text) {
        return given().auth().oauth2(token).queryParam("text", text).get("/api/v1/plans/" + planId + "/feedback/similar").then();
    }
}
