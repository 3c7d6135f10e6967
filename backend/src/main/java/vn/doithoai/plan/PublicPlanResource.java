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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.paging.Page;
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

    @Inject
    PlanSharing sharing;

    @GET
    @Operation(summary = "Published plans", description = "Every body's plans published, held, concluded or closed, each naming "
            + "its body; newest first, the plans of the bodies of the caller's ward or commune (locality, else a logged-in "
            + "citizen's own ward) before the others.")
    public Page<PlanSummary> list(
            @QueryParam("locality") @Parameter(description = "Code of a ward or commune whose bodies' plans come first") String locality,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("level") PlanLevel level,
            @QueryParam("q") String q,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return service.listPublished(PlanQueries.filter(year, null, level, q, true), locality, after, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A published plan", description = "404 for a plan that is not published.")
    public PublicPlanView get(@PathParam("id") long id) {
        return service.getPublished(id);
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(CALENDAR)
    @Operation(summary = "A published plan's session as a calendar event", description = "One VEVENT (RFC 5545) in UTC, two hours "
            + "long, with the plan's page as URL; its UID stays the same when the session moves. 404 for a plan that is not "
            + "published or has no session time yet.")
    @APIResponse(responseCode = "200", description = "The event", content = @Content(mediaType = CALENDAR,
            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> calendar(@PathParam("id") long id) {
        return RestResponse.ResponseBuilder.ok(sharing.calendar(id), CALENDAR)
                .header("Content-Disposition", "attachment; filename=\"doi-thoai-" + id + ".ics\"").build();
    }

    @GET
    @Path("/{id}/share-page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A published plan's preview for sharing", description = "A small HTML page with the plan's Open Graph and "
            + "Twitter card tags (title; body, session time and place; the page's address), which nginx gives the crawlers of "
            + "chat apps and social networks asking for /ke-hoach/{id}. 404 for a plan that is not published.")
    @APIResponse(responseCode = "200", description = "The page", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public String sharePage(@PathParam("id") long id) {
        return sharing.sharePage(id);
    }

    static final String CALENDAR = "text/calendar;charset=utf-8";
}
