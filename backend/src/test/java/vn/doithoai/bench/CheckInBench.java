package vn.doithoai.bench;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/**
 * `make bench`: 1,000 people checked in one after another by their QR code, through HTTP with a real signed
 * token and a real MariaDB, as the door on the day would. Prints the median and p99 per check-in; asserts no
 * timing (speed is a measurement, not a test).
 */
@QuarkusTest
@Tag("bench")
class CheckInBench {

    private static final int PEOPLE = 1000;
    private static final int WARM_UP = 100;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void checkInOneThousandPeople() throws IOException {
        String office = TestTokens.vanphong();
        long plan = publishedPlan(office);
        for (int i = 0; i < PEOPLE + WARM_UP; i++) {
            Map<String, Object> person = Map.of("fullName", "Người tham dự " + i, "phone", String.format("0987%06d", i),
                    "wardCode", "phuong-ba-don");
            given().auth().oauth2(office).contentType(ContentType.JSON)
                    .body(TestConsents.with(Map.of("person", person, "kind", "CITIZEN", "level", "VILLAGE")))
                    .post("/api/v1/plans/" + plan + "/participants").then().statusCode(201);
        }
        List<String> tokens = new ArrayList<>();
        for (String after = ""; tokens.size() < PEOPLE + WARM_UP;) {
            var page = given().auth().oauth2(office).queryParam("size", 100).queryParam("after", after)
                    .get("/api/v1/plans/" + plan + "/participants").then().statusCode(200).extract().jsonPath();
            tokens.addAll(page.getList("items.token"));
            after = page.getString("nextCursor");
        }
        for (String token : tokens.subList(0, WARM_UP)) {
            checkIn(office, plan, token);
        }
        long[] millis = new long[PEOPLE];
        for (int i = 0; i < PEOPLE; i++) {
            long t0 = System.nanoTime();
            checkIn(office, plan, tokens.get(WARM_UP + i));
            millis[i] = System.nanoTime() - t0;
        }
        Arrays.sort(millis);
        String line = String.format("check-in: %d people one after another, median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
                PEOPLE, ms(millis[PEOPLE / 2]), ms(millis[PEOPLE * 95 / 100]), ms(millis[PEOPLE * 99 / 100]), ms(millis[PEOPLE - 1]));
        System.out.println("BENCH " + line);
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/check-in.txt"), line + "\n");
    }

    private static void checkIn(String token, long plan, String code) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", "http://localhost:5173/xac-nhan/" + code, "outsideSessionDay", true))
                .post("/api/v1/plans/" + plan + "/check-ins").then().statusCode(200);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static long publishedPlan(String office) {
        LocalDate session = LocalDate.now(VIETNAM).plusDays(30);
        Map<String, Object> d = new HashMap<>();
        d.put("templateCode", "commune-2025");
        d.put("level", "COMMUNE");
        d.put("title", "Đối thoại đo tải điểm danh");
        d.put("number", "99");
        d.put("symbol", "KH-UBND");
        d.put("issueDate", LocalDate.now(VIETNAM).minusDays(10).toString());
        d.put("issuingUnitCode", "ubnd-phuong-ba-don");
        d.put("topic", "Đo tải");
        d.put("focusAreas", List.of(Map.of("title", "Điểm danh")));
        d.put("sessionAt", LocalDateTime.of(session, LocalTime.of(8, 0)).atZone(VIETNAM).toOffsetDateTime().toString());
        d.put("venue", "Hội trường");
        d.put("format", "IN_PERSON");
        long id = given().auth().oauth2(office).contentType(ContentType.JSON).body(d).post("/api/v1/plans").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        for (String[] step : new String[][] { { "SUBMIT", office }, { "APPROVE", TestTokens.bithu() }, { "PUBLISH", office } }) {
            String etag = given().auth().oauth2(step[1]).get("/api/v1/plans/" + id).then().extract().header("ETag");
            given().auth().oauth2(step[1]).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("action", step[0], "acknowledgeWarnings", true)).post("/api/v1/plans/" + id + "/transitions")
                    .then().statusCode(200);
        }
        return id;
    }
}
