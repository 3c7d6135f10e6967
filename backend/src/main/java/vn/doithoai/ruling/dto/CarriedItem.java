package vn.doithoai.ruling.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The item a ruling was carried over as. */
@Schema(name = "CarriedItem")
public record CarriedItem(@Schema(required = true) long rulingId, @Schema(required = true) long feedbackId,
        @Schema(required = true) String trackingCode, @Schema(required = true) String title) {
}
