package vn.doithoai.feedback;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The feedback list's filters as query parameters: one definition for the list and its exports. */
public class FeedbackFilterParams {

    @QueryParam("plan")
    @Parameter(description = "Id of a plan")
    Long plan;

    @QueryParam("focusArea")
    @Parameter(description = "Id of a focus area")
    Long focusArea;

    @QueryParam("ward")
    @Parameter(description = "Code of a ward or commune")
    String ward;

    @QueryParam("unit")
    @Parameter(description = "Code of the assigned unit")
    String unit;

    @QueryParam("status")
    FeedbackStatus status;

    @QueryParam("channel")
    FeedbackChannel channel;

    @QueryParam("kind")
    FeedbackKind kind;

    @QueryParam("q")
    @Parameter(description = "Words in the title or content, with or without diacritics")
    String q;

    @QueryParam("raisedBefore")
    @Parameter(description = "true: only items raised at an earlier dialogue and still open; false: only the others")
    Boolean raisedBefore;

    @QueryParam("includeMerged")
    @Parameter(description = "Also items merged into another item (left out by default)")
    boolean includeMerged;

    @QueryParam("open")
    @Parameter(description = "true: only items still being handled (received up to the answer awaiting approval); false: only the others")
    Boolean open;

    FeedbackSearch.Filter filter() {
        return new FeedbackSearch.Filter(plan, focusArea, ward, unit, status, channel, kind, q, raisedBefore, includeMerged, open);
    }
}
