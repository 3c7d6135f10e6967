package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.citizen;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.feedback.FeedbackTestSupport.unitStaff;
import static vn.doithoai.feedback.FeedbackTestSupport.wardOfficer;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestTokens;

@QuarkusTest
class FeedbackScopeTest {

    @Test
    void eachRoleSeesItsOwnItemsAndOthersDoNotExistForIt() {
        TestPlan plan = publishedPlan();
        String citizenX = citizen("congdan-x-" + UUID.randomUUID().toString().substring(0, 8));
        String citizenY = citizen("congdan-y-" + UUID.randomUUID().toString().substring(0, 8));

        Map<String, Object> a = item("Rác thải chợ Quảng Thọ", "Thu gom rác chậm");
        a.put("wardCode", "phuong-quang-tho");
        a.put("submitterName", "Lê Văn Ẩn");
        a.put("consent", TestConsents.given());
        Sent anonymous = sendOk(null, plan.id(), a);
        Map<String, Object> b = item("Giấy chứng nhận quyền sử dụng đất", "Hồ sơ quá hạn");
        b.put("wardCode", "phuong-ba-don");
        b.put("submitterName", "Công Dân X");
        b.put("consent", TestConsents.given());
        Sent own = sendOk(citizenX, plan.id(), b);
        Map<String, Object> c = item("Đường kiệt tổ 3", "Xuống cấp");
        c.put("submitterName", "Người Tổ Ba");
        c.put("consent", TestConsents.given());
        Sent collected = sendOk(TestTokens.phuongbadon(), plan.id(), c);

        classify(TestTokens.vanphong(), anonymous.id(), plan.area1(), "HIGH").statusCode(200);
        assign(TestTokens.vanphong(), anonymous.id(), "phong-tnmt").statusCode(200);
        classify(TestTokens.vanphong(), collected.id(), plan.area2(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), collected.id(), "phong-qldt").statusCode(200);

        String list = "/api/v1/plans/" + plan.id() + "/feedback";
        // The office and the chair: everything, with the senders.
        for (String office : new String[] { TestTokens.vanphong(), TestTokens.bithu() }) {
            given().auth().oauth2(office).get(list).then().statusCode(200)
                    .body("items.id", containsInAnyOrder((int) anonymous.id(), (int) own.id(), (int) collected.id()))
                    .body("items.submitterName", containsInAnyOrder("Lê Văn Ẩn", "Công Dân X", "Người Tổ Ba"));
        }

        // Unit staff: the items assigned to their unit, without the sender.
        given().auth().oauth2(TestTokens.phongtnmt()).get(list).then().statusCode(200).body("items.id", containsInAnyOrder((int) anonymous.id()))
                .body("items[0].submitterName", nullValue()).body("items[0].submitterVisible", is(false));
        given().auth().oauth2(TestTokens.phongtnmt()).queryParam("plan", plan.id()).get("/api/v1/feedback").then()
                .body("items.id", containsInAnyOrder((int) anonymous.id()));
        given().auth().oauth2(TestTokens.phongtnmt()).get("/api/v1/feedback/" + anonymous.id()).then().statusCode(200);
        given().auth().oauth2(TestTokens.phongtnmt()).get("/api/v1/feedback/" + collected.id()).then().statusCode(404);
        given().auth().oauth2(TestTokens.phongtnmt()).get("/api/v1/feedback/" + own.id()).then().statusCode(404);
        given().auth().oauth2(unitStaff("cong-an")).get(list).then().statusCode(200).body("items", empty());

        // The ward officer: their ward's items, with the senders; another ward's item does not exist.
        given().auth().oauth2(TestTokens.phuongbadon()).get(list).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) own.id(), (int) collected.id()));
        given().auth().oauth2(TestTokens.phuongbadon()).get("/api/v1/feedback/" + own.id()).then().statusCode(200)
                .body("submitterName", is("Công Dân X"));
        given().auth().oauth2(TestTokens.phuongbadon()).get("/api/v1/feedback/" + anonymous.id()).then().statusCode(404);
        given().auth().oauth2(wardOfficer("phuong-quang-tho")).get(list).then().body("items.id", containsInAnyOrder((int) anonymous.id()));

        // Citizens: their own, across plans.
        given().auth().oauth2(citizenX).get("/api/v1/feedback").then().statusCode(200).body("items.id", containsInAnyOrder((int) own.id()));
        given().auth().oauth2(citizenX).get("/api/v1/feedback/" + anonymous.id()).then().statusCode(404);
        given().auth().oauth2(citizenY).get(list).then().statusCode(200).body("items", empty());
        given().auth().oauth2(citizenY).get("/api/v1/feedback/" + own.id()).then().statusCode(404);

        // Anonymous: by tracking code only. Admins do not work on feedback.
        given().get(list).then().statusCode(401);
        given().get("/api/v1/feedback/" + anonymous.id()).then().statusCode(401);
        given().get("/api/v1/feedback/track/" + anonymous.code()).then().statusCode(200).body("status", is("ASSIGNED"));
        given().auth().oauth2(TestTokens.quantri()).get("/api/v1/feedback").then().statusCode(403);
    }

    @Test
    void aScopedRoleWithoutItsClaimSeesNothing() {
        TestPlan plan = publishedPlan();
        sendOk(null, plan.id(), item("Bất kỳ", "Nội dung"));
        String noUnit = TestTokens.token("canbo-khong-don-vi", "Không đơn vị", List.of("unit"), null, null);
        given().auth().oauth2(noUnit).get("/api/v1/plans/" + plan.id() + "/feedback").then().statusCode(200).body("items", empty());
        String noWard = TestTokens.token("canbo-khong-phuong", "Không phường", List.of("ward"), null, null);
        given().auth().oauth2(noWard).get("/api/v1/plans/" + plan.id() + "/feedback").then().statusCode(200).body("items", empty());
    }
}
