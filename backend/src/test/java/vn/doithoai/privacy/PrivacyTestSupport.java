package vn.doithoai.privacy;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/** Citizens who send items and take part in dialogues, made through the API, for the tests of their rights and of retention. */
public final class PrivacyTestSupport {

    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private PrivacyTestSupport() {
    }

    /** A citizen with a login, a name, a phone and an e-mail nobody else has. */
    public record Citizen(String account, String name, String phone, String email, String token) {
        public static Citizen fresh() {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String account = "congdan-" + tag;
            String name = "Công Dân Riêng " + tag;
            return new Citizen(account, name, "09" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)),
                    "rieng-" + tag + "@example.vn", TestTokens.token(account, name, List.of("citizen"), null, "phuong-ba-don"));
        }
    }

    /** A published plan of Ba Đồn. */
    public static long publishedPlan(String title) {
        long id = TestPlans.create(TestClock.today().plusDays(30), title, "77", "Dữ liệu cá nhân", List.of("Vệ sinh môi trường")).getLong("id");
        TestPlans.publish(id);
        return id;
    }

    /** An item the citizen sends with their contact; its id. */
    public static long send(Citizen c, long plan, String title) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PETITION", "title", title, "content", "Nội dung: " + title, "wardCode",
                "phuong-ba-don", "submitterName", c.name(), "submitterPhone", c.phone(), "submitterEmail", c.email()));
        body.put("consent", TestConsents.given());
        int n = ADDRESSES.getAndIncrement();
        return given().auth().oauth2(c.token()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Forwarded-For", "10.96." + (n / 250) + "." + (n % 250 + 1)).body(body).post("/api/v1/plans/" + plan + "/feedback")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The citizen entered by the office as a participant of the plan; the participation's id. */
    public static long participant(Citizen c, long plan) {
        return given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(TestConsents.with(Map.of("person", Map.of("fullName", c.name(), "phone", c.phone(), "email", c.email(),
                        "address", "Kiệt 9 " + c.account(), "wardCode", "phuong-ba-don"), "kind", "CITIZEN", "level", "VILLAGE", "matter",
                        "Muốn hỏi về rác")))
                .post("/api/v1/plans/" + plan + "/participants").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A small PNG attached to the item by its sender. */
    public static long attach(Citizen c, long item) {
        var image = new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] png = out.toByteArray();
        return given().auth().oauth2(c.token()).contentType("application/octet-stream").queryParam("fileName", "anh-" + c.account() + ".png")
                .body(png).post("/api/v1/feedback/" + item + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The item as the office reads it. */
    public static JsonPath item(long id) {
        return given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + id).then().statusCode(200).extract().jsonPath();
    }
}
