package vn.doithoai.followup.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of followed rulings in the order asked; the next with {@code after=nextCursor}. The first page counts them all. */
@Schema(name = "FollowUpPage")
public record FollowUpPage(@Schema(required = true) List<FollowUpView> items,
        @Schema(required = true, nullable = true, description = "Opaque; send as after= for the next page, null on the last") String nextCursor,
        @Schema(required = true) boolean hasMore,
        @Schema(required = true, nullable = true, description = "How many rulings the list holds over all pages: on the first page only") Long total) {

    public FollowUpPage(List<FollowUpView> items, String nextCursor, boolean hasMore) {
        this(items, nextCursor, hasMore, null);
    }
}
