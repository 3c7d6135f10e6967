package vn.doithoai.followup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.doithoai.followup.FollowUpTestSupport.heldPlan;
import static vn.doithoai.followup.FollowUpTestSupport.issued;
import static vn.doithoai.followup.FollowUpTestSupport.item;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import vn.doithoai.testsupport.TestClock;
import vn.doithoai.testsupport.TestTokens;

/** followup-v1 on a plan like 61 once rulings-v1 has issued its rulings: every state, relative to the day of loading. */
@QuarkusTest
class FollowUpDemoDataTest {

    private static final LocalDate TODAY = TestClock.today();

    @Inject
    FollowUpDemoData demo;

    @Test
    void theIssuedRulingsGetSeveralStatesAndTheUnitsTheirAddresses() {
        long plan = heldPlan(TODAY, 10);
        long item = item(plan, null, null, null);
        for (int i = 0; i < 5; i++) {
            issued(plan, "RESOLVE", List.of(item), "phong-tnmt", List.of(), TODAY.plusDays(5), "Demo " + i);
        }
        issued(plan, "ESCALATE", List.of(item), null, null, null, "Demo kiến nghị");
        issued(plan, "EXPLAINED", List.of(item), null, null, null, "Demo giải thích");

        assertEquals(6, (int) QuarkusTransaction.requiringNew().call(() -> demo.populate(plan, TODAY)));
        given().auth().oauth2(TestTokens.vanphong()).queryParam("plan", plan).queryParam("size", 10).get("/api/v1/follow-up").then()
                .body("items.ruling.content", contains("Demo 1", "Demo 3", "Demo 4", "Demo 2", "Demo 0", "Demo kiến nghị"))
                .body("items.ruling.followUp", contains("RESOLVED", "IN_PROGRESS", "OPEN", "CANNOT_RESOLVE", "IN_PROGRESS", "IN_PROGRESS"))
                .body("items.ruling.progressPercent", contains(100, 25, 0, 10, 40, 30))
                .body("items[1].overdueWorkingDays", is(7)).body("items[2].dueInWorkingDays", is(2));
        given().auth().oauth2(TestTokens.phongtnmt()).queryParam("plan", plan).queryParam("overdue", true).get("/api/v1/follow-up").then()
                .body("items.ruling.content", contains("Demo 3"));
    }
}
