package vn.doithoai.followup.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.dto.AttachmentView;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.ruling.FollowUpStatus;

/** One report in a ruling's timeline. */
@Schema(name = "ProgressReport")
public record ProgressReportView(@Schema(required = true) long id,
        @Schema(description = "The unit that reported; null for the office") OrgUnitRef unit,
        @Schema(required = true) String author, String authorName, @Schema(required = true) String note,
        @Schema(description = "Null for a note that does not move the percentage") Integer percent,
        @Schema(required = true, description = "The ruling's follow-up status once recorded") FollowUpStatus statusAfter,
        @Schema(required = true) Instant createdAt, @Schema(required = true) List<AttachmentView> attachments) {
}
