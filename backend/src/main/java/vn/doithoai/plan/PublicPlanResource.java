package vn.doithoai.plan;

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

import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.plan.dto.PlanSummary;
import vn.doithoai.plan.dto.PublicPlanView;

/** Published plans, for anyone: citizens on their phones, the press, other systems. */
@Path("/api/v1/public/plans")
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicPlanResource {

    @Inject
    PlanService service;

    @GET
    @Operation(summary = "Published plans", description = "Every body's plans published, held, concluded or closed, each naming "
            + "its body; newest first, the plans of the bodies of the caller's ward or commune (locality, else a logged-in "
            + "citizen's own ward) before the others.")
    public Page<PlanSummary> list(
            @QueryParam("locality") @Parameter(description = "Code of a ward or commune whose bodies' plans come first") String locality,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("level") PlanLevel level,
            @QueryParam("q") String q,
            @QueryParam("page") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) String page,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return service.listPublished(PlanQueries.filter(year, null, level, q, true), locality, PageRequest.parse(page, size));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published plan", description = "404 for a plan that is not published.")
    public PublicPlanView get(@PathParam("id") long id) {
        return service.getPublished(id);
    }
}
