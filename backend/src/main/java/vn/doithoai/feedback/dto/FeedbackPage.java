package vn.doithoai.feedback.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a feedback list, newest first. No total count: counting a million rows on every page is what
 * makes large lists slow. The next page is asked for with {@code after=nextCursor}.
 */
@Schema(name = "FeedbackPage")
public record FeedbackPage(
        @Schema(required = true) List<FeedbackView> items,
        @Schema(required = true, nullable = true, description = "Opaque; send as after= for the next page, null on the last") String nextCursor,
        @Schema(required = true) boolean hasMore) {
}
