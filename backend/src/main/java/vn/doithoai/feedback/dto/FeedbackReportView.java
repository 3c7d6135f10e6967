package vn.doithoai.feedback.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackChannel;
import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.orgunit.dto.OrgUnitRef;

/** An organisation's report; with its items when read alone (a ward officer sees their ward's only), without in lists. */
@Schema(name = "FeedbackReport")
public record FeedbackReportView(
        @Schema(required = true) long id,
        @Schema(required = true) long planId,
        @Schema(required = true) String organisation,
        @Schema(required = true, nullable = true) OrgUnitRef organisationUnit,
        @Schema(required = true, nullable = true) String reference,
        @Schema(required = true, nullable = true) LocalDate reportDate,
        @Schema(required = true) LocalDate receivedOn,
        @Schema(required = true) FeedbackChannel channel,
        @Schema(required = true, nullable = true, description = "The imported file's name; null for a report entered as a form")
        String sourceFileName,
        @Schema(required = true, description = "All items of the report") int itemCount,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, nullable = true, description = "In the order entered; null in lists") List<Item> items) {

    @Schema(name = "FeedbackReportItem")
    public record Item(
            @Schema(required = true) long id,
            @Schema(required = true) String trackingCode,
            @Schema(required = true) FeedbackKind kind,
            @Schema(required = true) String title,
            @Schema(required = true, nullable = true) OrgUnitRef ward,
            @Schema(required = true) FeedbackStatus status) {
    }
}
