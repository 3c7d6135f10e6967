package vn.doithoai.feedback.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackPriority;

/**
 * One action of the office on many items of a plan at once, all or nothing. The fields the action needs are those of
 * its single-item request: CLASSIFY focusAreaId and priority, ASSIGN unitCode (and coordinatingUnitCodes), REJECT reason.
 */
@Schema(name = "FeedbackBulkAction")
public record BulkActionRequest(
        @Schema(required = true) @NotNull Action action,
        @Schema(required = true, description = "Each item with the version the office read (its ETag): a stale one fails the whole request")
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid ItemVersion> items,
        @Schema(description = "CLASSIFY: a focus area of the plan") Long focusAreaId,
        @Schema(description = "CLASSIFY") FeedbackPriority priority,
        @Schema(description = "ASSIGN: the lead unit") @Size(max = 50) String unitCode,
        @Schema(description = "ASSIGN: units working with the lead unit") @Size(max = 20) List<@NotNull @Size(max = 50) String> coordinatingUnitCodes,
        @Schema(description = "REJECT: shown to each sender") @Size(max = 2000) String reason) {

    public enum Action {
        CLASSIFY, ASSIGN, REJECT
    }

    @Schema(name = "FeedbackItemVersion")
    public record ItemVersion(@Schema(required = true) @NotNull Long id, @Schema(required = true) @NotNull Long version) {
    }
}
