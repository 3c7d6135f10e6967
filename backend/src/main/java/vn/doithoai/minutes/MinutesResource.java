package vn.doithoai.minutes;

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
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.minutes.dto.CorrectionRequest;
import vn.doithoai.minutes.dto.MinutesEdit;
import vn.doithoai.minutes.dto.MinutesSummary;
import vn.doithoai.minutes.dto.MinutesView;
import vn.doithoai.minutes.dto.SignatureRequest;

/**
 * The minutes of a plan's session (biên bản), version by version. A resource of its own: its path is more specific
 * than the plan resource's.
 */
@Path("/api/v1/plans/{planId}/minutes")
@Tag(name = "Minutes", description = "The session's minutes: assembled, edited and signed as a draft, finalised, corrected by new versions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SECRETARIAT_ID)
public class MinutesResource {

    private static final String PDF = "application/pdf";

    @Inject
    MinutesService minutes;

    @Inject
    MinutesDocuments documents;

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
    @Operation(summary = "The versions of the plan's minutes, newest first", description = "Unit staff and ward officers see finalised "
            + "versions only.")
    public List<MinutesSummary> list(@PathParam("planId") long planId) {
        return minutes.list(planId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Assemble the first draft from the session record", description = "Once the session has started (its record) "
            + "or the plan is held, and only while the plan has no minutes yet (409): later versions are corrections.")
    @APIResponse(responseCode = "201", description = "Assembled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinutesView.class)))
    public RestResponse<MinutesView> assemble(@PathParam("planId") long planId) {
        MinutesView view = minutes.assemble(planId);
        return Versions.created("/api/v1/plans/" + planId + "/minutes/" + view.id(), view, view.version());
    }

    @GET
    @Path("/{minutesId}")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
    @Operation(summary = "One version", description = "Drafts are for the office and the chair (403 for others).")
    public RestResponse<MinutesView> get(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId) {
        MinutesView view = minutes.get(planId, minutesId);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/{minutesId}")
    @Operation(summary = "Replace a draft's text", description = "Signature names and sections, whole. A finalised version never "
            + "changes (409).")
    public RestResponse<MinutesView> edit(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid MinutesEdit request) {
        MinutesView view = minutes.edit(planId, minutesId, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{minutesId}/signatures")
    @Operation(summary = "Record a signature, or a refusal to sign with its reason", description = "On a draft only (409), as it is "
            + "read out; no If-Match, so recording signers never clashes with editing the text.")
    public RestResponse<MinutesView> sign(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId,
            @NotNull @Valid SignatureRequest request) {
        MinutesView view = minutes.sign(planId, minutesId, request);
        return Versions.ok(view, view.version());
    }

    @DELETE
    @Path("/{minutesId}/signatures/{signatureId}")
    @Operation(summary = "Remove a signature recorded by mistake", description = "On a draft only (409).")
    public RestResponse<MinutesView> removeSignature(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId,
            @PathParam("signatureId") long signatureId) {
        MinutesView view = minutes.removeSignature(planId, minutesId, signatureId);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{minutesId}/finalise")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "Finalise (lock) a draft", description = "The office or the chair. Needs at least one signature recorded "
            + "(signed or declined) and both signer names (409). The version it corrects is superseded.")
    public RestResponse<MinutesView> finalise(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        MinutesView view = minutes.finalise(planId, minutesId, Versions.expected(ifMatch));
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{minutesId}/corrections")
    @Operation(summary = "Correct a finalised version", description = "Creates the next version as a draft linked to this one, with "
            + "its text and signatures to re-record; only the newest version, and not while a draft is open (409).")
    @APIResponse(responseCode = "201", description = "The correction's draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MinutesView.class)))
    public RestResponse<MinutesView> correct(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId,
            @NotNull @Valid CorrectionRequest request) {
        MinutesView view = minutes.correct(planId, minutesId, request.reason());
        return Versions.created("/api/v1/plans/" + planId + "/minutes/" + view.id(), view, view.version());
    }

    @GET
    @Path("/{minutesId}/document.docx")
    @Produces(DocxWriter.MEDIA_TYPE)
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
    @Operation(summary = "A finalised version as a Word document", description = "An official paper in Vietnamese; a draft has none (409).")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DocxWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> docx(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId) {
        return file(documents.docx(planId, minutesId), DocxWriter.MEDIA_TYPE, "bien-ban-" + planId + "-" + minutesId + ".docx");
    }

    @GET
    @Path("/{minutesId}/document.pdf")
    @Produces(PDF)
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
    @Operation(summary = "A finalised version as a PDF", description = "The same paper as the Word document.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> pdf(@PathParam("planId") long planId, @PathParam("minutesId") long minutesId) {
        return file(documents.pdf(planId, minutesId), PDF, "bien-ban-" + planId + "-" + minutesId + ".pdf");
    }

    private static RestResponse<byte[]> file(byte[] content, String type, String name) {
        return RestResponse.ResponseBuilder.ok(content).header("Content-Type", type)
                .header("Content-Disposition", FileStore.attachment(name)).header("Cache-Control", "no-store").build();
    }
}
