package vn.doithoai.feedback;

import java.util.List;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.core.http.HttpServerRequest;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.http.ClientAddress;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.paging.ChangeCursor;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.feedback.dto.BulkActionRequest;
import vn.doithoai.feedback.dto.BulkActionResult;
import vn.doithoai.feedback.dto.FeedbackPage;
import vn.doithoai.feedback.dto.FeedbackSummary;
import vn.doithoai.feedback.dto.FeedbackReceipt;
import vn.doithoai.feedback.dto.FeedbackRequest;
import vn.doithoai.feedback.dto.SimilarItem;

/**
 * A plan's feedback items: sent by citizens from their phones (logged in or not), entered by ward officers and the
 * office, and listed within the caller's scope.
 */
@Path("/api/v1/plans/{planId}/feedback")
@Tag(name = "Feedback", description = "Opinions, petitions and reports: intake, classification, assignment, search, tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// Roles per operation: some are open to anyone, and the contract must name exactly who may call each.
public class PlanFeedbackResource {

    @Inject
    FeedbackService feedback;

    @Inject
    CurrentUser user;

    @Inject
    FeedbackSearch search;

    @Inject
    FeedbackSimilarity similarity;

    @Inject
    FeedbackBulkActions bulk;

    @Inject
    FeedbackSummaries summaries;

    @POST
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer", scopes = { Role.SECRETARIAT_ID, Role.WARD_ID, Role.CITIZEN_ID,
            PartnerScope.FEEDBACK_WRITE_ID }))
    @Operation(summary = "Send or enter a feedback item", description = "Citizens, logged in or not, send to a published plan with a "
            + "required Idempotency-Key (a retried request gets the first answer) and at most a few items per client in ten minutes "
            + "(429 with Retry-After). Ward officers enter items collected in their ward; the office enters any channel. A partner "
            + "system (scope feedback:write) sends into its body's plans with a required externalReference: the first send "
            + "answers 201, a re-send with the same reference 200 with the same item (updated while still RECEIVED; 409 when "
            + "it changes an item already being handled). Its items have channel PARTNER.")
    @APIResponse(responseCode = "200", description = "A partner's re-send: the item its external reference names",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackReceipt.class)))
    @APIResponse(responseCode = "201", description = "Received; keep the tracking code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackReceipt.class)))
    @APIResponse(responseCode = "429", description = "Too many items from this client; Retry-After says in how many seconds to try again",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FeedbackReceipt> submit(@PathParam("planId") long planId,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A unique key per item sent, e.g. a UUID; required for citizens") String key,
            @Context HttpServerRequest http, @NotNull @Valid FeedbackRequest request) {
        if (user.isPartner()) {
            // A partner's re-send is idempotent by its external reference: 201 for the new item, 200 for the one it names.
            // Only a new item has a Location: a re-send answers with the item it names, which the partner already knows.
            var sent = feedback.submitFromPartner(planId, request);
            if (!sent.created()) {
                return RestResponse.ok(sent.receipt());
            }
            return RestResponse.ResponseBuilder.<FeedbackReceipt>create(RestResponse.Status.CREATED, sent.receipt())
                    .location(java.net.URI.create("/api/v1/feedback/" + sent.receipt().id())).build();
        }
        var outcome = feedback.submit(planId, request, key, ClientAddress.of(http));
        FeedbackReceipt receipt = outcome.body();
        return RestResponse.ResponseBuilder.<FeedbackReceipt>create(RestResponse.Status.CREATED, receipt)
                .location(java.net.URI.create("/api/v1/feedback/track/" + receipt.trackingCode()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed())).build();
    }

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, Role.CITIZEN_ID, PartnerScope.FEEDBACK_READ_ID })
    @Operation(summary = "A plan's feedback items", description = "Items raised before and still open first, then newest first, within the caller's scope; see the list across plans.")
    public FeedbackPage listOfPlan(@PathParam("planId") long planId,
            @QueryParam("focusArea") @Parameter(description = "Id of a focus area") Long focusArea,
            @QueryParam("ward") @Parameter(description = "Code of a ward or commune") String ward,
            @QueryParam("unit") @Parameter(description = "Code of the assigned unit") String unit,
            @QueryParam("status") FeedbackStatus status,
            @QueryParam("channel") FeedbackChannel channel,
            @QueryParam("kind") FeedbackKind kind,
            @QueryParam("q") @Parameter(description = "Words in the title or content, with or without diacritics") String q,
            @QueryParam("raisedBefore") @Parameter(description = "true: only items raised at an earlier dialogue and still open; false: only the others") Boolean raisedBefore,
            @QueryParam("includeMerged") @Parameter(description = "Also items merged into another item (left out by default)") boolean includeMerged,
            @QueryParam("open") @Parameter(description = "true: only items still being handled (received up to the answer awaiting approval); false: only the others") Boolean open,
            @QueryParam("sort") @Parameter(description = "-createdAt (default: items raised before first, then newest first) or createdAt "
                    + "(that order turned round); anything else is a 400") String sort,
            @QueryParam("updatedSince") @Parameter(description = "Read the list as a change feed: the items changed at or after this "
                    + "time (ISO 8601 with an offset), in the stable order updatedAt then id, sort not used, no count; send it again "
                    + "with after=nextCursor for the next page", schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        var filter = new FeedbackSearch.Filter(planId, focusArea, ward, unit, status, channel, kind, q, raisedBefore, includeMerged, open);
        ChangeCursor changes = ChangeCursor.of(updatedSince, after);
        return changes == null ? search.list(filter, sort, after, size) : search.changes(filter, changes, size);
    }

    @GET
    @Path("/similar")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.WARD_ID })
    @Operation(summary = "Items that may be duplicates of a text being entered", description = "The plan's items alike in wording, "
            + "with or without diacritics, best first with a score from 0 to 1; not items merged into another or rejected. A ward "
            + "officer sees suggestions from their ward only; citizens are not offered others' items.")
    public List<SimilarItem> similar(@PathParam("planId") long planId,
            @QueryParam("text") @Parameter(required = true, description = "The title and content typed so far") String text,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "5", maximum = "20")) String size) {
        return similarity.similarTo(planId, text, size);
    }

    @POST
    @Path("/bulk")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Classify, assign or reject many items at once", description = "All or nothing: each item is checked "
            + "as its single action would be (in this plan, the version read, the state). If any fails, nothing changes and the "
            + "409 problem names each failing item in errors as items[i]. CLASSIFY needs focusAreaId and priority, ASSIGN "
            + "unitCode (and optionally coordinatingUnitCodes), REJECT reason; each item is audited as its single action.")
    public BulkActionResult bulk(@PathParam("planId") long planId, @NotNull @Valid BulkActionRequest request) {
        return bulk.apply(planId, request);
    }

    @GET
    @Path("/summary")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "The consolidated summary by focus area", description = "Bản tổng hợp ý kiến, kiến nghị: per focus area "
            + "in the plan's order, then the unclassified items, the counts by status and kind and the items (rejected ones "
            + "counted, not listed) with their units and approved answers; the deadline for this deliverable.")
    public FeedbackSummary summary(@PathParam("planId") long planId) {
        return summaries.summary(planId);
    }

    @GET
    @Path("/summary.docx")
    @Produces(DocxWriter.MEDIA_TYPE)
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "The consolidated summary as a Word document", description = "Laid out as an official paper, in Vietnamese.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DocxWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> summaryDocx(@PathParam("planId") long planId) {
        return file(summaries.docx(planId), DocxWriter.MEDIA_TYPE, "tong-hop-y-kien-" + planId + ".docx");
    }

    @GET
    @Path("/summary.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "The consolidated summary as a PDF", description = "The same paper as the Word document.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> summaryPdf(@PathParam("planId") long planId) {
        return file(summaries.pdf(planId), "application/pdf", "tong-hop-y-kien-" + planId + ".pdf");
    }

    private static RestResponse<byte[]> file(byte[] content, String type, String name) {
        return RestResponse.ResponseBuilder.ok(content).header("Content-Type", type)
                .header("Content-Disposition", FileStore.attachment(name)).header("Cache-Control", "no-store").build();
    }
}
