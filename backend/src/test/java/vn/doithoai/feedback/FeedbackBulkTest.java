package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.reject;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.feedback.FeedbackTestSupport.unitStaff;
import static vn.doithoai.feedback.FeedbackTestSupport.wardOfficer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestTokens;

/** The office acts on many items at once: all of them change, or none does. */
@QuarkusTest
class FeedbackBulkTest {

    @Inject
    AuditLog audit;

    @Test
    void theOfficeClassifiesAndAssignsManyItemsAtOnceAndEachIsAudited() {
        TestPlan plan = publishedPlan();
        List<Long> ids = send(plan, 3);
        Map<String, Object> classify = request("CLASSIFY", refs(ids));
        classify.put("focusAreaId", plan.area2());
        classify.put("priority", "HIGH");
        bulk(TestTokens.vanphong(), plan.id(), classify).statusCode(200).body("items", hasSize(3))
                .body("items.status", everyItem(is("CLASSIFIED"))).body("items.priority", everyItem(is("HIGH")))
                .body("items.focusArea.id", everyItem(is((int) plan.area2())))
                .body("items.id", containsInAnyOrder(ids.stream().map(Long::intValue).toArray()));

        Map<String, Object> assign = request("ASSIGN", refs(ids));
        assign.put("unitCode", "phong-tnmt");
        assign.put("coordinatingUnitCodes", List.of("phong-qldt", "ubnd-phuong-ba-don"));
        bulk(TestTokens.vanphong(), plan.id(), assign).statusCode(200).body("items.status", everyItem(is("ASSIGNED")))
                .body("items.unit.code", everyItem(is("phong-tnmt")))
                .body("items[0].coordinatingUnits.code", containsInAnyOrder("phong-qldt", "ubnd-phuong-ba-don"));
        for (long id : ids) {
            assertEquals(List.of("submitted", "classified", "assigned"),
                    audit.trail(FeedbackService.AUDIT_TYPE, Long.toString(id)).stream().map(e -> e.action).toList());
        }
    }

    @Test
    void aStaleVersionChangesNothing() {
        TestPlan plan = publishedPlan();
        List<Long> ids = send(plan, 3);
        List<Map<String, Object>> refs = refs(ids);
        refs.get(1).put("version", 7);
        Map<String, Object> classify = request("CLASSIFY", refs);
        classify.put("focusAreaId", plan.area1());
        classify.put("priority", "NORMAL");
        bulk(TestTokens.vanphong(), plan.id(), classify).statusCode(409).contentType("application/problem+json")
                .body("errors", hasSize(1)).body("errors[0].field", is("items[1]"));
        for (long id : ids) {
            view(id).body("status", is("RECEIVED")).body("version", is(0)).body("focusArea", is((Object) null));
        }
    }

    @Test
    void anItemInTheWrongStateChangesNothing() {
        TestPlan plan = publishedPlan();
        List<Long> ids = send(plan, 3);
        reject(TestTokens.vanphong(), ids.get(2), "Không thuộc phạm vi").statusCode(200);
        Map<String, Object> reject = request("REJECT", refs(ids));
        reject.put("reason", "Trùng nội dung");
        bulk(TestTokens.vanphong(), plan.id(), reject).statusCode(409).body("errors.field", containsInAnyOrder("items[2]"));
        view(ids.get(0)).body("status", is("RECEIVED"));
        view(ids.get(1)).body("status", is("RECEIVED"));

        // Assigning needs classified items: every item fails, each named.
        Map<String, Object> assign = request("ASSIGN", refs(ids.subList(0, 2)));
        assign.put("unitCode", "phong-tnmt");
        bulk(TestTokens.vanphong(), plan.id(), assign).statusCode(409).body("errors.field", containsInAnyOrder("items[0]", "items[1]"));
    }

    @Test
    void anItemOfAnotherPlanOrListedTwiceFailsTheRequest() {
        TestPlan plan = publishedPlan();
        TestPlan other = publishedPlan();
        List<Long> ids = send(plan, 1);
        List<Long> foreign = send(other, 1);
        List<Map<String, Object>> refs = refs(List.of(ids.get(0), foreign.get(0), ids.get(0)));
        Map<String, Object> classify = request("CLASSIFY", refs);
        classify.put("focusAreaId", plan.area1());
        classify.put("priority", "LOW");
        bulk(TestTokens.vanphong(), plan.id(), classify).statusCode(409).body("errors.field", containsInAnyOrder("items[1]", "items[2]"));
        view(ids.get(0)).body("status", is("RECEIVED"));
    }

    @Test
    void badRequestsAreRefusedWithTheFieldNamed() {
        TestPlan plan = publishedPlan();
        List<Long> ids = send(plan, 1);
        bulk(TestTokens.vanphong(), plan.id(), request("ASSIGN", refs(ids))).statusCode(400).body("errors[0].field", is("unitCode"));
        Map<String, Object> foreignArea = request("CLASSIFY", refs(ids));
        foreignArea.put("focusAreaId", publishedPlan().area1());
        foreignArea.put("priority", "LOW");
        bulk(TestTokens.vanphong(), plan.id(), foreignArea).statusCode(400).body("errors[0].field", is("focusAreaId"));
        Map<String, Object> lead = request("ASSIGN", refs(ids));
        lead.put("unitCode", "phong-tnmt");
        lead.put("coordinatingUnitCodes", List.of("phong-tnmt"));
        bulk(TestTokens.vanphong(), plan.id(), lead).statusCode(400).body("errors[0].field", is("coordinatingUnitCodes[0]"));
        bulk(TestTokens.vanphong(), plan.id(), request("REJECT", List.of())).statusCode(400).body("errors[0].field", is("items"));
        bulk(TestTokens.vanphong(), 987654321L, Map.of("action", "REJECT", "reason", "x", "items", refs(ids))).statusCode(404);
        view(ids.get(0)).body("status", is("RECEIVED"));
    }

    @Test
    void onlyTheOfficeActsInBulk() {
        TestPlan plan = publishedPlan();
        List<Long> ids = send(plan, 1);
        Map<String, Object> reject = request("REJECT", refs(ids));
        reject.put("reason", "Không thuộc phạm vi");
        for (String token : List.of(TestTokens.phongtnmt(), unitStaff("phong-qldt"), TestTokens.phuongbadon(),
                wardOfficer("phuong-quang-tho"), TestTokens.congdan(), TestTokens.bithu())) {
            bulk(token, plan.id(), reject).statusCode(403);
        }
        given().contentType(ContentType.JSON).body(reject).post("/api/v1/plans/" + plan.id() + "/feedback/bulk").then().statusCode(401);
        view(ids.get(0)).body("status", is("RECEIVED"));
    }

    private static List<Long> send(TestPlan plan, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(sendOk(null, plan.id(), item("Ý kiến số " + i + " về đường làng", "Đường làng xuống cấp, đề nghị sửa chữa.")).id());
        }
        return ids;
    }

    private static List<Map<String, Object>> refs(List<Long> ids) {
        List<Map<String, Object>> refs = new ArrayList<>();
        for (long id : ids) {
            Map<String, Object> ref = new HashMap<>();
            ref.put("id", id);
            ref.put("version", view(id).extract().jsonPath().getLong("version"));
            refs.add(ref);
        }
        return refs;
    }

    private static Map<String, Object> request(String action, List<Map<String, Object>> items) {
        Map<String, Object> r = new HashMap<>();
        r.put("action", action);
        r.put("items", items);
        return r;
    }

    private static ValidatableResponse bulk(String token, long planId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + planId + "/feedback/bulk")
                .then();
    }

    private static ValidatableResponse view(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().statusCode(200);
    }
}
