package vn.doithoai.participant;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestTokens;

/** Plans and participants made through the API, as the office and citizens would make them. */
final class ParticipantTestSupport {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.now(VIETNAM);

    private ParticipantTestSupport() {
    }

    /** A town plan from the 2022 template (delegates 3 working days, citizens 3 days), published. */
    static long publishedPlan(LocalDate session) {
        Map<String, Object> d = new HashMap<>();
        d.put("templateCode", "town-2022");
        d.put("level", "TOWN");
        d.put("title", "Đối thoại thử nghiệm " + UUID.randomUUID());
        d.put("number", "70");
        d.put("symbol", "KH/ThU");
        d.put("issueDate", TODAY.minusDays(20).toString());
        d.put("issuingUnitCode", "thi-uy");
        d.put("topic", "Vệ sinh môi trường");
        d.put("focusAreas", List.of(Map.of("title", "Rác thải")));
        d.put("plannedMonth", session.toString().substring(0, 7));
        d.put("sessionAt", LocalDateTime.of(session, LocalTime.of(8, 0)).atZone(VIETNAM).toOffsetDateTime().toString());
        d.put("venue", "Hội trường Thị ủy");
        d.put("format", "IN_PERSON");
        long id = given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(d).post("/api/v1/plans")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        act(TestTokens.vanphong(), id, "SUBMIT");
        act(TestTokens.bithu(), id, "APPROVE");
        act(TestTokens.vanphong(), id, "PUBLISH");
        return id;
    }

    static void act(String token, long id, String action) {
        String etag = given().auth().oauth2(token).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("action", action, "acknowledgeWarnings", true)).post("/api/v1/plans/" + id + "/transitions")
                .then().statusCode(200);
    }

    static String wardOfficer(String ward) {
        return TestTokens.token("canbo-" + ward, "Cán bộ " + ward, List.of("ward"), null, ward);
    }

    static Map<String, Object> citizen(String name, String phone, String ward, boolean namePublic) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", name);
        person.put("phone", phone);
        if (ward != null) {
            person.put("wardCode", ward);
        }
        person.put("namePublic", namePublic);
        return Map.of("person", person, "kind", "CITIZEN", "level", "VILLAGE");
    }

    static ValidatableResponse add(String token, long planId, Map<String, Object> request) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(request)
                .post("/api/v1/plans/" + planId + "/participants").then();
    }

    static long addOk(String token, long planId, Map<String, Object> request) {
        return add(token, planId, request).statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> registration(String name, String phone, String ward) {
        Map<String, Object> r = new HashMap<>();
        r.put("fullName", name);
        r.put("phone", phone);
        r.put("wardCode", ward);
        r.put("matter", "Rác thải ở chợ Ba Đồn chưa được thu gom đúng giờ");
        r.put("namePublic", false);
        return r;
    }

    static ValidatableResponse register(long planId, String key, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/public/plans/" + planId + "/registrations").then();
    }

    /** A phone number no other test uses. */
    static String freshPhone() {
        return "09" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }
}
