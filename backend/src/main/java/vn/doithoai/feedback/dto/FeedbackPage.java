package vn.doithoai.feedback.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a feedback list. The total is counted on the first page only, and only up to a cap: counting a million
 * rows on every page is what makes large lists slow. The next page is asked for with {@code after=nextCursor}.
 */
@Schema(name = "FeedbackPage")
public record FeedbackPage(
        @Schema(required = true) List<FeedbackView> items,
        @Schema(required = true, nullable = true, description = "Opaque; send as after= for the next page, null on the last") String nextCursor,
        @Schema(required = true) boolean hasMore,
        @Schema(required = true, nullable = true, description = "How many items the list holds over all pages: on the first page only, "
                + "when no words are searched (null otherwise); at most the cap, see totalCapped") Long total,
        @Schema(required = true, description = "true: the list holds more than total items (counting stopped at the cap)") boolean totalCapped) {

    public FeedbackPage(List<FeedbackView> items, String nextCursor, boolean hasMore) {
        this(items, nextCursor, hasMore, null, false);
    }
}
