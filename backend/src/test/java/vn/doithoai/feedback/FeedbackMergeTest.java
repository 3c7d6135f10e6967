package vn.doithoai.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.assign;
import static vn.doithoai.feedback.FeedbackTestSupport.classify;
import static vn.doithoai.feedback.FeedbackTestSupport.etag;
import static vn.doithoai.feedback.FeedbackTestSupport.item;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;
import static vn.doithoai.feedback.FeedbackTestSupport.reject;
import static vn.doithoai.feedback.FeedbackTestSupport.sendOk;
import static vn.doithoai.feedback.FeedbackTestSupport.unitStaff;
import static vn.doithoai.feedback.FeedbackTestSupport.wardOfficer;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.common.audit.AuditLog;
import vn.doithoai.feedback.FeedbackTestSupport.Sent;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestTokens;

/** Duplicates: merging keeps every item, sender and count; unmerging restores the items as they were. */
@QuarkusTest
class FeedbackMergeTest {

    @Inject
    AuditLog audit;

    @Test
    void mergingKeepsEverySenderAndUnmergingRestoresTheItems() {
        TestPlan plan = publishedPlan();
        Sent primary = sent(plan, "Đường liên xã ngập", "phuong-ba-don", "Nguyễn Văn An");
        Sent assigned = sent(plan, "Đường ngập khi mưa", "phuong-quang-tho", "Trần Thị Bình");
        Sent other = sent(plan, "Ngập đường liên xã", "xa-quang-hoa", "Lê Văn Cường");
        Sent secondPrimary = sent(plan, "Mưa ngập đường", "xa-quang-hoa", "Phạm Văn Dũng");
        Sent sameSender = sent(plan, "Đường ngập nữa", "phuong-ba-don", "Nguyễn Văn An");
        classify(TestTokens.vanphong(), assigned.id(), plan.area1(), "HIGH").statusCode(200);
        assign(TestTokens.vanphong(), assigned.id(), "phong-tnmt").statusCode(200);
        long assignedVersion = view(TestTokens.vanphong(), assigned.id()).extract().jsonPath().getLong("version");

        merge(secondPrimary.id(), List.of(sameSender.id())).statusCode(200).body("merged.count", is(2));
        // A primary listed with its members: groups stay flat, its member moves along.
        merge(primary.id(), List.of(assigned.id(), other.id(), secondPrimary.id())).statusCode(200)
                .body("merged.count", is(5)).body("merged.submitters", is(4)).body("merged.wards", is(3))
                .body("merged.items.id", containsInAnyOrder(ids(primary, assigned, other, secondPrimary, sameSender)))
                .body("merged.items.submitterName", hasItem("Trần Thị Bình"));
        view(TestTokens.vanphong(), secondPrimary.id()).body("mergedIntoId", is((int) primary.id())).body("merged", nullValue());
        view(TestTokens.vanphong(), sameSender.id()).body("mergedIntoId", is((int) primary.id()));
        // Every original is kept with its own sender and code.
        view(TestTokens.vanphong(), assigned.id()).body("submitterName", is("Trần Thị Bình")).body("trackingCode", is(assigned.code()))
                .body("status", is("ASSIGNED"));

        String list = "/api/v1/plans/" + plan.id() + "/feedback";
        given().auth().oauth2(TestTokens.vanphong()).get(list).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) primary.id())).body("items[0].merged.count", is(5))
                .body("items[0].merged.submitters", is(4)).body("items[0].merged.wards", is(3)).body("items[0].merged.items", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("includeMerged", true).get(list).then().statusCode(200)
                .body("items.id", containsInAnyOrder(ids(primary, assigned, other, secondPrimary, sameSender)));

        unmerge(primary.id(), List.of(assigned.id(), secondPrimary.id())).statusCode(200)
                .body("merged.count", is(3)).body("merged.submitters", is(2)).body("merged.wards", is(2))
                .body("merged.items.id", containsInAnyOrder(ids(primary, other, sameSender)));
        // Standing alone again exactly as before: status, unit, sender.
        view(TestTokens.vanphong(), assigned.id()).body("mergedIntoId", nullValue()).body("status", is("ASSIGNED"))
                .body("unit.code", is("phong-tnmt")).body("submitterName", is("Trần Thị Bình")).body("merged", nullValue());
        view(TestTokens.vanphong(), secondPrimary.id()).body("mergedIntoId", nullValue()).body("merged", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).get(list).then()
                .body("items.id", containsInAnyOrder(ids(primary, assigned, secondPrimary)));
        assertTrue(view(TestTokens.vanphong(), assigned.id()).extract().jsonPath().getLong("version") > assignedVersion);

        unmerge(primary.id(), List.of(other.id(), sameSender.id())).statusCode(200).body("merged", nullValue());
        given().auth().oauth2(TestTokens.vanphong()).get(list).then()
                .body("items.id", containsInAnyOrder(ids(primary, assigned, other, secondPrimary, sameSender)));

        List<String> actions = audit.trail(FeedbackService.AUDIT_TYPE, Long.toString(primary.id())).stream().map(e -> e.action).toList();
        assertEquals(List.of("submitted", "merged", "unmerged", "unmerged"), actions);
        assertEquals(List.of("submitted", "classified", "assigned", "merged-into", "unmerged-from"),
                audit.trail(FeedbackService.AUDIT_TYPE, Long.toString(assigned.id())).stream().map(e -> e.action).toList());
    }

    @Test
    void wardOfficersSeeTheirWardsMembersAndTrackingShowsThePrimary() {
        TestPlan plan = publishedPlan();
        Sent primary = sent(plan, "Điện chiếu sáng hỏng", "phuong-ba-don", "Ngô Văn Sáng");
        Sent member = sent(plan, "Đèn đường không sáng", "phuong-quang-tho", "Đỗ Thị Tối");
        merge(primary.id(), List.of(member.id())).statusCode(200);

        // The member's ward officer still reads their ward's item, and is told it was merged; the primary is not theirs.
        String quangTho = wardOfficer("phuong-quang-tho");
        view(quangTho, member.id()).body("mergedIntoId", is((int) primary.id())).body("submitterName", is("Đỗ Thị Tối"));
        given().auth().oauth2(quangTho).get("/api/v1/feedback/" + primary.id()).then().statusCode(404);
        given().auth().oauth2(quangTho).queryParam("includeMerged", true).get("/api/v1/plans/" + plan.id() + "/feedback").then()
                .body("items.id", containsInAnyOrder((int) member.id()));
        // The primary's ward officer sees the whole group, but the names of their own ward's senders only.
        view(TestTokens.phuongbadon(), primary.id()).body("merged.count", is(2))
                .body("merged.items.find { it.id == " + member.id() + " }.submitterName", nullValue())
                .body("merged.items.find { it.id == " + primary.id() + " }.submitterName", is("Ngô Văn Sáng"));

        // Tracking the member: where the primary is, and its answer once approved; no names.
        classify(TestTokens.vanphong(), primary.id(), plan.area1(), "NORMAL").statusCode(200);
        assign(TestTokens.vanphong(), primary.id(), "phong-tnmt").statusCode(200);
        track(member.code()).body("status", is("ASSIGNED")).body("merged", is(true)).body("trackingCode", is(member.code()))
                .body("title", is("Đèn đường không sáng")).body("answer", nullValue()).body(not(containsString("Đỗ Thị Tối")));
        post(TestTokens.phongtnmt(), primary.id(), "answer", Map.of("text", "Sẽ thay bóng đèn trong tháng."), "PUT").statusCode(200);
        post(TestTokens.vanphong(), primary.id(), "answer/submit", null, "POST").statusCode(200);
        post(TestTokens.bithu(), primary.id(), "answer/approval", null, "POST").statusCode(200);
        track(member.code()).body("status", is("ANSWER_APPROVED")).body("answer", is("Sẽ thay bóng đèn trong tháng."))
                .body("answeredAt", not(nullValue()));
        track(primary.code()).body("merged", is(false)).body("answer", is("Sẽ thay bóng đèn trong tháng."));
    }

    @Test
    void mergesThatCannotBeAreRefusedAndNothingChanges() {
        TestPlan plan = publishedPlan();
        TestPlan otherPlan = publishedPlan();
        Sent primary = sent(plan, "Ô nhiễm tiếng ồn", "phuong-ba-don", null);
        Sent a = sent(plan, "Tiếng ồn karaoke", "phuong-ba-don", null);
        Sent b = sent(plan, "Karaoke ồn ào", "phuong-ba-don", null);
        Sent elsewhere = sent(otherPlan, "Karaoke đêm khuya", "phuong-ba-don", null);
        Sent rejected = sent(plan, "Hát karaoke", "phuong-ba-don", null);
        reject(TestTokens.vanphong(), rejected.id(), "Không thuộc phạm vi").statusCode(200);

        merge(primary.id(), List.of(elsewhere.id())).statusCode(422).body("detail", containsString("kế hoạch khác"));
        merge(primary.id(), List.of(primary.id())).statusCode(422).body("detail", containsString("chính nó"));
        merge(primary.id(), List.of(a.id(), rejected.id())).statusCode(409).body("detail", containsString("Không thể gộp"));
        merge(primary.id(), List.of(Long.MAX_VALUE)).statusCode(422);
        merge(rejected.id(), List.of(a.id())).statusCode(409);
        merge(primary.id(), List.of()).statusCode(400);
        // Nothing of a refused merge stays: the first listed item is not in the group.
        view(TestTokens.vanphong(), a.id()).body("mergedIntoId", nullValue());
        view(TestTokens.vanphong(), primary.id()).body("merged", nullValue());

        merge(primary.id(), List.of(a.id())).statusCode(200);
        merge(b.id(), List.of(a.id())).statusCode(409).body("detail", containsString("đã được gộp vào"));
        merge(a.id(), List.of(b.id())).statusCode(409);
        merge(primary.id(), List.of(a.id())).statusCode(409);
        unmerge(primary.id(), List.of(b.id())).statusCode(422).body("detail", containsString("không nằm trong nhóm"));

        String url = "/api/v1/feedback/" + primary.id() + "/merge";
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("items", List.of(b.id()))).post(url).then().statusCode(412);
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("items", List.of(b.id()))).post(url)
                .then().statusCode(428);
        for (String token : new String[] { TestTokens.phuongbadon(), unitStaff("phong-tnmt"), TestTokens.bithu(), TestTokens.congdan() }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(primary.id()))
                    .body(Map.of("items", List.of(b.id()))).post(url).then().statusCode(403);
        }
        view(TestTokens.vanphong(), primary.id()).body("merged.count", is(2));
    }

    private static final String DEMO_PRIMARY = "items.find { it.title == 'Đường liên xã Quảng Hòa – Quảng Minh bị ngập khi mưa lớn' }";

    @Test
    void theDemoPlanHasAMergedGroupFromThreeWards() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "Đường liên xã Quảng Hòa – Quảng Minh bị ngập").get("/api/v1/feedback")
                .then().statusCode(200).body(DEMO_PRIMARY + ".merged.count", is(4)).body(DEMO_PRIMARY + ".merged.wards", is(3))
                .body(DEMO_PRIMARY + ".merged.submitters", is(4)).body(DEMO_PRIMARY + ".status", is("ASSIGNED"));
    }

    private static Sent sent(TestPlan plan, String title, String ward, String name) {
        Map<String, Object> body = item(title, title + ": nội dung chi tiết của ý kiến.");
        body.put("wardCode", ward);
        if (name != null) {
            body.put("submitterName", name);
            body.put("consent", TestConsents.given());
        }
        return sendOk(null, plan.id(), body);
    }

    private static Object[] ids(Sent... items) {
        return java.util.Arrays.stream(items).map(s -> (int) s.id()).toArray();
    }

    static ValidatableResponse merge(long id, List<Long> items) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("items", items)).post("/api/v1/feedback/" + id + "/merge").then();
    }

    static ValidatableResponse unmerge(long id, List<Long> items) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("items", items)).post("/api/v1/feedback/" + id + "/unmerge").then();
    }

    private static ValidatableResponse post(String token, long id, String path, Object body, String method) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag(id));
        if (body != null) {
            request.body(body);
        }
        return request.request(method, "/api/v1/feedback/" + id + "/" + path).then();
    }

    private static ValidatableResponse view(String token, long id) {
        return given().auth().oauth2(token).get("/api/v1/feedback/" + id).then().statusCode(200);
    }

    private static ValidatableResponse track(String code) {
        return given().get("/api/v1/feedback/track/" + code).then().statusCode(200);
    }
}
