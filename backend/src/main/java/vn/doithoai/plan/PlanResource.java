package vn.doithoai.plan;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.StoredFile;
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.plan.dto.PlanCommands;
import vn.doithoai.plan.dto.PlanDraft;
import vn.doithoai.plan.dto.PlanSummary;
import vn.doithoai.plan.dto.PlanView;

/** Plans as the office, the chair and the admin work on them. The public reads them at /api/v1/public/plans. */
@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Dialogue plans with their preparation tasks, deadlines and status workflow")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID })
public class PlanResource {

    private static final String PDF = "application/pdf";

    @Inject
    PlanService service;

    @Inject
    PlanDocuments documents;

    @GET
    @RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID, PartnerScope.PLANS_READ_ID })
    @Operation(summary = "List plans", description = "Filtered by year of the dialogue, status, level and text; newest first.")
    public Page<PlanSummary> list(
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("status") PlanStatus status,
            @QueryParam("level") PlanLevel level,
            @QueryParam("q") @Parameter(description = "Text in the title, topic or number") String q,
            @QueryParam("updatedSince") @Parameter(description = "Read the list as a change feed: the plans changed at or after this time "
                    + "(ISO 8601 with an offset), in the stable order updatedAt then id, paged with after=nextCursor like the list",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time"))
            String updatedSince,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return service.list(PlanQueries.filter(year, status, level, q, updatedSince, after), after, size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID, PartnerScope.PLANS_READ_ID })
    @Operation(summary = "One plan", description = "With the caller's allowed actions; the ETag carries the version for If-Match.")
    public RestResponse<PlanView> get(@PathParam("id") long id) {
        return ok(service.get(id));
    }

    @POST
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Draft a plan", description = "Blank, or from a template whose lists fill the ones left empty.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    public RestResponse<PlanView> create(@NotNull @Valid PlanDraft draft) {
        PlanView plan = service.create(draft);
        return Versions.created("/api/v1/plans/" + plan.id(), plan, plan.version());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Edit a draft plan", description = "The whole plan; list items keep their ids. Drafts only.")
    public RestResponse<PlanView> update(@PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull @Valid PlanDraft draft) {
        return ok(service.update(id, Versions.expected(ifMatch), draft));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Delete a draft plan", description = "Only a draft: a published plan is called off instead, so what "
            + "citizens were told stays on record.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("id") long id, @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        service.delete(id, Versions.expected(ifMatch));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "Move a plan along its workflow",
            description = "Submit, approve, return (with a reason), publish, hold, conclude, close, cancel (with a reason). "
                    + "Publishing with tasks already past due answers 409 with warnings until acknowledged.")
    public RestResponse<PlanView> transition(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid PlanCommands.Transition command) {
        return ok(service.transition(id, Versions.expected(ifMatch), command));
    }

    @PUT
    @Path("/{id}/schedule")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Set the session's time and place", description = "Due dates are recomputed.")
    public RestResponse<PlanView> schedule(@PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid PlanCommands.Schedule schedule) {
        return ok(service.schedule(id, Versions.expected(ifMatch), schedule));
    }

    @PUT
    @Path("/{id}/tasks/{taskId}/progress")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Mark a preparation task done (or open again)", description = "Answers the whole plan with its tasks; "
            + "under If-Match on the plan's version.")
    public RestResponse<PlanView> progress(@PathParam("id") long id, @PathParam("taskId") long taskId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid PlanCommands.TaskProgress progress) {
        return ok(service.progress(id, taskId, Versions.expected(ifMatch), progress));
    }

    @PUT
    @Path("/{id}/tasks/{taskId}/report")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a task's report", description = "PDF, Word or a photo, at most 10 MB; the type is judged from the content.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<PlanView> attachReport(@PathParam("id") long id, @PathParam("taskId") long taskId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch,
            @QueryParam("fileName") @Parameter(description = "The file's name as the user sees it") String fileName, byte[] content) {
        return ok(service.attachReport(id, taskId, Versions.expected(ifMatch), fileName, content));
    }

    @GET
    @Path("/{id}/tasks/{taskId}/report")
    // The types FileStore accepts; naming them keeps the JSON writer from claiming the bytes.
    @Produces({ "application/pdf", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "image/jpeg", "image/png" })
    @Operation(summary = "Download a task's report", description = "The file as attached, with its own type.")
    @APIResponse(responseCode = "200", description = "The file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response report(@PathParam("id") long id, @PathParam("taskId") long taskId) {
        StoredFile file = service.report(id, taskId);
        return Response.ok(file.content(), file.contentType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileStore.attachment(file.fileName())).build();
    }

    @GET
    @Path("/{id}/document.docx")
    @Produces(DocxWriter.MEDIA_TYPE)
    @Operation(summary = "The plan as a Word document", description = "The official paper the office prints and the chair signs, laid "
            + "out like the seed 61-KH/ThU: header block, number and symbol, place and date, KẾ HOẠCH, sections I–IV, signature "
            + "block. Made from the plan as it stands; a number or date not set yet is left as dots.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DocxWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> documentDocx(@PathParam("id") long id) {
        return paper(documents.docx(id), DocxWriter.MEDIA_TYPE, documents.fileName(id, "docx"));
    }

    @GET
    @Path("/{id}/document.pdf")
    @Produces(PDF)
    @Operation(summary = "The plan as a PDF", description = "The same paper as the Word document.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> documentPdf(@PathParam("id") long id) {
        return paper(documents.pdf(id), PDF, documents.fileName(id, "pdf"));
    }

    /** Made afresh from the plan on every request, so never kept by a cache: an edit shows in the next download. */
    private static RestResponse<byte[]> paper(byte[] content, String type, String name) {
        return RestResponse.ResponseBuilder.ok(content).header("Content-Type", type)
                .header("Content-Disposition", FileStore.attachment(name)).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed what and when", description = "Every edit and transition of the plan, oldest first.")
    public List<PlanCommands.HistoryEntry> history(@PathParam("id") long id) {
        return service.history(id);
    }

    @POST
    @Path("/deadline-preview")
    @Operation(summary = "Due dates for a session date", description = "For the editor: what each rule gives for a chosen session date.")
    public PlanCommands.DeadlinePreviewResult previewDeadlines(@NotNull @Valid PlanCommands.DeadlinePreview request) {
        return service.previewDeadlines(request);
    }

    private static RestResponse<PlanView> ok(PlanView plan) {
        return Versions.ok(plan, plan.version());
    }
}
