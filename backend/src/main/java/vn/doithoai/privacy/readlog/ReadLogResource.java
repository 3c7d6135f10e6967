package vn.doithoai.privacy.readlog;

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

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.privacy.readlog.dto.ReadLogEntryView;

@Path("/api/v1/read-log")
@Tag(name = "Personal data", description = "The change audit and the read log of personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID })
public class ReadLogResource {

    @Inject
    ReadLogSearch search;

    @GET
    @Operation(summary = "Who read personal data",
            description = "Reads of citizens' personal data (contact fields shown, people searched, exports, attachments downloaded),"
                    + " newest first, optionally of the days from/to (both included, days in Vietnam, where every body is). A body's"
                    + " office sees the reads of its bodies' data; the installation's administrator every read.")
    public Page<ReadLogEntryView> search(
            @QueryParam("body") @Parameter(description = "Only reads of this body's data (its code)") String body,
            @QueryParam("plan") @Parameter(description = "Only reads of this plan's data (its id)") String plan,
            @QueryParam("actor") @Parameter(description = "Only reads by this user") String actor,
            @QueryParam("what") @Parameter(description = "Only this kind of read") String what,
            @QueryParam("from") @Parameter(description = "Only reads on or after this day (YYYY-MM-DD, in Vietnam)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(description = "Only reads on or before this day, included (YYYY-MM-DD, in Vietnam)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return search.search(new ReadLogSearch.Filter(body, planId(plan), actor, kind(what), ReadLogSearch.Period.parse(from, to)),
                PageRequest.parse(after, size));
    }

    private static Long planId(String plan) {
        if (plan == null || plan.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(plan.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("plan", "validation.not-a-number");
        }
    }

    private static PersonalDataRead kind(String what) {
        if (what == null || what.isBlank()) {
            return null;
        }
        try {
            return PersonalDataRead.valueOf(what.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("what", "read-log.what-unknown", what);
        }
    }
}
