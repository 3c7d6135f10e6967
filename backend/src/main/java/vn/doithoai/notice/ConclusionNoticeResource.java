package vn.doithoai.notice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.http.Versions;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.StoredFile;
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.notice.dto.NoticeDraftRequest;
import vn.doithoai.notice.dto.NoticeGenerateRequest;
import vn.doithoai.notice.dto.NoticeView;

/** A plan's conclusion notice (thông báo kết luận): its draft, its generation, and the files of each revision. */
@Path("/api/v1/plans/{planId}/conclusion-notice")
@Tag(name = "Conclusion notice", description = "The notice of the chair's conclusions: drafted by the office, generated as DOCX and PDF, kept")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
public class ConclusionNoticeResource {

    private static final String PDF = "application/pdf";

    @Inject
    ConclusionNotices notices;

    @GET
    @Operation(summary = "The notice: draft, deadline, the issued rulings by focus area, revisions", description = "Before the office "
            + "saves a draft, the fields are the defaults (version 0). The deadline is the plan's own rule for the notice; its level is "
            + "NEAR at 3 working days or fewer, DONE once generated.")
    public RestResponse<NoticeView> get(@PathParam("planId") long planId) {
        NoticeView view = notices.get(planId);
        return Versions.ok(view, view.version());
    }

    @PUT
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Save the draft (the office)", description = "Replaces the draft fields whole; the first save uses If-Match \"0\".")
    public RestResponse<NoticeView> update(@PathParam("planId") long planId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid NoticeDraftRequest request) {
        NoticeView view = notices.update(planId, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/generate")
    @Operation(summary = "Generate the DOCX and PDF (the office or the chair)", description = "The plan must be held or concluded and "
            + "have an issued ruling (409); number, symbol, issuedOn and signerName are needed (400, each named). Once generated, "
            + "generating again needs regenerate=true and a reason (409 without regenerate, 400 without a reason) and makes a new "
            + "revision; earlier revisions stay downloadable.")
    public RestResponse<NoticeView> generate(@PathParam("planId") long planId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @Valid NoticeGenerateRequest request) {
        NoticeView view = notices.generate(planId, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @GET
    @Path("/files/docx")
    @Produces(DocxWriter.MEDIA_TYPE)
    @Operation(summary = "The current revision as Word", description = "The stored file, never regenerated; an erasure only "
            + "replaces the erased person's name, phone and e-mail in it.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DocxWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> docx(@PathParam("planId") long planId) {
        return file(notices.file(planId, null, "docx"));
    }

    @GET
    @Path("/files/pdf")
    @Produces(PDF)
    @Operation(summary = "The current revision as PDF", description = "The stored file, never regenerated; an erasure only "
            + "replaces the erased person's name, phone and e-mail in it.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> pdf(@PathParam("planId") long planId) {
        return file(notices.file(planId, null, "pdf"));
    }

    @GET
    @Path("/revisions/{revision}/files/docx")
    @Produces(DocxWriter.MEDIA_TYPE)
    @Operation(summary = "A revision as Word", description = "The file stored with the revision, never "
            + "regenerated; an erasure only replaces the erased person's name, phone and e-mail in it.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DocxWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> revisionDocx(@PathParam("planId") long planId, @PathParam("revision") int revision) {
        return file(notices.file(planId, revision, "docx"));
    }

    @GET
    @Path("/revisions/{revision}/files/pdf")
    @Produces(PDF)
    @Operation(summary = "A revision as PDF", description = "The file stored with the revision, never "
            + "regenerated; an erasure only replaces the erased person's name, phone and e-mail in it.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> revisionPdf(@PathParam("planId") long planId, @PathParam("revision") int revision) {
        return file(notices.file(planId, revision, "pdf"));
    }

    private static RestResponse<byte[]> file(StoredFile file) {
        return RestResponse.ResponseBuilder.ok(file.content()).header("Content-Type", file.contentType())
                .header("Content-Disposition", FileStore.attachment(file.fileName())).header("Cache-Control", "no-store").build();
    }
}
