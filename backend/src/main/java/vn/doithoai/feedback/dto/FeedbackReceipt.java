package vn.doithoai.feedback.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackStatus;

/** What the sender keeps: the tracking code to follow the item without logging in. */
@Schema(name = "FeedbackReceipt")
public record FeedbackReceipt(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Mã tra cứu, e.g. DT-2026-7K3Q9", examples = "DT-2026-7K3Q9") String trackingCode,
        @Schema(required = true) long planId,
        @Schema(required = true) String planTitle,
        @Schema(required = true) String title,
        @Schema(required = true) FeedbackStatus status,
        @Schema(required = true) OffsetDateTime receivedAt,
        @Schema(required = true, description = "Also the ETag") long version) {
}
