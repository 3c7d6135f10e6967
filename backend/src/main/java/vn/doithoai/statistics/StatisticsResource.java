package vn.doithoai.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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

import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.statistics.dto.FeedbackStatistics;
import vn.doithoai.statistics.dto.NextDialogue;
import vn.doithoai.statistics.dto.RulingStatistics;

/**
 * The leaders' figures, for the dashboard and for other systems. Counts only, never a person: the office and the chair,
 * who read every item of their body anyway, within the bodies they read (a province's office: its bodies, one or all).
 */
@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "How the dialogues are doing: feedback, rulings and the next dialogue, by body, period and plan")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, PartnerScope.STATISTICS_READ_ID })
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Path("/feedback")
    @Operation(summary = "Feedback figures", description = "Items received in the period, counted as the feedback list shows them "
            + "(a merged item once, through its group's item): by status, focus area, ward, channel and kind; raised before; "
            + "median and 90th percentile calendar days from receipt to the approved answer; the same period a year earlier.")
    public FeedbackStatistics feedback(@BeanParam StatisticsParams period,
            @QueryParam("plan") @Parameter(description = PLAN, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String plan) {
        return statistics.feedback(statistics.criteria(period.body(), period.from(), period.to(), plan));
    }

    @GET
    @Path("/rulings")
    @Operation(summary = "Ruling figures", description = "Rulings of the period (issued, or drafted for a draft) by type, status and "
            + "follow-up; on time against their due dates; overdue today by lead unit in working days (the follow-up list's "
            + "overdue=true, whatever the period); each month's issued and resolved; the same period a year earlier.")
    public RulingStatistics rulings(@BeanParam StatisticsParams period,
            @QueryParam("plan") @Parameter(description = PLAN, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String plan) {
        return statistics.rulings(statistics.criteria(period.body(), period.from(), period.to(), plan));
    }

    @GET
    @Path("/next-dialogue")
    @Operation(summary = "The next dialogue's preparation", description = "The plan asked for, or the bodies' earliest session from "
            + "today on of a plan not yet held nor cancelled: days left, preparation tasks done and overdue, invitations against "
            + "their deadline, registered / confirmed / present against the composition's targets. The period is not used.")
    public NextDialogue nextDialogue(@BeanParam StatisticsParams period,
            @QueryParam("plan") @Parameter(description = PLAN, schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String plan) {
        return statistics.nextDialogue(statistics.criteria(period.body(), period.from(), period.to(), plan));
    }

    private static final String PLAN = "Id of a plan: only its figures";
}
