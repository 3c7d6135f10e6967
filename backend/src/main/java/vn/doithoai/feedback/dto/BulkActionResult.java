package vn.doithoai.feedback.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every item of a bulk action as it is now, in the order of the request. */
@Schema(name = "FeedbackBulkResult")
public record BulkActionResult(@Schema(required = true) List<FeedbackView> items) {
}
