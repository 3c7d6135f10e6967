package vn.doithoai.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.statistics.StatisticsParams;

/** Reports upward: the report of the dialogues' results for a period, as the paper to sign and as its figures' tables. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Reports upward (báo cáo kết quả đối thoại): official papers and their figures")
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
public class ReportResource {

    private static final String PDF = "application/pdf";
    private static final String NUMBER = "Số, ký hiệu to print (\"15-BC/ĐU\"); none: left as dots for the office to write in";
    private static final String DESCRIPTION = "Issued by the caller's body, in Vietnamese: I. the dialogues held in the period "
            + "(day, plan, place, chair, registered and present), II. results (feedback by focus area, status, kind and channel; "
            + "answers approved and how fast; rulings by type, status and follow-up; on time; overdue today by unit), III. an "
            + "assessment made from the figures with room for the office's own, IV. proposals. The figures are those of "
            + "/api/v1/statistics for the same body and period. A bad body or period: 400, each field named.";

    @Inject
    DialogueResults reports;

    @GET
    @Path("/dialogue-results.docx")
    @Produces(DocxWriter.MEDIA_TYPE)
    @Operation(summary = "The report of the dialogues' results as a Word document", description = DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DocxWriter.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> docx(@BeanParam StatisticsParams period,
            @QueryParam("number") @Parameter(description = NUMBER) String number) {
        DialogueResults.Request r = reports.request(period, number);
        return file(reports.docx(r), DocxWriter.MEDIA_TYPE, DialogueResults.fileName(r, "docx"));
    }

    @GET
    @Path("/dialogue-results.pdf")
    @Produces(PDF)
    @Operation(summary = "The report of the dialogues' results as a PDF", description = "The same paper as the Word document.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> pdf(@BeanParam StatisticsParams period,
            @QueryParam("number") @Parameter(description = NUMBER) String number) {
        DialogueResults.Request r = reports.request(period, number);
        return file(reports.pdf(r), PDF, DialogueResults.fileName(r, "pdf"));
    }

    @GET
    @Path("/dialogue-results.xlsx")
    @Produces(DialogueResultsWorkbook.MEDIA_TYPE)
    @Operation(summary = "The report's figures as a workbook", description = "The same figures as the paper, as tables: a summary, "
            + "the dialogues held, feedback and rulings by each breakdown, overdue rulings by unit. Counts are number cells.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = DialogueResultsWorkbook.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> xlsx(@BeanParam StatisticsParams period) {
        DialogueResults.Request r = reports.request(period, null);
        return file(reports.xlsx(r), DialogueResultsWorkbook.MEDIA_TYPE, DialogueResults.fileName(r, "xlsx"));
    }

    /** Made from the figures of the moment, so never kept by a cache. */
    private static RestResponse<byte[]> file(byte[] content, String type, String name) {
        return RestResponse.ResponseBuilder.ok(content).header("Content-Type", type)
                .header("Content-Disposition", FileStore.attachment(name)).header("Cache-Control", "no-store").build();
    }
}
