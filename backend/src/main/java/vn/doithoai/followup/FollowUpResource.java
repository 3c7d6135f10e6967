package vn.doithoai.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.security.Role;
import vn.doithoai.followup.dto.FollowUpPage;
import vn.doithoai.ruling.FollowUpStatus;

/** Followed rulings across plans: a unit's dashboard, the office's overview. The reports are per ruling: {@link RulingProgressResource}. */
@Path("/api/v1/follow-up")
@Tag(name = "Follow-up", description = "Carrying out the rulings: progress reports, overdue in working days, reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID })
public class FollowUpResource {

    @Inject
    FollowUpSearch search;

    @GET
    @Operation(summary = "Followed rulings across plans", description = "Issued rulings to resolve or escalate, earliest due first "
            + "(no due date last). The office and the chair see all; unit staff the rulings their unit leads or coordinates. "
            + "overdue=true: open or in progress and past the due date in working days. Paged by cursor: no total count.")
    public FollowUpPage list(@QueryParam("status") FollowUpStatus status,
            @QueryParam("overdue") @Parameter(description = "true: only overdue; false: only the others") Boolean overdue,
            @QueryParam("unit") @Parameter(description = "Code of the lead or a coordinating unit") String unit,
            @QueryParam("plan") @Parameter(description = "Id of a plan") Long plan,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return search.list(new FollowUpSearch.Filter(status, overdue, unit, plan), after, size);
    }
}
