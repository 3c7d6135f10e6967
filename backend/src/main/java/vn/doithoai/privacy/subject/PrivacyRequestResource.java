package vn.doithoai.privacy.subject;

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
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.privacy.subject.dto.CorrectionInput;
import vn.doithoai.privacy.subject.dto.HeldData;
import vn.doithoai.privacy.subject.dto.RefusalInput;
import vn.doithoai.privacy.subject.dto.SubjectRequestDetail;
import vn.doithoai.privacy.subject.dto.SubjectRequestInput;
import vn.doithoai.privacy.subject.dto.SubjectRequestView;

/**
 * A person's rights over their data, served by the office of the body that holds it: find everything held about them,
 * record their request with its legal deadline, hand them a copy, correct it, erase it, or refuse with a reason.
 */
@Path("/api/v1/privacy")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SECRETARIAT_ID)
public class PrivacyRequestResource {

    @Inject
    SubjectRequests requests;

    @GET
    @Path("/subjects")
    @Operation(summary = "Everything held about a person", description = "Found by any of phone, e-mail, login or person record, in the "
            + "records of the caller's body: person records with their dialogues, items sent with their attachments' names, "
            + "registrations waiting. Erased records are no one's and are not found.")
    public HeldData held(@QueryParam("phone") @Parameter(description = "Any common way of writing it") String phone,
            @QueryParam("email") String email, @QueryParam("account") @Parameter(description = "The person's login") String account,
            @QueryParam("personId") Long personId) {
        return requests.held(SubjectQuery.of(phone, email, account, personId));
    }

    @GET
    @Path("/requests")
    @Operation(summary = "Requests about personal data", description = "The requests of the bodies the caller reads, newest first,"
            + " with their deadlines and outcomes, a page at a time. Showing them leaves a read-log entry: each names its person.")
    public Page<SubjectRequestView> list(@QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return requests.list(PageRequest.parse(after, size));
    }

    @POST
    @Path("/requests")
    @Operation(summary = "Record a person's request", description = "Access, correction or erasure, with who it is about; the deadline "
            + "is counted in working days of the body's calendar from the day it was received.")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = SubjectRequestView.class)))
    public RestResponse<SubjectRequestView> receive(@NotNull @Valid SubjectRequestInput input) {
        SubjectRequestView view = requests.receive(input);
        return Versions.created("/api/v1/privacy/requests/" + view.id(), view, view.version());
    }

    @GET
    @Path("/requests/{requestId}")
    @Operation(summary = "A request, with everything held about its person today", description = "Showing it leaves a read-log "
            + "entry; the ETag is the request's version.")
    public RestResponse<SubjectRequestDetail> get(@PathParam("requestId") long requestId) {
        SubjectRequestDetail detail = requests.get(requestId);
        return Versions.ok(detail, detail.request().version());
    }

    @GET
    @Path("/requests/{requestId}/export.json")
    @Operation(summary = "The person's copy of their data, as JSON", description = "What the request's detail shows, as a file to "
            + "hand over; taking it leaves a read-log entry.")
    public RestResponse<HeldData> copyJson(@PathParam("requestId") long requestId) {
        return RestResponse.ResponseBuilder.ok(requests.copy(requestId))
                .header("Content-Disposition", FileStore.attachment("du-lieu-ca-nhan-" + requestId + ".json")).header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("/requests/{requestId}/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The person's copy of their data, as PDF", description = "The same copy as the JSON, printable; taking it "
            + "leaves a read-log entry.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> copyPdf(@PathParam("requestId") long requestId) {
        return RestResponse.ResponseBuilder.ok(requests.copyPdf(requestId)).header("Content-Type", "application/pdf")
                .header("Content-Disposition", FileStore.attachment("du-lieu-ca-nhan-" + requestId + ".pdf")).header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/requests/{requestId}/correction")
    @Operation(summary = "Correct the person's data and close the request", description = "On every record of the person in the body: "
            + "what is given replaces what is held.")
    public RestResponse<SubjectRequestView> correct(@PathParam("requestId") long requestId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid CorrectionInput input) {
        SubjectRequestView view = requests.correct(requestId, Versions.expected(ifMatch), input);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/requests/{requestId}/erasure")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Erase the person and close the request", description = "Their identity is replaced everywhere (records, "
            + "items, attachments' names, registrations, outbox, audit trail, search text); the matters they raised stay. Cannot be undone.")
    public RestResponse<SubjectRequestView> erase(@PathParam("requestId") long requestId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        SubjectRequestView view = requests.erase(requestId, Versions.expected(ifMatch));
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/requests/{requestId}/refusal")
    @Operation(summary = "Refuse a request, with the reason", description = "Closes it once; the reason is kept with the request, "
            + "for the answer the office gives the person.")
    public RestResponse<SubjectRequestView> refuse(@PathParam("requestId") long requestId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid RefusalInput input) {
        SubjectRequestView view = requests.refuse(requestId, Versions.expected(ifMatch), input.reason());
        return Versions.ok(view, view.version());
    }
}
