package vn.doithoai.feedback;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.doithoai.feedback.FeedbackTestSupport.publishedPlan;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import vn.doithoai.feedback.FeedbackTestSupport.TestPlan;
import vn.doithoai.partnerclient.ApiClient;
import vn.doithoai.partnerclient.ApiException;
import vn.doithoai.partnerclient.api.FeedbackApi;
import vn.doithoai.partnerclient.api.FollowUpApi;
import vn.doithoai.partnerclient.api.PlansApi;
import vn.doithoai.partnerclient.api.RulingsApi;
import vn.doithoai.partnerclient.model.ConsentChannel;
import vn.doithoai.partnerclient.model.ConsentInput;
import vn.doithoai.partnerclient.model.ConsentPurpose;
import vn.doithoai.partnerclient.model.Feedback;
import vn.doithoai.partnerclient.model.FeedbackChannel;
import vn.doithoai.partnerclient.model.FeedbackKind;
import vn.doithoai.partnerclient.model.FeedbackPage;
import vn.doithoai.partnerclient.model.FeedbackReceipt;
import vn.doithoai.partnerclient.model.FeedbackRequest;
import vn.doithoai.partnerclient.model.FollowUpDetail;
import vn.doithoai.partnerclient.model.PageRulingView;
import vn.doithoai.partnerclient.model.PlanSummary;
import vn.doithoai.partnerclient.model.Ruling;
import vn.doithoai.testsupport.TestTokens;

/**
 * An integrator's scenario, with the Java client generated from openapi.yaml at build time (openapi-generator, native
 * library) and nothing written by hand, as the demo partner system (doithoai-integration of Ba Đồn): read the plans,
 * send an item twice under one external reference and find one item, sync the plan's feedback changed since a time page
 * by page, read the rulings and a followed ruling's progress. Each answer is deserialised by the generated models, so a
 * contract that promises a shape the server does not send (a null where the contract says never) fails here as it
 * would for a partner.
 */
@QuarkusTest
class PartnerClientScenarioTest {

    /** The client a partner builds: the base address and its client-credentials bearer token. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://localhost:" + RestAssured.port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aGeneratedClientReadsPlansSendsOnceSyncsChangesAndReadsRulingsAndProgress() throws Exception {
        ApiClient partner = client(TestTokens.integration());

        List<PlanSummary> plans = new PlansApi(partner).listPlans(null, null, "61-KH/ThU", 20, null, null, null).getItems();
        assertEquals(1, plans.size(), "the demo plan 61-KH/ThU");
        long plan61 = plans.get(0).getId();

        // The partner's own reference makes its re-send reach the same item. The sender is named: the item carries the
        // consent the partner collected under its own notice.
        TestPlan plan = publishedPlan();
        String reference = "PAKN-" + UUID.randomUUID();
        FeedbackRequest item = new FeedbackRequest().kind(FeedbackKind.PETITION).channel(FeedbackChannel.PARTNER)
                .title("Đèn đường tổ 5 hỏng").content("Đèn đường tổ dân phố 5 hỏng đã hai tháng.").externalReference(reference)
                .submitterName("Lê Thị Đối Tác").submitterPhone("0912345678");
        FeedbackApi feedback = new FeedbackApi(partner);
        ApiException refused = assertThrows(ApiException.class, () -> feedback.submitFeedback(plan.id(), item, UUID.randomUUID().toString()));
        assertEquals(400, refused.getCode());
        assertTrue(refused.getResponseBody().contains("\"consent\""), refused.getResponseBody());
        item.consent(new ConsentInput().noticeVersion(1).purposes(List.of(ConsentPurpose.HANDLE_MATTER, ConsentPurpose.CONTACT_ME))
                .channel(ConsentChannel.PARTNER));
        FeedbackReceipt first = feedback.submitFeedback(plan.id(), item, UUID.randomUUID().toString());
        FeedbackReceipt again = feedback.submitFeedback(plan.id(), item, UUID.randomUUID().toString());
        assertNotNull(first.getTrackingCode());
        assertEquals(first.getId(), again.getId(), "one item for one external reference");
        RestAssured.given().auth().oauth2(TestTokens.vanphong()).get("/api/v1/feedback/" + first.getId() + "/consents").then()
                .statusCode(200).body("findAll { it.active }.purpose", containsInAnyOrder("HANDLE_MATTER", "CONTACT_ME"))
                .body("channel", everyItem(is("PARTNER")));

        // Sync what changed since a time before the plan existed, in the feed's stable order, one item a page.
        OffsetDateTime since = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        do {
            FeedbackPage page = feedback.listPlanFeedback(plan.id(), cursor, null, null, null, null, null, null, null, 1,
                    null, null, null, since, null);
            page.getItems().stream().map(Feedback::getId).forEach(seen::add);
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertEquals(1, seen.stream().filter(first.getId()::equals).count(), "the item sent, once, among the plan's changes: " + seen);
        assertEquals(seen.size(), seen.stream().distinct().count(), "no item read twice: " + seen);

        // The plan's rulings with their latest progress, page by page as every list pages.
        List<Ruling> rulings = new ArrayList<>();
        cursor = null;
        do {
            PageRulingView page = new RulingsApi(partner).listRulings(plan61, cursor, 2, null, null);
            rulings.addAll(page.getItems());
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertTrue(rulings.size() > 2, "the demo plan has rulings over more than one page");
        assertEquals(rulings.size(), rulings.stream().map(Ruling::getId).distinct().count(), "no ruling read twice");
        Ruling followed = rulings.stream().filter(r -> r.getFollowUp() != null).findFirst().orElseThrow();
        FollowUpDetail progress = new FollowUpApi(partner).getProgress(plan61, followed.getId());
        assertEquals(followed.getId(), progress.getFollowUp().getRuling().getId());
    }
}
