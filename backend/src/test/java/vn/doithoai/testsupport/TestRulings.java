package vn.doithoai.testsupport;

import static io.restassured.RestAssured.given;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Plans, items and rulings made through the API for the rulings-ui tests (carry-over, public page). */
public final class TestRulings {

    private TestRulings() {
    }

    /** A published plan whose session is on the given day, with one focus area named as given. */
    public static long plan(LocalDate session, String focusArea) {
        long id = TestPlans.create(session, "Đối thoại giải trình", "73", "Môi trường và đất đai", List.of(focusArea)).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    public static void hold(long plan) {
        TestPlans.act(TestTokens.vanphong(), plan, "HOLD");
    }

    /** Entered by the office with the sender's name and phone (which must never reach the public page). */
    public static Map<String, Object> item(long plan, String title, String content, String ward) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PETITION", "channel", "AT_SESSION", "title", title, "content", content,
                "wardCode", ward, "submitterName", "Hoàng Thị Bảo Mật", "submitterPhone", "0912345678"));
        body.put("consent", TestConsents.given());
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/feedback")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    public static long ruling(long plan, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).body(body).post("/api/v1/plans/" + plan + "/rulings")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Map<String, Object> resolve(List<Long> items, String content, String unit, LocalDate due) {
        Map<String, Object> b = new HashMap<>();
        b.put("type", "RESOLVE");
        b.put("content", content);
        b.put("feedbackIds", items);
        b.put("unitCode", unit);
        b.put("dueDate", due.toString());
        return b;
    }

    public static Map<String, Object> of(String type, List<Long> items, String content) {
        Map<String, Object> b = new HashMap<>();
        b.put("type", type);
        b.put("content", content);
        b.put("feedbackIds", items);
        if (type.equals("DECLINED")) {
            b.put("reason", "Ngoài thẩm quyền");
        }
        if (type.equals("ESCALATE")) {
            b.put("escalatedTo", "UBND tỉnh Quảng Bình");
            b.put("recommendation", "Đề nghị tỉnh hỗ trợ");
        }
        return b;
    }

    public static void issue(long plan, long id) {
        String path = "/api/v1/plans/" + plan + "/rulings/" + id;
        String etag = given().auth().oauth2(TestTokens.bithu()).get(path).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.bithu()).contentType(ContentType.JSON).header("If-Match", etag).post(path + "/issue").then().statusCode(200);
    }
}
