package vn.doithoai.feedback.dto;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Items to merge into, or take out of, a primary item's group. */
@Schema(name = "FeedbackMergeRequest")
public record MergeRequest(
        @Schema(required = true, description = "Ids of items of the same plan") @NotEmpty @Size(max = 200) List<@NotNull Long> items) {
}
