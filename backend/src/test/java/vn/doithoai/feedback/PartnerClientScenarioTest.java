package vn.doithoai.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.partnerclient.ApiClient;
import vn.doithoai.partnerclient.api.FeedbackApi;
import vn.doithoai.partnerclient.api.FollowUpApi;
import vn.doithoai.partnerclient.api.PlansApi;
import vn.doithoai.partnerclient.api.RulingsApi;
import vn.doithoai.partnerclient.model.Feedback;
import vn.doithoai.partnerclient.model.FeedbackChannel;
import vn.doithoai.partnerclient.model.FeedbackKind;
import vn.doithoai.partnerclient.model.FeedbackPage;
import vn.doithoai.partnerclient.model.FeedbackReceipt;
import vn.doithoai.partnerclient.model.FeedbackRequest;
import vn.doithoai.partnerclient.model.FollowUpDetail;
import vn.doithoai.partnerclient.model.PlanSummary;
import vn.doithoai.partnerclient.model.Ruling;
import vn.doithoai.testsupport.TestTokens;

/**
 * An integrator's scenario, with the Java client generated from openapi.yaml at build time (openapi-generator, native
 * library) and nothing written by hand: read the plans, sync a plan's feedback page by page, send an item, read the
 * rulings and a followed ruling's progress. Each answer is deserialised by the generated models, so a contract that
 * promises a shape the server does not send (a null where the contract says never) fails here as it would for a partner.
 */
@QuarkusTest
class PartnerClientScenarioTest {

    /** The client a partner builds: the base address and a bearer token (the office's, standing in for a partner's). */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aGeneratedClientReadsPlansSyncsFeedbackAndReadsRulingsAndProgress() throws Exception {
        ApiClient office = client(TestTokens.vanphong());

        List<PlanSummary> plans = new PlansApi(office).listPlans(null, 0, "61-KH/ThU", 20, null, null).getItems();
        assertEquals(1, plans.size(), "the demo plan 61-KH/ThU");
        long plan61 = plans.get(0).getId();

        // Send an item, then sync the plan's feedback page by page with the cursor until it is there.
        TestPlan plan = publishedPlan();
        FeedbackRequest item = new FeedbackRequest().kind(FeedbackKind.PETITION).channel(FeedbackChannel.ORGANISATION_REPORT)
                .title("Đèn đường tổ 5 hỏng").content("Đèn đường tổ dân phố 5 hỏng đã hai tháng.");
        FeedbackApi feedback = new FeedbackApi(office);
        FeedbackReceipt receipt = feedback.submitFeedback(plan.id(), item, UUID.randomUUID().toString());
        assertNotNull(receipt.getTrackingCode());
        boolean found = false;
        String cursor = null;
        do {
            FeedbackPage page = feedback.listPlanFeedback(plan.id(), cursor, null, null, null, null, null, null, null, 1,
                    null, null, null, null);
            found |= page.getItems().stream().map(Feedback::getId).anyMatch(receipt.getId()::equals);
            cursor = Boolean.TRUE.equals(page.getHasMore()) ? page.getNextCursor() : null;
        } while (cursor != null && !found);
        assertTrue(found, "the item sent is among the plan's feedback");

        List<Ruling> rulings = new RulingsApi(office).listRulings(plan61, null);
        assertFalse(rulings.isEmpty(), "the demo plan has rulings");
        Ruling followed = rulings.stream().filter(r -> r.getFollowUp() != null).findFirst().orElseThrow();
        FollowUpDetail progress = new FollowUpApi(office).getProgress(plan61, followed.getId());
        assertEquals(followed.getId(), progress.getFollowUp().getRuling().getId());
    }
}
