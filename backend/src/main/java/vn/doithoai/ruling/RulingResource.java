package vn.doithoai.ruling;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.ChangeCursor;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.ruling.dto.EscalationReplyRequest;
import vn.doithoai.ruling.dto.RulingRequest;
import vn.doithoai.ruling.dto.RulingView;

/**
 * The chair's rulings (kết luận) on a plan's feedback items. A resource of its own: its path is more specific than
 * the plan resource's, so it must not live there.
 */
@Path("/api/v1/plans/{planId}/rulings")
@Tag(name = "Rulings", description = "The chair's rulings on feedback items: drafted by the office, issued by the chair")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
public class RulingResource {

    @Inject
    RulingService rulings;

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, PartnerScope.RULINGS_READ_ID })
    @Operation(summary = "The plan's rulings, by number", description = "The office and the chair see all; unit staff the rulings "
            + "their unit leads or coordinates; ward officers those on items of their ward. Each with its latest progress (progressPercent, "
            + "progressNote); the reports themselves are read per ruling at .../rulings/{rulingId}/progress.")
    public Page<RulingView> list(@PathParam("planId") long planId,
            @QueryParam("status") @Parameter(description = "Only the drafts, or only the issued") RulingStatus status,
            @QueryParam("updatedSince") @Parameter(description = "Read the list as a change feed: the rulings changed at or after this time "
                    + "(ISO 8601 with an offset; a progress report changes its ruling), in the stable order updatedAt then id, paged with "
                    + "after=nextCursor like the list",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return rulings.list(planId, status, ChangeCursor.of(updatedSince, after), after, size);
    }

    @GET
    @Path("/{rulingId}")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID, PartnerScope.RULINGS_READ_ID })
    @Operation(summary = "One ruling", description = "Out of the caller's scope it does not exist (404).")
    public RestResponse<RulingView> get(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId) {
        RulingView view = rulings.get(planId, rulingId);
        return Versions.ok(view, view.version());
    }

    @POST
    @Operation(summary = "Draft a ruling", description = "Numbered next within the plan. RESOLVE needs unitCode and dueDate (not before "
            + "the session), ESCALATE escalatedTo and recommendation, DECLINED reason. The items must be the plan's, not rejected and "
            + "not merged into another item (422).")
    @APIResponse(responseCode = "201", description = "Drafted; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulingView.class)))
    public RestResponse<RulingView> create(@PathParam("planId") long planId, @NotNull @Valid RulingRequest request) {
        RulingView view = rulings.create(planId, request);
        return Versions.created("/api/v1/plans/" + planId + "/rulings/" + view.id(), view, view.version());
    }

    @PUT
    @Path("/{rulingId}")
    @Operation(summary = "Edit a draft ruling", description = "Replaces it whole; an issued ruling no longer changes (409).")
    public RestResponse<RulingView> update(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid RulingRequest request) {
        RulingView view = rulings.update(planId, rulingId, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @DELETE
    @Path("/{rulingId}")
    @Operation(summary = "Delete a draft ruling", description = "An issued ruling is kept (409).")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        rulings.delete(planId, rulingId, Versions.expected(ifMatch));
        return RestResponse.noContent();
    }

    @POST
    @Path("/{rulingId}/issue")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.CHAIR_ID)
    @Operation(summary = "Issue a draft ruling (the chair only)", description = "Once the session has taken place (plan held or "
            + "concluded, else 409). Every linked item, and the items merged into it, become RULED.")
    public RestResponse<RulingView> issue(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        RulingView view = rulings.issue(planId, rulingId, Versions.expected(ifMatch));
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/{rulingId}/escalation-reply")
    @RolesAllowed(Role.SECRETARIAT_ID)
    @Operation(summary = "Record the higher body's reply to an issued escalation", description = "Only an issued ESCALATE ruling (409 otherwise).")
    public RestResponse<RulingView> reply(@PathParam("planId") long planId, @PathParam("rulingId") long rulingId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid EscalationReplyRequest request) {
        RulingView view = rulings.recordReply(planId, rulingId, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }
}
