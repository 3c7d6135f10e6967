package vn.doithoai.feedback.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a feedback list, as every page is ({@link vn.doithoai.common.paging.Page}), with whether its count stopped at
 * the cap. The total is counted on the first page only, and only up to a cap: counting a million rows on every page is
 * what makes large lists slow.
 */
@Schema(name = "FeedbackPage")
public record FeedbackPage(
        @Schema(required = true) List<FeedbackView> items,
        @Schema(required = true, nullable = true, description = "Opaque; send as after= (with the same filters) for the next page, "
                + "null on the last") String nextCursor,
        @Schema(required = true, nullable = true, description = "How many items the list holds over all pages: on the first page only, "
                + "when no words are searched and not on a change feed (null otherwise); at most the cap, see totalCapped") Long totalItems,
        @Schema(required = true, description = "true: the list holds more than totalItems items (counting stopped at the cap)") boolean totalCapped) {

    public FeedbackPage(List<FeedbackView> items, String nextCursor) {
        this(items, nextCursor, null, false);
    }
}
