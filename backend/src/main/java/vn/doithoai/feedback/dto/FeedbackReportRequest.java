package vn.doithoai.feedback.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.feedback.FeedbackChannel;
import vn.doithoai.privacy.consent.dto.ConsentInput;

/** An organisation's report with its items, entered as one form (báo cáo tổng hợp ý kiến). */
@Schema(name = "FeedbackReportRequest")
public record FeedbackReportRequest(
        @Schema(description = "As the report names its sender", examples = "Ủy ban MTTQ Việt Nam thị xã Ba Đồn")
        @NotBlank @Size(max = 255) String organisation,
        @Schema(nullable = true, description = "Code of the sender when it is one of our org units") @Size(max = 50) String organisationUnitCode,
        @Schema(nullable = true, description = "The report's own number and symbol", examples = "12/BC-MTTQ") @Size(max = 100) String reference,
        @Schema(nullable = true) @SupportedDate LocalDate reportDate,
        @Schema(nullable = true, description = "Today when left out") @SupportedDate LocalDate receivedOn,
        @Schema(nullable = true, description = "Of every item; ORGANISATION_REPORT when left out. Ward officers may also use "
                + "WARD_COLLECTED, the office any channel") FeedbackChannel channel,
        @Schema(description = "1 to 300 rows") @NotNull @Size(min = 1, max = 300) List<@NotNull @Valid FeedbackReportRow> items,
        @Schema(nullable = true, description = "The consent the organisation collected from the senders of the rows that name someone, "
                + "under the privacy notice; usually with the channel ORGANISATION_REPORT or PAPER_FORM. Required when any row "
                + "names someone (submitterName or submitterPhone): without it the report is refused (400, consent.required) and "
                + "nothing is written.") @Valid ConsentInput consent) {
}
