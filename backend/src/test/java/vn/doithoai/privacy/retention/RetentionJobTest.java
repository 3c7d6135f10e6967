package vn.doithoai.privacy.retention;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.privacy.PrivacyTestSupport;
import vn.doithoai.privacy.PrivacyTestSupport.Citizen;
import vn.doithoai.privacy.subject.Erasure;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/**
 * The nightly retention job, run with the clock moved forward past each period: it anonymises exactly what has expired
 * (a closed dialogue's contacts after two years, its attachments after five), leaves what has not (an open dialogue's, a
 * closed one's before its time), records each batch in the audit trail, and a second run changes nothing.
 */
@QuarkusTest
class RetentionJobTest {

    @Inject
    RetentionJob job;

    @Inject
    EntityManager em;

    @Test
    void anonymisesExactlyWhatExpiredAndASecondRunChangesNothing() {
        Citizen closedOne = Citizen.fresh();
        Citizen openOne = Citizen.fresh();
        long closedPlan = PrivacyTestSupport.publishedPlan("Hội nghị đã hủy");
        long closedItem = PrivacyTestSupport.send(closedOne, closedPlan, "Rác ở bến đò");
        PrivacyTestSupport.attach(closedOne, closedItem);
        long participation = PrivacyTestSupport.participant(closedOne, closedPlan);
        long openPlan = PrivacyTestSupport.publishedPlan("Hội nghị đang chuẩn bị");
        long openItem = PrivacyTestSupport.send(openOne, openPlan, "Đường tối");
        PrivacyTestSupport.attach(openOne, openItem);

        Instant before = TestClock.now();
        cancel(closedPlan);
        Instant after = TestClock.now();

        // The report shows, before the job, what its month will bring: counts, not people.
        YearMonth contactMonth = YearMonth.from(after.atZone(Clocks.VIETNAM).plus(Period.ofYears(2)));
        JsonPath report = given().auth().oauth2(TestTokens.vanphong()).queryParam("month", contactMonth.toString())
                .get("/api/v1/privacy/retention/expiring").then().statusCode(200).extract().jsonPath();
        assertEquals(2, report.getInt("rows.find { it.planId == " + closedPlan + " && it.kind == 'CONTACT_DATA' }.records"), report.prettify());
        assertTrue(!report.prettify().contains(closedOne.name()), "the report names no one");
        YearMonth filesMonth = YearMonth.from(after.atZone(Clocks.VIETNAM).plus(Period.ofYears(5)));
        given().auth().oauth2(TestTokens.quantri()).queryParam("month", filesMonth.toString()).get("/api/v1/privacy/retention/expiring").then()
                .statusCode(200).body("rows.find { it.planId == " + closedPlan + " && it.kind == 'ATTACHMENTS' }.records", org.hamcrest.Matchers.is(1));
        given().auth().oauth2(TestTokens.vanphong()).header("Accept-Language", "en").queryParam("month", "2027-13")
                .get("/api/v1/privacy/retention/expiring").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("month"));

        // A day before two years have passed: nothing of this dialogue is touched.
        job.run(at(before, 2).minus(Period.ofDays(1)).toInstant());
        assertEquals(closedOne.name(), PrivacyTestSupport.item(closedItem).getString("submitterName"));

        // Two years and a day after it closed: its contacts, its citizen and their words go; the matter and the photo stay.
        Instant twoYears = at(after, 2).plusDays(1).toInstant();
        RetentionJob.Run first = job.run(twoYears);
        assertTrue(first.items() >= 1 && first.people() >= 1, "run: " + first);
        JsonPath item = PrivacyTestSupport.item(closedItem);
        assertNull(item.get("submitterName"));
        assertNull(item.get("submitterPhone"));
        assertNull(item.get("submitterEmail"));
        assertEquals("Rác ở bến đò", item.getString("title"));
        assertEquals(1, item.getList("attachments").size());
        given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + closedPlan + "/participants/" + participation).then().statusCode(200)
                .body("fullName", org.hamcrest.Matchers.is(Erasure.ERASED_NAME)).body("phone", org.hamcrest.Matchers.nullValue());
        // The open dialogue keeps everything.
        assertEquals(openOne.phone(), PrivacyTestSupport.item(openItem).getString("submitterPhone"));
        assertNotNull(auditedBatch());

        // Again at the same moment: nothing more.
        assertEquals(0, job.run(twoYears).total());

        // Five years and a day: the photo goes too, once.
        Instant fiveYears = at(after, 5).plusDays(1).toInstant();
        RetentionJob.Run files = job.run(fiveYears);
        assertTrue(files.attachments() >= 1, "run: " + files);
        assertEquals(0, PrivacyTestSupport.item(closedItem).getList("attachments").size());
        assertEquals(1, PrivacyTestSupport.item(openItem).getList("attachments").size());
        assertEquals(0, job.run(fiveYears).total());
    }

    private static java.time.ZonedDateTime at(Instant t, int years) {
        return t.atZone(Clocks.VIETNAM).plus(Period.ofYears(years));
    }

    private static void cancel(long plan) {
        String etag = given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/plans/" + plan).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TestTokens.vanphong()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("action", "CANCEL", "reason", "Dời sang năm sau", "acknowledgeWarnings", true))
                .post("/api/v1/plans/" + plan + "/transitions").then().statusCode(200);
    }

    /** The latest audit entry of the job's, as the trail records it. */
    private Object auditedBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("select changes from audit_log where actor = 'system:retention' and entity_type = 'Retention' "
                    + "order by id desc limit 1").getResultList();
            return rows.isEmpty() ? null : rows.get(0);
        });
    }
}
