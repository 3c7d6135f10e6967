package vn.doithoai.feedback;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.error.Problem;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.Role;
import vn.doithoai.feedback.dto.FeedbackReportRequest;
import vn.doithoai.feedback.dto.FeedbackReportView;

/** Organisations' reports of a plan, each holding many feedback items, entered as one form. */
@Path("/api/v1/plans/{planId}/feedback-reports")
@Tag(name = "Feedback", description = "Opinions, petitions and reports: intake, classification, assignment, search, tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.WARD_ID })
public class FeedbackReportResource {

    @Inject
    FeedbackReports reports;

    @POST
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Enter an organisation's report with its items", description = "One form with 1 to 300 rows, stored all "
            + "together or not at all. Items come in as ORGANISATION_REPORT (a ward officer may say WARD_COLLECTED; the office any "
            + "channel). A ward officer enters rows of their own ward only, which is the default. Badly formed rows answer 400 "
            + "naming items[i].field; rows naming unknown places, places outside the plan's area or another ward answer 422, "
            + "every bad row named. An Idempotency-Key makes a retry replay the first answer.")
    @APIResponse(responseCode = "201", description = "Stored with all its items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackReportView.class)))
    @APIResponse(responseCode = "422", description = "Rows that cannot be stored; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FeedbackReportView> enter(@PathParam("planId") long planId,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A unique key per report sent, e.g. a UUID") String key,
            @NotNull @Valid FeedbackReportRequest request) {
        var outcome = reports.enter(planId, request, key);
        return created(planId, outcome);
    }

    @GET
    @Operation(summary = "A plan's organisation reports", description = "Newest first, without their items. A ward officer sees the "
            + "reports holding items of their ward.")
    public List<FeedbackReportView> list(@PathParam("planId") long planId) {
        return reports.list(planId);
    }

    @GET
    @Path("/{reportId}")
    @Operation(summary = "One organisation report with its items", description = "A ward officer sees their ward's items only; a "
            + "report without any does not exist for them (404).")
    public FeedbackReportView get(@PathParam("planId") long planId, @PathParam("reportId") long reportId) {
        return reports.get(planId, reportId);
    }

    static RestResponse<FeedbackReportView> created(long planId, Idempotency.Outcome<FeedbackReportView> outcome) {
        FeedbackReportView view = outcome.body();
        return RestResponse.ResponseBuilder.<FeedbackReportView>create(RestResponse.Status.CREATED, view)
                .location(URI.create("/api/v1/plans/" + planId + "/feedback-reports/" + view.id()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed())).build();
    }
}
