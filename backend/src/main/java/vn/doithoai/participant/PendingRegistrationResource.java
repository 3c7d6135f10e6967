package vn.doithoai.participant;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.participant.dto.PendingRegistrationView;
import vn.doithoai.participant.dto.RegistrationDecisionRequest;

/**
 * Registrations whose phone number matched someone already known, waiting for the ward officer of the registration's
 * ward or the office to say whether it is the same person (chờ xác nhận trùng khớp). The chair reads them.
 */
@Path("/api/v1/plans/{planId}/pending-registrations")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.WARD_ID })
public class PendingRegistrationResource {

    @Inject
    PendingRegistrations registrations;

    @GET
    @Operation(summary = "Registrations that matched a known person", description = "What each registrant entered, next to the matched "
            + "record where the caller may see it. Ward officers get their own ward's registrations only. Oldest first.")
    public Page<PendingRegistrationView> list(@PathParam("planId") long planId,
            @QueryParam("status") @Parameter(description = "PENDING_MATCH for those still waiting; all when left out") PendingRegistrationStatus status,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return registrations.list(planId, status, PageRequest.parse(after, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One registration that matched a known person", description = "The registration beside the person it "
            + "may be, for the office or the ward officer to decide; the ETag is the registration's version.")
    public RestResponse<PendingRegistrationView> get(@PathParam("planId") long planId, @PathParam("id") long id) {
        PendingRegistrationView view = registrations.get(planId, id);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
    @Operation(summary = "Decide a registration that matched a known person", description = "Once. SAME_PERSON joins the participation "
            + "to the matched record (which stays as it is; a ward officer only for a person of their ward), SEPARATE_PERSON registers "
            + "a new person from what was entered, REJECTED registers no one. The registrant's link follows the participation.")
    public RestResponse<PendingRegistrationView> decide(@PathParam("planId") long planId, @PathParam("id") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid RegistrationDecisionRequest request) {
        PendingRegistrationView view = registrations.decide(planId, id, Versions.expected(ifMatch), request.decision());
        return Versions.ok(view, view.version());
    }
}
