package vn.doithoai.followup;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.doithoai.ruling.FollowUpStatus;

/** The follow-up list's filters as query parameters: one definition for the list and its exports. */
public class FollowUpFilterParams {

    @QueryParam("status")
    FollowUpStatus status;

    @QueryParam("overdue")
    @Parameter(description = "true: only overdue (in working days, the body's calendar); false: only the others")
    Boolean overdue;

    @QueryParam("unit")
    @Parameter(description = "Code of the lead or a coordinating unit")
    String unit;

    @QueryParam("plan")
    @Parameter(description = "Id of a plan")
    Long plan;

    FollowUpSearch.Filter filter() {
        return new FollowUpSearch.Filter(status, overdue, unit, plan);
    }
}
