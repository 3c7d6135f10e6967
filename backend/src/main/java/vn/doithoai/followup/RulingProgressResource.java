package vn.doithoai.followup;

import java.net.URI;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.error.Problem;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.StoredFile;
import vn.doithoai.feedback.dto.AttachmentView;
import vn.doithoai.followup.dto.FollowUpDetail;
import vn.doithoai.followup.dto.ProgressReportView;
import vn.doithoai.followup.dto.ProgressRequest;
import vn.doithoai.followup.dto.ReopenRequest;

/**
 * Progress reports on one ruling. A class of its own under the ruling's path: the rulings resource claims
 * {@code /api/v1/plans/{planId}/rulings} and its ruling sub-paths, this one only {@code …/{rulingId}/progress}.
 */
@Path("/api/v1/plans/{planId}/rulings/{rulingId}/progress")
@Tag(name = "Follow-up")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
public class RulingProgressResource {

    @Inject
    FollowUpService followUps;

    @Inject
    FollowUpAttachments attachments;

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, PartnerScope.RULINGS_READ_ID })
    @Operation(summary = "A followed ruling and its progress reports", description = "The ruling with its due date in working days, "
            + "the caller's part (LEAD, COORDINATING, OFFICE, VIEWER) and the reports, oldest first. The ETag is the ruling's. "
            + "Out of the caller's scope the ruling does not exist (404); a ruling that is not followed answers 409.")
    public RestResponse<FollowUpDetail> get(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId) {
        FollowUpDetail detail = followUps.detail(planId, rulingId);
        return Versions.ok(detail, detail.followUp().ruling().version());
    }

    @POST
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.UNIT_ID })
    @Operation(summary = "Report progress", description = "The lead unit reports a percentage (the first above 0 makes it IN_PROGRESS), "
            + "RESOLVED (100 % and a note; the senders of its items who left an email or a phone are notified once) or "
            + "CANNOT_RESOLVE (a reason). Coordinating units, and the office on a ruling to resolve, post notes only (no percent, "
            + "no outcome; else 403); the office reports for an escalation. Any other unit: 403. A report that moves the ruling "
            + "needs If-Match with the ruling's ETag; a closed ruling takes no report (409). Idempotency-Key: a retried request "
            + "gets the first answer.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReportView.class)))
    public RestResponse<ProgressReportView> report(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(description = "The ruling's ETag; required when the report moves it") String ifMatch,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A unique key per report sent, e.g. a UUID") String key,
            @NotNull @Valid ProgressRequest request) {
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.expected(ifMatch);
        var outcome = followUps.report(planId, rulingId, expected, Idempotency.key(key, false), request);
        ProgressReportView view = outcome.body();
        return RestResponse.ResponseBuilder.<ProgressReportView>create(RestResponse.Status.CREATED, view)
                .location(URI.create("/api/v1/plans/" + planId + "/rulings/" + rulingId + "/progress"))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed())).build();
    }

    @POST
    @Path("/reopen")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Reopen a resolved or impossible ruling (the office)", description = "Followed again from the percentage last "
            + "reported before it was closed (not the 100 % of the resolution), the reason in the timeline; only a closed ruling "
            + "(409 otherwise). The senders are not notified again.")
    @APIResponse(responseCode = "201", description = "Reopened",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReportView.class)))
    public RestResponse<ProgressReportView> reopen(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid ReopenRequest request) {
        ProgressReportView view = followUps.reopen(planId, rulingId, Versions.expected(ifMatch), request);
        return RestResponse.ResponseBuilder.<ProgressReportView>create(RestResponse.Status.CREATED, view).build();
    }

    @POST
    @Path("/{reportId}/attachments")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.UNIT_ID })
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a photo or a PDF to a report", description = "JPEG, PNG or PDF, at most 10 MB, at most 5 per report; "
            + "the type is judged from the content. Photos are re-encoded without their metadata and scaled down to 1600 px. "
            + FileStore.PHOTO_LIMITS + " By the report's author or the office (403 otherwise).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Attached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "503", description = "Too many photos being decoded at once; nothing was saved, Retry-After says when to send again",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<AttachmentView> attach(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @PathParam("reportId") long reportId,
            @QueryParam("fileName") @Parameter(description = "The file's name as the user sees it") String fileName, byte[] content) {
        AttachmentView view = attachments.attach(planId, rulingId, reportId, fileName, content);
        return RestResponse.ResponseBuilder.<AttachmentView>create(RestResponse.Status.CREATED, view)
                .location(URI.create("/api/v1/plans/" + planId + "/rulings/" + rulingId + "/progress/" + reportId + "/attachments/"
                        + view.id())).build();
    }

    @GET
    @Path("/{reportId}/attachments/{attachmentId}")
    @Produces({ "application/pdf", "image/jpeg", "image/png" })
    @Operation(summary = "Download a report's attachment", description = "For those who may see the ruling; otherwise 404.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response attachment(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @PathParam("reportId") long reportId, @PathParam("attachmentId") long attachmentId) {
        StoredFile file = attachments.file(planId, rulingId, reportId, attachmentId);
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileStore.attachment(file.fileName())).build();
    }
}
