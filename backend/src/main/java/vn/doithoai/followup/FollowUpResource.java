package vn.doithoai.followup;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.export.Exports;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.common.paging.Page;
import vn.doithoai.followup.dto.FollowUpView;

/** Followed rulings across plans: a unit's dashboard, the office's overview. The reports are per ruling: {@link RulingProgressResource}. */
@Path("/api/v1/follow-up")
@Tag(name = "Follow-up", description = "Carrying out the rulings: progress reports, overdue in working days, reminders")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID })
public class FollowUpResource {

    @Inject
    FollowUpSearch search;

    @Inject
    FollowUpExports exports;

    @Inject
    Messages messages;

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, PartnerScope.RULINGS_READ_ID })
    @Operation(summary = "Followed rulings across plans", description = "Issued rulings to resolve or escalate, earliest due first "
            + "(no due date last). The office and the chair see all; unit staff the rulings their unit leads or coordinates. "
            + "overdue=true: open or in progress and past the due date in working days. Paged by cursor; the first page counts them all.")
    public Page<FollowUpView> list(@BeanParam FollowUpFilterParams filter,
            @QueryParam("sort") @Parameter(description = "dueDate (default; no due date last), issuedAt, or either with - in front for the "
                    + "other way; anything else is a 400") String sort,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return search.list(filter.filter(), sort, after, size);
    }

    @GET
    @Path("/export.csv")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, PartnerScope.RULINGS_READ_ID })
    @Produces(Exports.CSV_TYPE)
    @Operation(summary = "The followed rulings as CSV", description = "Every ruling the list shows with the same filters, in its "
            + "order, streamed (UTF-8 with a BOM, for Excel), with its standing and working days late or left as the list counts "
            + "them. Headers in the caller's language. A bad filter answers 400 before any byte of the file. A partner system with "
            + "rulings:read exports what its body's office would.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = Exports.CSV_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportCsv(@BeanParam FollowUpFilterParams filter, @Context HttpHeaders headers) {
        return exports.export(filter.filter(), Exports.Format.CSV, messages.localeOf(headers));
    }

    @GET
    @Path("/export.xlsx")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, PartnerScope.RULINGS_READ_ID })
    @Produces(Exports.XLSX_TYPE)
    @Operation(summary = "The followed rulings as an Excel workbook", description = "As export.csv, as one sheet.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = Exports.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@BeanParam FollowUpFilterParams filter, @Context HttpHeaders headers) {
        return exports.export(filter.filter(), Exports.Format.XLSX, messages.localeOf(headers));
    }
}
