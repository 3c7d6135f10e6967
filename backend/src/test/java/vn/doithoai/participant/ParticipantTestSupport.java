package vn.doithoai.participant;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** Plans and participants made through the API, as the office and citizens would make them. */
final class ParticipantTestSupport {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = TestClock.today();

    private ParticipantTestSupport() {
    }

    /** A town plan from the 2022 template (delegates 3 working days, citizens 3 days), published. */
    static long publishedPlan(LocalDate session) {
        long id = TestPlans.create(session, "Đối thoại thử nghiệm", "70", "Vệ sinh môi trường", List.of("Rác thải")).getLong("id");
        TestPlans.publish(id);
        return id;
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
