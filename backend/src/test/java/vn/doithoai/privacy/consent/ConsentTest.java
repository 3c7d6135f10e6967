package vn.doithoai.privacy.consent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestConsents;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** Notice and consent per purpose on the forms that take personal data, and withdrawal with its effects. */
@QuarkusTest
class ConsentTest {

    @Test
    void theNoticeIsServedInTheCallersLanguageWithItsVersionAndEachPurpose() {
        given().get("/api/v1/privacy/notice").then().statusCode(200).body("version", is(1)).body("language", is("vi"))
                .body("title", is("Thông báo về xử lý dữ liệu cá nhân")).body("retention", containsString("2 năm"))
                .body("purposes.purpose", containsInAnyOrder("HANDLE_MATTER", "CONTACT_ME", "SHOW_NAME_PUBLICLY"))
                .body("purposes.label", everyItem(notNullValue()));
        given().header("Accept-Language", "en").get("/api/v1/privacy/notice").then().statusCode(200).body("language", is("en"))
                .body("rights", containsString("withdraw"));
    }

    @Test
    void aCitizensConsentIsRecordedPerPurposeWithTheNoticeTheClockAndTheChannel() {
        long plan = publishedPlan();
        Instant before = TestClock.now();
        JsonPath sent = send(null, plan, item("Nguyễn Thị Đồng Ý", TestConsents.online("HANDLE_MATTER"))).statusCode(201)
                .extract().jsonPath();
        Instant after = TestClock.now();
        JsonPath consents = tracked(sent.getString("trackingCode")).statusCode(200)
                .body("purpose", is(List.of("HANDLE_MATTER", "CONTACT_ME"))).body("given", is(List.of(true, false)))
                .body("active", is(List.of(true, false))).body("noticeVersion", everyItem(is(1)))
                .body("channel", everyItem(is("ONLINE"))).extract().jsonPath();
        Instant recorded = OffsetDateTime.parse(consents.getString("[0].recordedAt")).toInstant();
        assertFalse(recorded.isBefore(before.minusMillis(1)) || recorded.isAfter(after.plusMillis(1)), recorded + " from the clock");
        // The sender's consents name nobody: not the sender, not the officer.
        assertFalse(consents.prettify().contains("Nguyễn Thị Đồng Ý"));
        // The office reads the same on the item.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + sent.getLong("id") + "/consents").then().statusCode(200)
                .body("purpose", is(List.of("HANDLE_MATTER", "CONTACT_ME")));
    }

    @Test
    void aConsentThatDoesNotHoldIsRefusedInTheCallersLanguageAndNothingIsTakenIn() {
        long plan = publishedPlan();
        Map<String, Object> wrong = TestConsents.online("CONTACT_ME", "SHOW_NAME_PUBLICLY");
        wrong.put("noticeVersion", 99);
        send(null, plan, item("Trần Văn Sai", wrong)).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("consent.noticeVersion")).body("errors.field", hasItem("consent.purposes"))
                .body("errors.find { it.field == 'consent.noticeVersion' }.message", containsString("phiên bản 99"));
        given().header("Accept-Language", "en").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-For", freshAddress()).contentType(ContentType.JSON).body(item("Trần Văn Sai", wrong))
                .post("/api/v1/plans/" + plan + "/feedback").then().statusCode(400)
                .body("errors.find { it.field == 'consent.noticeVersion' }.message", containsString("version 99"));
        // Staff entering on someone's behalf must say how the person consented.
        send(TestTokens.vanphong(), plan, officeItem("Trần Văn Sai", TestConsents.online("HANDLE_MATTER"))).statusCode(400)
                .body("errors.field", is(List.of("consent.channel")));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).get("/api/v1/feedback").then().statusCode(200)
                .body("items", is(List.of()));
    }

    @Test
    void staffEnteringOnSomeonesBehalfRecordHowTheConsentWasGiven() {
        long plan = publishedPlan();
        long id = send(TestTokens.vanphong(), plan, officeItem("Lê Thị Điện Thoại", TestConsents.onBehalf("PHONE", "HANDLE_MATTER",
                "CONTACT_ME"))).statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id + "/consents").then().statusCode(200)
                .body("channel", everyItem(is("PHONE"))).body("active", is(List.of(true, true)));
        // The unit handling an item does not see its sender, nor their consents.
        given().auth().oauth2(TestTokens.phongtnmt()).get("/api/v1/feedback/" + id + "/consents").then().statusCode(403);
    }

    @Test
    void theSenderWithdrawsWithTheTrackingCodeAndTheOfficeOnTheirBehalf() {
        long plan = publishedPlan();
        String code = send(null, plan, item("Phạm Văn Rút", TestConsents.online("HANDLE_MATTER", "CONTACT_ME"))).statusCode(201)
                .extract().jsonPath().getString("trackingCode");
        Instant before = TestClock.now();
        given().header("X-Forwarded-For", freshAddress()).post("/api/v1/feedback/track/" + code + "/consents/CONTACT_ME/withdrawal").then()
                .statusCode(200).body("find { it.purpose == 'CONTACT_ME' }.active", is(false))
                .body("find { it.purpose == 'CONTACT_ME' }.given", is(true))
                .body("find { it.purpose == 'CONTACT_ME' }.withdrawalChannel", is("ONLINE"))
                .body("find { it.purpose == 'CONTACT_ME' }.withdrawnAt", notNullValue())
                .body("find { it.purpose == 'HANDLE_MATTER' }.active", is(true));
        assertTrue(TestClock.now().isAfter(before.minusMillis(1)));
        // Taken back already: nothing to withdraw, said in the caller's language.
        given().header("X-Forwarded-For", freshAddress()).header("Accept-Language", "en")
                .post("/api/v1/feedback/track/" + code + "/consents/CONTACT_ME/withdrawal").then().statusCode(409)
                .body("detail", containsString("CONTACT_ME"));
        given().header("X-Forwarded-For", freshAddress()).post("/api/v1/feedback/track/DT-2026-ZZZZZ/consents/CONTACT_ME/withdrawal")
                .then().statusCode(404);

        long id = send(null, plan, item("Phạm Văn Nhờ", TestConsents.online("HANDLE_MATTER", "CONTACT_ME"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        String path = "/api/v1/feedback/" + id + "/consents/HANDLE_MATTER/withdrawal";
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of()).post(path).then().statusCode(400)
                .body("errors.field", is(List.of("channel")));
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("channel", "IN_PERSON")).post(path)
                .then().statusCode(200).body("find { it.purpose == 'HANDLE_MATTER' }.withdrawalChannel", is("IN_PERSON"));
    }

    @Test
    void showingTheNameIsAPurposeOfThePersonAndWithdrawingItHidesTheNameFromThePublic() {
        long plan = publishedPlan();
        String name = "Võ Thị Công Khai " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> person = new HashMap<>(Map.of("fullName", name, "phone", freshPhone(), "wardCode", "phuong-ba-don"));
        long participant = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON)
                .body(Map.of("person", person, "kind", "CITIZEN", "level", "VILLAGE", "consent",
                        TestConsents.onBehalf("PAPER_FORM", "HANDLE_MATTER", "SHOW_NAME_PUBLICLY")))
                .post("/api/v1/plans/" + plan + "/participants").then().statusCode(201).body("namePublic", is(true))
                .extract().jsonPath().getLong("personId");
        publicNames(plan).body("displayName", hasItem(name));
        String consents = "/api/v1/people/" + participant + "/consents";
        given().auth().oauth2(TestTokens.vanphong()).get(consents).then().statusCode(200)
                .body("purpose", is(List.of("HANDLE_MATTER", "CONTACT_ME", "SHOW_NAME_PUBLICLY")))
                .body("given", is(List.of(true, false, true))).body("channel", everyItem(is("PAPER_FORM")));

        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("channel", "PHONE"))
                .post(consents + "/SHOW_NAME_PUBLICLY/withdrawal").then().statusCode(200)
                .body("find { it.purpose == 'SHOW_NAME_PUBLICLY' }.active", is(false));
        publicNames(plan).body("displayName", not(hasItem(name)));

        // Given again later, by phone: public again.
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(Map.of("noticeVersion", 1, "channel", "PHONE"))
                .put(consents + "/SHOW_NAME_PUBLICLY").then().statusCode(200)
                .body("find { it.purpose == 'SHOW_NAME_PUBLICLY' }.active", is(true))
                .body("find { it.purpose == 'SHOW_NAME_PUBLICLY' }.withdrawnAt", nullValue());
        publicNames(plan).body("displayName", hasItem(name));
        // Another ward's officer does not reach this person.
        given().auth().oauth2(TestTokens.token("canbo-phuong-quang-tho", "Cán bộ Quảng Thọ", List.of("ward"), null, "phuong-quang-tho"))
                .get(consents).then().statusCode(404);
    }

    @Test
    void aRegistrantWhoDidNotAgreeStaysUnnamedInPublic() {
        long plan = publishedPlan();
        String name = "Đinh Văn Kín " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> body = new HashMap<>(Map.of("fullName", name, "phone", freshPhone(), "wardCode", "phuong-ba-don", "consent",
                TestConsents.online("HANDLE_MATTER", "CONTACT_ME")));
        given().header("Idempotency-Key", UUID.randomUUID().toString()).header("X-Forwarded-For", freshAddress())
                .contentType(ContentType.JSON).body(body).post("/api/v1/public/plans/" + plan + "/registrations").then().statusCode(201);
        publicNames(plan).body("displayName", not(hasItem(name)));
    }

    private static ValidatableResponse publicNames(long plan) {
        return given().queryParam("size", 100).get("/api/v1/public/plans/" + plan + "/participants").then().statusCode(200)
                .rootPath("items");
    }

    private static long publishedPlan() {
        long id = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại về dữ liệu cá nhân", "71", "Dữ liệu cá nhân",
                List.of("Đồng ý")).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    private static Map<String, Object> item(String sender, Map<String, Object> consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PETITION");
        body.put("title", "Đèn đường tổ 4 hỏng");
        body.put("content", "Đèn đường tổ 4 hỏng đã hai tuần");
        body.put("wardCode", "phuong-ba-don");
        body.put("submitterName", sender);
        body.put("submitterPhone", freshPhone());
        body.put("consent", consent);
        return body;
    }

    private static Map<String, Object> officeItem(String sender, Map<String, Object> consent) {
        Map<String, Object> body = item(sender, consent);
        body.put("channel", "AT_SESSION");
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

    private static ValidatableResponse tracked(String code) {
        return given().header("X-Forwarded-For", freshAddress()).get("/api/v1/feedback/track/" + code + "/consents").then();
    }

    private static String freshAddress() {
        return "10.42." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
    }

    private static String freshPhone() {
        return "09" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }
}
