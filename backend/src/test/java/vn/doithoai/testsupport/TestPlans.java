package vn.doithoai.testsupport;

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
import io.restassured.path.json.JsonPath;

/** Town plans from the 2022 template made through the API, as the office and the chair would. */
public final class TestPlans {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private TestPlans() {
    }

    /** A draft plan of the town (the 2022 template), a unique title, its session at 8:00 on the given day; as JSON. */
    public static JsonPath create(LocalDate session, String title, String number, String topic, List<String> focusAreas) {
        return create(TestTokens.vanphong(), "town-2022", "TOWN", "thi-uy", "KH/ThU", "Hội trường Thị ủy", session, title, number, topic,
                focusAreas);
    }

    /**
     * A draft plan of the ward of Bắc Gianh, made by its own office (another body than the Ba Đồn demo users'), otherwise
     * as {@link #create}.
     */
    public static JsonPath createInBacGianh(LocalDate session, String title, String number, String topic, List<String> focusAreas) {
        return create(TestTokens.vanphong2(), "commune-2025", "COMMUNE", "dang-uy-phuong-bac-gianh", "KH/ĐU", "Hội trường Đảng ủy phường",
                session, title, number, topic, focusAreas);
    }

    /** A draft plan of the ward of Ba Đồn (the 2025 commune template), otherwise as {@link #create}. */
    public static JsonPath createCommune(LocalDate session, String title, String number, String topic, List<String> focusAreas) {
        return create(TestTokens.vanphong(), "commune-2025", "COMMUNE", "phuong-ba-don", "KH-UBND", "Hội trường UBND phường", session, title,
                number, topic, focusAreas);
    }

    /** A draft plan of the given body, template and venue; its session at 8:00 on the given day. */
    public static JsonPath create(String office, String template, String level, String issuingUnit, String symbol, String venue,
            LocalDate session, String title, String number, String topic, List<String> focusAreas) {
        LocalDate today = TestClock.today();
        Map<String, Object> d = new HashMap<>();
        d.put("templateCode", template);
        d.put("level", level);
        d.put("title", title + " " + UUID.randomUUID());
        d.put("number", number);
        d.put("symbol", symbol);
        d.put("issueDate", today.minusDays(20).toString());
        d.put("issuingUnitCode", issuingUnit);
        d.put("topic", topic);
        d.put("focusAreas", focusAreas.stream().map(t -> Map.of("title", t)).toList());
        d.put("plannedMonth", session.toString().substring(0, 7));
        d.put("sessionAt", LocalDateTime.of(session, LocalTime.of(8, 0)).atZone(VIETNAM).toOffsetDateTime().toString());
        d.put("venue", venue);
        d.put("format", "IN_PERSON");
        return given().auth().oauth2(office).contentType(ContentType.JSON).body(d).post("/api/v1/plans")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Submitted by the office, approved by the chair, published by the office (of Ba Đồn). */
    public static void publish(long id) {
        publish(id, TestTokens.vanphong(), TestTokens.bithu());
    }

    /** The same, by the office and the chair given (those of the plan's body). */
    public static void publish(long id, String office, String chair) {
        act(office, id, "SUBMIT");
        act(chair, id, "APPROVE");
        act(office, id, "PUBLISH");
    }

    /** One workflow step, with the plan's current ETag and any warnings acknowledged. */
    public static void act(String token, long id, String action) {
        String etag = given().auth().oauth2(token).get("/api/v1/plans/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("action", action, "acknowledgeWarnings", true)).post("/api/v1/plans/" + id + "/transitions")
                .then().statusCode(200);
    }
}
