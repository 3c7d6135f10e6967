package vn.doithoai.feedback;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.feedback.dto.FeedbackImportPreview;
import vn.doithoai.feedback.dto.FeedbackReportView;
import vn.doithoai.privacy.consent.ConsentChannel;
import vn.doithoai.privacy.consent.ConsentPurpose;
import vn.doithoai.privacy.consent.dto.ConsentInput;

/** An organisation's report imported from a spreadsheet (CSV or XLSX), and the empty sheet to fill in. */
@Path("/api/v1/plans/{planId}/feedback-imports")
@Tag(name = "Feedback", description = "Opinions, petitions and reports: intake, classification, assignment, search, tracking")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
public class FeedbackImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FeedbackReports reports;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import an organisation's report from a spreadsheet", description = "The file is the body: XLSX or CSV "
            + "(UTF-8, BOM optional, comma or semicolon), judged by its content, at most 2 MB and 1000 rows. Columns by their "
            + "header, in any order, any case, with or without diacritics: Loại (ý kiến, kiến nghị, phản ánh), Tiêu đề, Nội dung, "
            + "Phường/xã (code or name), and optionally Thôn/tổ dân phố, Người phản ánh, Số điện thoại; English headers (Kind, "
            + "Title, Content, Ward, Village, Submitter, Phone) too. All or nothing: any bad row answers 422 naming every bad row "
            + "as rows[n].Column (n as the spreadsheet numbers it, the header being row 1) and nothing is stored. With "
            + "dryRun=true the rows are read and checked and the preview answered (200), nothing stored; otherwise one report "
            + "with all rows is stored (201). A file that is neither XLSX nor CSV answers 415. Rows naming someone (Người phản ánh "
            + "or Số điện thoại) hold their data: the file comes with the consent the organisation collected from its senders, "
            + "for every such row, as consentNoticeVersion, consentPurposes (repeated; HANDLE_MATTER at least, CONTACT_ME when "
            + "they may be contacted) and consentChannel (how it was given, usually ORGANISATION_REPORT or PAPER_FORM). "
            + "Without it such a file answers 400 (consent.required), the dry run too, and nothing is stored; the consent's "
            + "errors are named consent.noticeVersion, consent.purposes and consent.channel, as in the report's form.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored as one report with all its rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackReportView.class)))
    @APIResponse(responseCode = "200", description = "dryRun=true: what would be stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackImportPreview.class)))
    @APIResponse(responseCode = "415", description = "Neither an XLSX workbook nor UTF-8 CSV text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A required column missing, too many rows, or bad rows (each named); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importFile(@PathParam("planId") long planId,
            @QueryParam("organisation") @Parameter(required = true, description = "The report's sender as it names itself") String organisation,
            @QueryParam("organisationUnitCode") @Parameter(description = "The sender's code when it is one of our org units") String organisationUnitCode,
            @QueryParam("reference") @Parameter(description = "The report's number and symbol, e.g. 12/BC-MTTQ") String reference,
            @QueryParam("reportDate") @Parameter(description = "YYYY-MM-DD") String reportDate,
            @QueryParam("receivedOn") @Parameter(description = "YYYY-MM-DD; today when left out") String receivedOn,
            @QueryParam("channel") @Parameter(description = "ORGANISATION_REPORT when left out") FeedbackChannel channel,
            @QueryParam("fileName") @Parameter(description = "The file's name as the user sees it") String fileName,
            @QueryParam("dryRun") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String dryRun,
            @QueryParam("consentNoticeVersion") @Parameter(description = "The version of the privacy notice the senders consented "
                    + "under") Integer consentNoticeVersion,
            @QueryParam("consentPurposes") @Parameter(description = "The purposes the senders agreed to, repeated: HANDLE_MATTER "
                    + "at least; CONTACT_ME when they may be contacted; those left out are recorded as refused") List<ConsentPurpose> consentPurposes,
            @QueryParam("consentChannel") @Parameter(description = "How the senders gave their consent: ORGANISATION_REPORT, "
                    + "PAPER_FORM, IN_PERSON or PHONE") ConsentChannel consentChannel,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A unique key per import, e.g. a UUID") String key,
            byte[] content) {
        boolean preview = dryRun(dryRun);
        var header = FeedbackReports.importHeader(organisation, organisationUnitCode, reference, reportDate, receivedOn, channel, fileName,
                consent(consentNoticeVersion, consentPurposes, consentChannel));
        if (preview) {
            return Response.ok(reports.preview(planId, header, content)).build();
        }
        return FeedbackReportResource.created(planId, reports.importFile(planId, header, content, key)).toResponse();
    }

    @GET
    @Path("/template")
    @Produces({ XLSX, "text/csv" })
    @Operation(summary = "The empty sheet to fill in", description = "The headers the import reads and one example row (delete it "
            + "before importing). CSV is UTF-8 with a BOM, for Excel.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Response template(@PathParam("planId") long planId,
            @QueryParam("format") @Parameter(schema = @Schema(enumeration = { "xlsx", "csv" }, defaultValue = "xlsx")) String format) {
        boolean csv = "csv".equalsIgnoreCase(format == null ? "" : format.strip());
        if (!csv && format != null && !format.isBlank() && !"xlsx".equalsIgnoreCase(format.strip())) {
            throw InvalidInputException.of("format", "feedback-import.format-unknown", format);
        }
        byte[] file = reports.template(planId, csv ? FeedbackImports.Format.CSV : FeedbackImports.Format.XLSX);
        return Response.ok(file).header("Content-Type", csv ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", FileStore.attachment(csv ? "mau-nhap-y-kien.csv" : "mau-nhap-y-kien.xlsx"))
                .header("Cache-Control", "no-store").build();
    }

    /** The file's consent from its three parameters; none when none is given. */
    private static ConsentInput consent(Integer noticeVersion, List<ConsentPurpose> purposes, ConsentChannel channel) {
        boolean none = noticeVersion == null && (purposes == null || purposes.isEmpty()) && channel == null;
        if (none) {
            return null;
        }
        if (noticeVersion == null) {
            throw InvalidInputException.of("consent.noticeVersion", "consent.notice-version-required");
        }
        return new ConsentInput(noticeVersion, purposes == null ? List.of() : List.copyOf(purposes), channel);
    }

    private static boolean dryRun(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (raw.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidInputException.of("dryRun", "validation.wrong-type");
    }
}
