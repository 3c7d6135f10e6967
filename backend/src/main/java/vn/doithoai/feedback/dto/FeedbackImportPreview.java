package vn.doithoai.feedback.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;

/** What an import would create (dryRun=true): every row read and checked, nothing stored. */
@Schema(name = "FeedbackImportPreview")
public record FeedbackImportPreview(
        @Schema(required = true, enumeration = { "CSV", "XLSX" }) String format,
        @Schema(required = true) int rowCount,
        @Schema(required = true) List<Row> rows) {

    @Schema(name = "FeedbackImportRow")
    public record Row(
            @Schema(required = true, description = "The row's number in the spreadsheet; the header is row 1") int row,
            @Schema(required = true) FeedbackKind kind,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true) OrgUnitRef ward,
            @Schema(required = true, nullable = true) OrgUnitRef village,
            @Schema(required = true, nullable = true) String submitterName,
            @Schema(required = true, nullable = true, description = "Normalised, e.g. 0912345678") String submitterPhone) {
    }
}
