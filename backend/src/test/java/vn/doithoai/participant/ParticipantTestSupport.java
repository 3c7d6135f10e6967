package vn.doithoai.participant;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;

/** Plans and participants made through the API, as the office and citizens would make them. */
final class ParticipantTestSupport {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = TestClock.today();
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

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
        return Map.of("person", person, "kind", "CITIZEN", "level", "VILLAGE", "consent",
                vn.doithoai.testsupport.TestConsents.namePublic("IN_PERSON", namePublic));
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
        r.put("consent", vn.doithoai.testsupport.TestConsents.online("HANDLE_MATTER"));
        return r;
    }

    /** Registered anonymously from an address of its own, so the per-client limit of one test does not touch another. */
    static ValidatableResponse register(long planId, String key, Map<String, Object> body) {
        return register(null, freshAddress(), planId, key, body);
    }

    /** Registered by an anonymous citizen (token null) or the token's holder, from the given client address. */
    static ValidatableResponse register(String token, String address, long planId, String key, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/public/plans/" + planId + "/registrations").then();
    }

    /** A client address no other test uses (the tests trust X-Forwarded-For). */
    static String freshAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.78." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A delegate of the town entered by the office: no ward, a title, an organisation and an email. */
    static Map<String, Object> delegate(String name, String phone) {
        Map<String, Object> person = new HashMap<>();
        person.put("fullName", name);
        person.put("title", "Trưởng phòng Tài nguyên và Môi trường");
        person.put("organisationCode", "phong-tnmt");
        person.put("phone", phone);
        person.put("email", "dai-bieu-" + phone + "@doithoai.invalid");
        return vn.doithoai.testsupport.TestConsents.with(Map.of("person", person, "kind", "DELEGATE", "level", "TOWN"));
    }

    /** A phone number no other test uses. */
    static String freshPhone() {
        return "09" + String.format("%08d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 100_000_000L));
    }
}
