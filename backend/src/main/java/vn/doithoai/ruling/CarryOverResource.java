package vn.doithoai.ruling;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.security.Role;
import vn.doithoai.ruling.dto.CarriedItem;
import vn.doithoai.ruling.dto.CarryOverCandidate;
import vn.doithoai.ruling.dto.CarryOverRequest;

/** Carrying unresolved rulings of earlier plans into a later plan; a resource of its own beside the plan's rulings. */
@Path("/api/v1/plans/{planId}/carry-over")
@Tag(name = "Rulings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SECRETARIAT_ID)
public class CarryOverResource {

    @Inject
    CarryOver carryOver;

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "Rulings that may be carried into this plan", description = "Issued rulings of earlier plans of the same "
            + "issuing body that are followed up and not resolved, newest plan first; `carried` marks those already carried here.")
    public List<CarryOverCandidate> candidates(@PathParam("planId") long planId) {
        return carryOver.candidates(planId);
    }

    @POST
    @Operation(summary = "Carry rulings into this plan as items raised before (the office)", description = "One item per ruling, "
            + "channel CARRIED_OVER, flagged and listed first while open. The plan must take feedback (draft to published, else 409); "
            + "each ruling issued, followed up, not resolved and of an earlier plan (422); one carried here already answers 409.")
    @APIResponse(responseCode = "201", description = "Carried; one item per ruling",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CarriedItem.class)))
    public RestResponse<List<CarriedItem>> carry(@PathParam("planId") long planId, @NotNull @Valid CarryOverRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, carryOver.carry(planId, request.rulingIds()));
    }
}
