package vn.doithoai.privacy.readlog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestPlans;
import vn.doithoai.testsupport.TestTokens;
import vn.doithoai.testsupport.TestConsents;

/** The read log: what a read leaves, who finds it, and that nobody can change it. */
@QuarkusTest
class ReadLogTest {

    @Inject
    EntityManager em;

    @Test
    void aParticipantsContactShownIsLoggedAndFoundByItsBodysOfficeOnly() {
        long plan = TestPlans.create(TestClock.today().plusDays(30), "Đối thoại nhật ký truy cập", "72", "An toàn giao thông",
                List.of("Giao thông")).getLong("id");
        String agent = "ReadLogTest/" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("User-Agent", agent)
                .body(TestConsents.with(Map.of("kind", "CITIZEN", "level", "VILLAGE", "person", Map.of("fullName", "Hoàng Thị Mai",
                        "wardCode", "phuong-ba-don", "phone", "0912 000 111", "address", "Tổ dân phố 3, phường Ba Đồn"))))
                .post("/api/v1/plans/" + plan + "/participants").then().statusCode(201);

        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).get("/api/v1/read-log").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].actor", is("vanphong")).body("items[0].what", is("CONTACT_FIELDS"))
                .body("items[0].operation", is("POST /api/v1/plans/{planId}/participants")).body("items[0].userAgent", is(agent))
                .body("items[0].plans", is(List.of((int) plan))).body("items[0].bodies", hasItem(TestTokens.BA_DON))
                .body("items[0].clientAddress", not(empty()));
        // The moment shown is the moment of the read, whatever the server's time zone.
        OffsetDateTime at = OffsetDateTime.parse(given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).get("/api/v1/read-log")
                .then().statusCode(200).extract().jsonPath().getString("items[0].at"));
        assertTrue(Duration.between(at.toInstant(), TestClock.now()).abs().toMinutes() < 5, "read at " + at + ", now " + TestClock.now());
        given().auth().oauth2(TestTokens.quantri()).queryParam("plan", plan).get("/api/v1/read-log").then().statusCode(200)
                .body("totalItems", is(1));
        // Another body's office does not see Ba Đồn's reads, nor may it name Ba Đồn.
        given().auth().oauth2(TestTokens.vanphong2()).queryParam("plan", plan).get("/api/v1/read-log").then().statusCode(200)
                .body("totalItems", is(0));
        given().auth().oauth2(TestTokens.vanphong2()).queryParam("body", TestTokens.BA_DON).get("/api/v1/read-log").then().statusCode(404);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("what", "GUESS").header("Accept-Language", "en")
                .get("/api/v1/read-log").then().statusCode(400);

        // The export of the list is one more entry, an export.
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan + "/participants/export.csv").then().statusCode(200);
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).get("/api/v1/read-log").then().statusCode(200)
                .body("totalItems", is(2)).body("items[0].what", is("EXPORT"));
    }

    @Test
    void theDaysFromAndToAreDaysInVietnamBothIncluded() {
        String actor = "doc-nhat-ky-" + UUID.randomUUID().toString().substring(0, 8);
        // 14/3 23:59:59 and 15/3 00:00 in Vietnam, 15/3 23:59:59 and 16/3 00:00: each the other side of a day's edge.
        List<Instant> moments = List.of(Instant.parse("2023-03-14T16:59:59Z"), Instant.parse("2023-03-14T17:00:00Z"),
                Instant.parse("2023-03-15T16:59:59Z"), Instant.parse("2023-03-15T17:00:00Z"));
        QuarkusTransaction.requiringNew().run(() -> moments.forEach(at -> em.createNativeQuery("INSERT INTO read_log (occurred_at, actor, what,"
                + " operation, client_address, records) VALUES (?1, ?2, 'PEOPLE_SEARCH', 'GET /api/v1/people', '127.0.0.1', 1)")
                .setParameter(1, ReadLogSearch.column(at)).setParameter(2, actor).executeUpdate()));

        given().auth().oauth2(TestTokens.quantri()).queryParam("actor", actor).queryParam("from", "2023-03-15").queryParam("to", "2023-03-15")
                .get("/api/v1/read-log").then().statusCode(200).body("totalItems", is(2))
                .body("items.at", contains("2023-03-15T23:59:59+07:00", "2023-03-15T00:00:00+07:00"));
        given().auth().oauth2(TestTokens.quantri()).queryParam("actor", actor).queryParam("from", "2023-03-16").get("/api/v1/read-log").then()
                .statusCode(200).body("totalItems", is(1));
        given().auth().oauth2(TestTokens.quantri()).queryParam("actor", actor).queryParam("to", "2023-03-14").get("/api/v1/read-log").then()
                .statusCode(200).body("totalItems", is(1));
        given().auth().oauth2(TestTokens.quantri()).queryParam("actor", actor).get("/api/v1/read-log").then().statusCode(200)
                .body("totalItems", is(4));

        // The last day before the first, or a day that is not one, is a 400 naming the field, in the caller's language.
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("from", "2023-03-16").queryParam("to", "2023-03-15")
                .get("/api/v1/read-log").then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("to"))
                .body("errors[0].message", containsString("must not be before"));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "vi").queryParam("from", "2023-03-16").queryParam("to", "2023-03-15")
                .get("/api/v1/read-log").then().statusCode(400).body("errors[0].message", containsString("phải từ ngày đầu"));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("from", "15/03/2023").get("/api/v1/read-log").then().statusCode(400)
                .body("errors[0].field", is("from"));
    }

    @Test
    void nobodyChangesOrDeletesAnEntry() {
        given().auth().oauth2(TestTokens.vanphong()).queryParam("q", "Hoàng").get("/api/v1/people").then().statusCode(200);
        long id = ((Number) em.createNativeQuery("SELECT MAX(id) FROM read_log").getSingleResult()).longValue();
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("UPDATE read_log SET actor = 'someone-else' WHERE id = ?1").setParameter(1, id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM read_log WHERE id = ?1").setParameter(1, id).executeUpdate()));
        assertThrows(Exception.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM read_log_scope WHERE read_id = ?1").setParameter(1, id).executeUpdate()));
        assertTrue(((Number) em.createNativeQuery("SELECT COUNT(*) FROM read_log WHERE id = ?1 AND actor = 'vanphong'")
                .setParameter(1, id).getSingleResult()).longValue() == 1);
    }
}
