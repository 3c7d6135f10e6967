package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Links an item to an item of an earlier dialogue, whose plan's session came before this item's plan's. */
@Schema(name = "FeedbackRaisedBeforeRequest")
public record RaisedBeforeRequest(
        @Schema(required = true) @NotNull Long earlierItemId,
        @Schema(description = "What was said or decided then") @Size(max = 1000) String note) {
}
