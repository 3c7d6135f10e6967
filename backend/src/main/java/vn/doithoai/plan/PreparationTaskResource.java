package vn.doithoai.plan;

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
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.plan.dto.PreparationTaskListItem;

/** Preparation tasks across plans, for those who read plans: the office follows what falls due, the chair what is late. */
@Path("/api/v1/preparation-tasks")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID })
public class PreparationTaskResource {

    @Inject
    PreparationTaskSearch search;

    @Inject
    PreparationTaskExports exports;

    @Inject
    Messages messages;

    @GET
    @Operation(summary = "List preparation tasks across plans", description = "The tasks of the plans the caller reads, from the plan's "
            + "submission until it is concluded; earliest due first (no due date last). dueWithinDays: not done and due from today "
            + "to that many days ahead. overdue=true: not done and due before today.")
    public Page<PreparationTaskListItem> list(@BeanParam PreparationTaskFilterParams filter,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        PageRequest request = PageRequest.parse(after, size);
        return search.list(filter.filter(), request);
    }

    @GET
    @Path("/export.csv")
    @Produces(Exports.CSV_TYPE)
    @Operation(summary = "The preparation tasks as CSV", description = "Every task the list shows with the same filters, in its order, "
            + "streamed (UTF-8 with a BOM, for Excel); headers in the caller's language. A bad filter answers 400 before any byte.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = Exports.CSV_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportCsv(@BeanParam PreparationTaskFilterParams filter, @Context HttpHeaders headers) {
        return exports.export(filter.filter(), Exports.Format.CSV, messages.localeOf(headers));
    }

    @GET
    @Path("/export.xlsx")
    @Produces(Exports.XLSX_TYPE)
    @Operation(summary = "The preparation tasks as an Excel workbook", description = "As export.csv, as one sheet.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = Exports.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportXlsx(@BeanParam PreparationTaskFilterParams filter, @Context HttpHeaders headers) {
        return exports.export(filter.filter(), Exports.Format.XLSX, messages.localeOf(headers));
    }

}
