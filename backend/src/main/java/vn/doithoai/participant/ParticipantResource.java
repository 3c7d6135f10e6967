package vn.doithoai.participant;

import java.net.URI;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.export.Exports;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.participant.dto.CheckInRequest;
import vn.doithoai.participant.dto.CheckInResult;
import vn.doithoai.participant.dto.CompositionView;
import vn.doithoai.participant.dto.InvitationBatchRequest;
import vn.doithoai.participant.dto.InvitationBatchView;
import vn.doithoai.participant.dto.ParticipantRequest;
import vn.doithoai.participant.dto.ParticipantUpdate;
import vn.doithoai.participant.dto.ParticipantView;
import vn.doithoai.participant.dto.RsvpRequest;
import vn.doithoai.plan.ParticipantLevel;

/**
 * A plan's participants, invitations and check-in as the office and the ward officers work on them. Ward
 * officers see and change the people of their own ward only; unit staff read a list without contact data.
 */
@Path("/api/v1/plans/{planId}")
@Tag(name = "Participants", description = "Delegates and citizens of a plan: composition, invitations, answers, check-in")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.WARD_ID, Role.UNIT_ID })
public class ParticipantResource {

    @Inject
    ParticipantService participants;

    @Inject
    InvitationService invitations;

    @Inject
    CheckInService checkIns;

    @Inject
    ParticipantExports exports;


    @GET
    @Path("/participants")
    @Operation(summary = "List a plan's participants", description = "Ward officers get their own ward's people only. Stable order: level, name.")
    public Page<ParticipantView> list(@PathParam("planId") long planId,
            @QueryParam("q") @Parameter(description = "Text in the name, or a phone number") String q,
            @QueryParam("kind") ParticipantKind kind,
            @QueryParam("level") ParticipantLevel level,
            @QueryParam("groupId") Long groupId,
            @QueryParam("ward") @Parameter(description = "Code of a ward or commune") String ward,
            @QueryParam("rsvp") RsvpStatus rsvp,
            @QueryParam("invited") Boolean invited,
            @QueryParam("attended") Boolean attended,
            @QueryParam("batchId") @Parameter(description = "Invited in this batch") Long batchId,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return participants.list(planId, new ParticipantService.Filter(q, kind, level, groupId, ward, rsvp, invited, attended, batchId),
                PageRequest.parse(after, size));
    }

    @POST
    @Path("/participants")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Add a participant", description = "An existing person, or one entered now and found again by phone. "
            + "The same person twice in a plan answers 409. With an Idempotency-Key, a retried request adds once.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ParticipantView.class)))
    public RestResponse<ParticipantView> add(@PathParam("planId") long planId,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A unique key per participant entered, e.g. a UUID") String key,
            @NotNull @Valid ParticipantRequest request) {
        ParticipantView added = participants.add(planId, request, Idempotency.key(key, false)).body();
        return Versions.created("/api/v1/plans/" + planId + "/participants/" + added.id(), added, added.version());
    }

    @GET
    @Path("/participants/{id}")
    @Operation(summary = "One participant", description = "With the person's contact fields for those who may see them; showing them leaves "
            + "a read-log entry. The ETag is the participation's version.")
    public RestResponse<ParticipantView> get(@PathParam("planId") long planId, @PathParam("id") long id) {
        ParticipantView view = participants.get(planId, id);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/participants/{id}")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Edit a participant", description = "The person and their place in the plan.")
    public RestResponse<ParticipantView> update(@PathParam("planId") long planId, @PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid ParticipantUpdate request) {
        ParticipantView view = participants.update(planId, id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @DELETE
    @Path("/participants/{id}")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Take a participant off the list", description = "Not once they have checked in.")
    @APIResponse(responseCode = "204", description = "Removed")
    public RestResponse<Void> remove(@PathParam("planId") long planId, @PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        participants.remove(planId, id, Versions.expected(ifMatch));
        return RestResponse.noContent();
    }

    @PUT
    @Path("/participants/{id}/rsvp")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Record an invitee's answer", description = "As told to the office or the ward officer.")
    public RestResponse<ParticipantView> answer(@PathParam("planId") long planId, @PathParam("id") long id,
            @NotNull @Valid RsvpRequest request) {
        ParticipantView view = participants.answer(planId, id, request);
        return Versions.ok(view, view.version());
    }

    @GET
    @Path("/composition")
    @Operation(summary = "The composition against the list", description = "Per group: target, on the list, invited, confirmed, present.")
    public CompositionView composition(@PathParam("planId") long planId) {
        return participants.composition(planId);
    }

    @GET
    @Path("/invitations")
    @Operation(summary = "Invitation batches of a plan", description = "Each batch issued: when, by whom, how it was delivered "
            + "and to how many.")
    public List<InvitationBatchView> invitations(@PathParam("planId") long planId) {
        return invitations.list(planId);
    }

    @POST
    @Path("/invitations")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Issue invitations", description = "A batch later than the plan's rule allows answers 409 naming the deadline, "
            + "unless lateOverrideReason says why it goes out late anyway (recorded in the plan's history).")
    @APIResponse(responseCode = "201", description = "Issued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationBatchView.class)))
    public RestResponse<InvitationBatchView> issue(@PathParam("planId") long planId, @NotNull @Valid InvitationBatchRequest request) {
        InvitationBatchView batch = invitations.issue(planId, request);
        // A batch has no address of its own: its members are the plan's participants invited in it.
        return RestResponse.ResponseBuilder.<InvitationBatchView> created(
                URI.create("/api/v1/plans/" + planId + "/participants?batchId=" + batch.id())).entity(batch).build();
    }

    @POST
    @Path("/check-ins")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Check someone in", description = "By the scanned QR code (the confirmation URL or its token) or by participant id. "
            + "Someone already checked in is reported with alreadyCheckedIn and the first time. A code of another plan answers 404.")
    public CheckInResult checkIn(@PathParam("planId") long planId, @NotNull @Valid CheckInRequest request) {
        return checkIns.checkIn(planId, request);
    }

    @GET
    @Path("/participants/export.csv")
    @Produces("text/csv")
    @Operation(summary = "The participant list as CSV", description = "UTF-8 with a BOM, for Excel. Only what the caller may see.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response csv(@PathParam("planId") long planId) {
        return exports.export(planId, Exports.Format.CSV);
    }

    @GET
    @Path("/participants/export.xlsx")
    @Produces(Exports.XLSX_TYPE)
    @Operation(summary = "The participant list as an Excel workbook", description = "Only what the caller may see, as in the list.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = Exports.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("planId") long planId) {
        return exports.export(planId, Exports.Format.XLSX);
    }

    @GET
    @Path("/participants/attendance-sheet.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The attendance sheet for signatures", description = "One section per composition group, in Vietnamese; "
            + "names and places as the caller's list shows them.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> attendanceSheet(@PathParam("planId") long planId) {
        return file(exports.attendanceSheet(planId), "application/pdf", "danh-sach-ky-ten-" + planId + ".pdf");
    }

    @GET
    @Path("/invitations/{batchId}/letters.pdf")
    @Produces("application/pdf")
    // Each letter carries its invitee's confirmation link, with which one can answer or check in for them: the letters
    // go to those whose list shows the links (the office, the chair, a ward officer for their ward), not to unit staff.
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.WARD_ID })
    @Operation(summary = "The invitation letters of a batch", description = "One page per invitee, each with the QR code of their "
            + "confirmation link: for the office and the chair, and for a ward officer the letters of their own ward's invitees.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> letters(@PathParam("planId") long planId, @PathParam("batchId") long batchId) {
        return file(exports.letters(planId, batchId), "application/pdf", "giay-moi-" + planId + "-" + batchId + ".pdf");
    }

    private static RestResponse<byte[]> file(byte[] content, String type, String name) {
        return RestResponse.ResponseBuilder.ok(content).header("Content-Type", type)
                .header("Content-Disposition", FileStore.attachment(name))
                .header("Cache-Control", "no-store").build();
    }
}
