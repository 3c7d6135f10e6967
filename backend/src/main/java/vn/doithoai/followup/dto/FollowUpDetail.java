package vn.doithoai.followup.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A followed ruling, the caller's part in it and its reports, oldest first. The ETag is the ruling's. */
@Schema(name = "FollowUpDetail")
public record FollowUpDetail(@Schema(required = true) FollowUpView followUp, @Schema(required = true) FollowUpPart yourPart,
        @Schema(required = true) List<ProgressReportView> reports) {
}
