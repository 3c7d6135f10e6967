package vn.doithoai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.PermitAll;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.calendar.dto.AddedWorkingDays;
import vn.doithoai.calendar.dto.CalendarOverrideDto;
import vn.doithoai.calendar.dto.CalendarOverrideRequest;
import vn.doithoai.calendar.dto.HolidayDto;
import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.security.Role;

@Path("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working days and days off (ngày làm việc, ngày nghỉ lễ, tết), lunar holidays included")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {

    private static final String YEAR_DESCRIPTION = "Year, 1990 to 2100";
    private static final String DATE_DESCRIPTION = "A date as YYYY-MM-DD, 1990-01-01 to 2100-12-31";
    private static final String BODY_DESCRIPTION = "Code of a body (cơ quan tổ chức đối thoại): its calendar, the national one with the days "
            + "recorded by the bodies above it and by itself; absent: the national calendar";
    private static final String LAYER_DESCRIPTION = "Code of the body whose own days these are; absent: the national schedule";

    @Inject
    CalendarOverrideService overrides;

    @GET
    @Path("/holidays")
    @PermitAll
    @SecurityRequirements // no token needed: the contract says "security: []"
    @Operation(summary = "Days off of a year", description = "Public holidays of the Labour Code (art. 112), Tết and Giỗ Tổ Hùng Vương "
            + "from the lunar calendar, compensatory days for those on a weekend, as changed by the official schedule the admin "
            + "recorded (with body=, also as the bodies above that body and the body itself recorded); in date order. Weekends are "
            + "not listed.")
    public List<HolidayDto> holidays(
            @QueryParam("year") @Parameter(required = true, description = YEAR_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("body") @Parameter(description = BODY_DESCRIPTION) String body) {
        int y = CalendarDates.year("year", year);
        return overrides.calendarOf(overrides.layer(body)).holidays(y).stream().map(HolidayDto::of).toList();
    }

    @GET
    @Path("/add-working-days")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "Count working days from a date", description = "The days-th working day after date, or before it when "
            + "days is negative (\"3 working days before 25/11/2022\": date=2022-11-25&days=-3). Working days are Monday to "
            + "Friday except days off, plus the Saturdays the official schedule makes working days; with body=, on that body's calendar.")
    public AddedWorkingDays addWorkingDays(
            @QueryParam("date") @Parameter(required = true, description = DATE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, format = "date")) String date,
            @QueryParam("days") @Parameter(required = true, description = "Working days to add, -3650 to 3650; negative counts backwards",
                    schema = @Schema(type = SchemaType.INTEGER)) String days,
            @QueryParam("body") @Parameter(description = BODY_DESCRIPTION) String body) {
        List<Violation> violations = new ArrayList<>();
        LocalDate from = CalendarDates.date("date", date, violations);
        Integer count = CalendarDates.workingDays("days", days, violations);
        CalendarDates.failOn(violations);
        WorkingDays workingDays = overrides.calendarOf(overrides.layer(body));
        try {
            return new AddedWorkingDays(from, count, workingDays.addWorkingDays(from, count));
        } catch (DateOutsideCalendarException e) {
            throw new InvalidInputException(List.of(new Violation("days", "calendar.days.past-range",
                    Integer.toString(WorkingDayCalendar.FIRST_YEAR), Integer.toString(WorkingDayCalendar.LAST_YEAR))));
        }
    }

    @GET
    @Path("/overrides")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "The official schedule recorded for a year", description = "Days off and working days the admin recorded, in date "
            + "order: the national schedule, or with body= a body's own days. A body's administrator reads the national schedule, their "
            + "body's days and those of the bodies above it; another body's are 404.")
    public List<CalendarOverrideDto> listOverrides(
            @QueryParam("year") @Parameter(required = true, description = YEAR_DESCRIPTION, schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("body") @Parameter(description = LAYER_DESCRIPTION) String body) {
        int y = CalendarDates.year("year", year);
        return overrides.list(overrides.layer(body), y);
    }

    @GET
    @Path("/overrides/{date}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "One recorded day", description = "The ETag header carries the version to send back in If-Match.")
    public RestResponse<CalendarOverrideDto> getOverride(
            @PathParam("date") @Parameter(description = DATE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, format = "date")) String date,
            @QueryParam("body") @Parameter(description = LAYER_DESCRIPTION) String body) {
        LocalDate day = CalendarDates.date("date", date);
        CalendarOverrideDto override = overrides.get(overrides.layer(body), day);
        return Versions.ok(override, override.version());
    }

    @POST
    @Path("/overrides")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Record a day of the official schedule", description = "A day off (an extra one, or a holiday moved here) or a "
            + "working day (a swapped Saturday, or a holiday that is worked). 409 if the day already has one; "
            + "400 if it would not change the day. With body= a body's own day (a province's day off), which counts for the plans "
            + "of that body and of the bodies below it: the installation's administrator keeps the national schedule, a body's "
            + "administrator their body's days.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarOverrideDto.class)))
    public RestResponse<CalendarOverrideDto> createOverride(
            @QueryParam("body") @Parameter(description = LAYER_DESCRIPTION) String body,
            @NotNull @Valid CalendarOverrideRequest.Create request) {
        CalendarOverrideDto override = overrides.create(overrides.layer(body), request);
        return Versions.created("/api/v1/calendar/overrides/" + override.day()
                + (override.body() == null ? "" : "?body=" + override.body().code()), override, override.version());
    }

    @PUT
    @Path("/overrides/{date}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Change a recorded day", description = "Send If-Match with the ETag you read: 412 if someone changed it since, 428 without it.")
    public RestResponse<CalendarOverrideDto> updateOverride(
            @PathParam("date") @Parameter(description = DATE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, format = "date")) String date,
            @QueryParam("body") @Parameter(description = LAYER_DESCRIPTION) String body,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch,
            @NotNull @Valid CalendarOverrideRequest.Update request) {
        LocalDate day = CalendarDates.date("date", date);
        CalendarOverrideDto override = overrides.update(overrides.layer(body), day, Versions.expected(ifMatch), request);
        return Versions.ok(override, override.version());
    }

    @DELETE
    @Path("/overrides/{date}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Delete a recorded day", description = "The day goes back to what the computed calendar says.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> deleteOverride(
            @PathParam("date") @Parameter(description = DATE_DESCRIPTION, schema = @Schema(type = SchemaType.STRING, format = "date")) String date,
            @QueryParam("body") @Parameter(description = LAYER_DESCRIPTION) String body,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch) {
        LocalDate day = CalendarDates.date("date", date);
        overrides.delete(overrides.layer(body), day, Versions.expected(ifMatch));
        return RestResponse.noContent();
    }
}
