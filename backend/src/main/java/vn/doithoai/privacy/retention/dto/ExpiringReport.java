package vn.doithoai.privacy.retention.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.retention.DataKind;

/** What will reach the end of its retention period within a month, dialogue by dialogue: counts, never names. */
@Schema(name = "ExpiringPersonalData")
public record ExpiringReport(
        @Schema(required = true, description = "YYYY-MM", example = "2027-01") String month,
        @Schema(required = true, description = "Contact data's period, ISO 8601", example = "P2Y") String contactDataPeriod,
        @Schema(required = true, description = "Attachments' period, ISO 8601", example = "P5Y") String attachmentsPeriod,
        @Schema(required = true) List<Row> rows) {

    /** One dialogue's data of one kind, anonymised on or after {@code expiresOn} by the nightly job. */
    @Schema(name = "ExpiringPersonalDataRow")
    public record Row(
            @Schema(required = true) DataKind kind,
            @Schema(required = true) long planId,
            @Schema(required = true) String planTitle,
            @Schema(required = true) LocalDate closedOn,
            @Schema(required = true) LocalDate expiresOn,
            @Schema(required = true, description = "Items with a sender's contact, citizens taking part and registrations; or attachments")
            long records) {
    }
}
