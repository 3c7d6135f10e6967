package vn.doithoai.privacy.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/**
 * The law's rule at the API, whatever the form: a request carrying someone's data without their consent is refused
 * with 400 (consent.required, in the caller's language) and writes nothing. Anonymous items carry no one's data and
 * need none.
 */
@QuarkusTest
class ConsentRequiredTest {

    private static final String MISSING_VI = "chỉ được tiếp nhận khi có sự đồng ý";
    private static final String MISSING_EN = "only with the person's consent";

    @Test
    void feedbackNamingItsSenderIsRefusedWithoutConsentFromEveryoneWhoTakesItIn() {
        long plan = publishedPlan();
        // The citizen online, anonymous or logged in (the item is tied to their account even without a name).
        refused(send(null, plan, named("Nguyễn Văn Thiếu")));
        refused(send(citizen(), plan, item("Đèn đường hỏng")));
        // The ward officer's entry, the office's entry and a partner system's send.
        refused(send(TestTokens.phuongbadon(), plan, named("Trần Thị Phường")));
        Map<String, Object> office = named("Lê Văn Văn Phòng");
        office.put("channel", "AT_SESSION");
        refused(send(TestTokens.vanphong(), plan, office));
        Map<String, Object> partner = named("Phạm Thị Đối Tác");
        partner.put("externalReference", "PAKN-" + UUID.randomUUID());
        refused(send(TestTokens.integration(), plan, partner));
        // In English too.
        given().header("Accept-Language", "en").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-For", freshAddress()).contentType(ContentType.JSON).body(named("Võ Văn English"))
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(400)
                .body("errors.find { it.field == 'consent' }.message", containsString(MISSING_EN));
        assertEquals(0, feedbackIn(plan), "nothing taken in");

        // An anonymous item holds no one's data: taken in without a consent, and without consent rows.
        long anonymous = send(null, plan, item("Cống thoát nước tắc")).statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + anonymous + "/consents").then().statusCode(200)
                .body("", empty());
        // The same named send with the consent: taken in, the partner's recorded as given through it.
        partner.put("consent", TestConsents.given());
        long viaPartner = send(TestTokens.integration(), plan, partner).statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + viaPartner + "/consents").then().statusCode(200)
                .body("channel", everyItem(is("PARTNER")));
        assertEquals(2, feedbackIn(plan));
    }

    @Test
    void anOrganisationsReportNamingSendersIsRefusedWithoutConsentEnteredOrImported() {
        long plan = publishedPlan();
        Map<String, Object> row = new HashMap<>(Map.of("kind", "PETITION", "title", "Đường kiệt ngập", "content", "Mưa lớn ngập sâu",
                "wardCode", "phuong-ba-don", "submitterName", "Võ Văn Đông"));
        Map<String, Object> report = new HashMap<>(Map.of("organisation", "Ủy ban MTTQ Việt Nam thị xã Ba Đồn", "items", List.of(row)));
        refused(given().auth().oauth2(TestTokens.vanphong()).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(report).post("/api/v1/plans/" + plan + "/feedback-reports").then());

        byte[] file = "\uFEFFLoại,Tiêu đề,Nội dung,Phường/xã,Người phản ánh,Số điện thoại\nKiến nghị,Một,Nội dung một,phuong-ba-don,Lê Thị Tên,0912345678\n"
                .getBytes(StandardCharsets.UTF_8);
        // The dry run says so before anything is imported, and the import refuses it.
        refused(importing(plan).queryParam("dryRun", "true").body(file).post("/api/v1/plans/" + plan + "/feedback-imports").then());
        refused(importing(plan).header("Idempotency-Key", UUID.randomUUID().toString()).body(file)
                .post("/api/v1/plans/" + plan + "/feedback-imports").then());
        // A consent without its notice version is named as such.
        importing(plan).queryParam("consentPurposes", "HANDLE_MATTER").queryParam("consentChannel", "ORGANISATION_REPORT").body(file)
                .post("/api/v1/plans/" + plan + "/feedback-imports").then().statusCode(400)
                .body("errors.field", is(List.of("consent.noticeVersion")));
        assertEquals(0, feedbackIn(plan), "nothing taken in");

        // With the file's consent, each named row's sender gets their consent rows, as the organisation collected them.
        long item = importing(plan).queryParams(TestConsents.fileConsent()).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(file).post("/api/v1/plans/" + plan + "/feedback-imports").then().statusCode(201).extract().jsonPath()
                .getLong("items[0].id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + item + "/consents").then().statusCode(200)
                .body("purpose", is(List.of("HANDLE_MATTER", "CONTACT_ME"))).body("active", is(List.of(true, true)))
                .body("channel", everyItem(is("ORGANISATION_REPORT"))).body("noticeVersion", everyItem(is(1)));
    }

    @Test
    void aPersonEnteredOrRegisteringIsRefusedWithoutConsent() {
        long plan = publishedPlan();
        String phone = freshPhone();
        Map<String, Object> person = Map.of("fullName", "Đinh Thị Chưa Đồng Ý", "phone", phone, "wardCode", "phuong-ba-don");
        for (String staff : List.of(TestTokens.vanphong(), TestTokens.phuongbadon())) {
            refused(given().auth().oauth2(staff).header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                    .body(Map.of("person", person, "kind", "CITIZEN", "level", "VILLAGE")).post("/api/v1/plans/" + plan + "/participants")
                    .then());
        }
        refused(given().header("Idempotency-Key", UUID.randomUUID().toString()).header("X-Forwarded-For", freshAddress())
                .contentType(ContentType.JSON).body(person).post("/api/v1/public/plans/" + plan + "/registrations").then());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 100).get("/api/v1/plans/" + plan + "/participants").then()
                .statusCode(200).body("items", empty());
        given().auth().oauth2(TestTokens.vanphong()).queryParam("phone", phone).get("/api/v1/people").then().statusCode(200)
                .body("", empty());
    }

    @Test
    void theDemosPeopleConsentedAsTheDemoShowsThem() {
        // A citizen the demo shows by name, entered by the office from a paper form; one it does not name.
        consentsOfDemoPerson("Hoàng Thị Mỹ").body("purpose", is(List.of("HANDLE_MATTER", "CONTACT_ME", "SHOW_NAME_PUBLICLY")))
                .body("active", is(List.of(true, true, true))).body("noticeVersion", everyItem(is(1)))
                .body("channel", everyItem(is("PAPER_FORM")));
        consentsOfDemoPerson("Võ Văn Đông").body("find { it.purpose == 'SHOW_NAME_PUBLICLY' }.given", is(false))
                .body("find { it.purpose == 'HANDLE_MATTER' }.active", is(true));
    }

    /** The demo gives each made-up person a made-up phone from their name (ParticipantDemoData). */
    private static ValidatableResponse consentsOfDemoPerson(String name) {
        String phone = String.format("0900%06d", Math.floorMod(name.hashCode(), 1_000_000));
        long id = given().auth().oauth2(TestTokens.vanphong()).queryParam("phone", phone).get("/api/v1/people").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/people/" + id + "/consents").then().statusCode(200);
    }

    private static void refused(ValidatableResponse answer) {
        answer.statusCode(400).contentType("application/problem+json").body("errors.field", is(List.of("consent")))
                .body("errors[0].message", containsString(MISSING_VI));
    }

    private static String citizen() {
        return TestTokens.token("congdan-dongy-" + UUID.randomUUID().toString().substring(0, 8), "Công Dân Đồng Ý", List.of("citizen"),
                null, "phuong-ba-don");
    }

    private static long publishedPlan() {
        long id = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại về sự đồng ý", "74", "Dữ liệu cá nhân",
                List.of("Đồng ý")).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    private static Map<String, Object> item(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("title", title);
        body.put("content", title + ": đã lâu chưa sửa");
        body.put("wardCode", "phuong-ba-don");
        return body;
    }

    private static Map<String, Object> named(String sender) {
        Map<String, Object> body = item("Đèn đường tổ 4 hỏng");
        body.put("submitterName", sender);
        body.put("submitterPhone", freshPhone());
        return body;
    }

    private static ValidatableResponse send(String token, long plan, Map<String, Object> body) {
        RequestSpecification request = given().header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-For", freshAddress());
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/feedback").then();
    }

    private static RequestSpecification importing(long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType("application/octet-stream")
                .queryParam("organisation", "Ủy ban MTTQ Việt Nam thị xã Ba Đồn").queryParam("fileName", "mttq.csv");
    }

    private static int feedbackIn(long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).queryParam("size", 100).get("/api/v1/plans/" + plan + "/feedback").then()
                .statusCode(200).extract().jsonPath().getList("items").size();
    }

    private static String freshAddress() {
        return "10.43." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    private static String freshPhone() {
        return "09" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
