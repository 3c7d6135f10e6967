package vn.doithoai.accountability;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import vn.doithoai.accountability.dto.PublicPlanRulings;
import vn.doithoai.common.paging.PageRequest;

/** A published plan's issued rulings (giải trình), for anyone. A class of its own: its path is more specific than the public plans'. */
@Path("/api/v1/public/plans/{planId}/rulings")
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPlanRulingsResource {

    @Inject
    Accountability accountability;

    @GET
    @Operation(summary = "A published plan's issued rulings, with status and progress", description = "Only issued rulings, only for "
            + "a published, held, concluded or closed plan (else 404). q searches the content and the items' titles, with or without "
            + "diacritics; status filters by the public status. No personal data of citizens.")
    public PublicPlanRulings list(@PathParam("planId") long planId, @QueryParam("q") String q, @QueryParam("status") PublicStatus status,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return accountability.planRulings(planId, q, status, PageRequest.parse(after, size));
    }
}
