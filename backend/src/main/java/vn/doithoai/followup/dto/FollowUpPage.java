package vn.doithoai.followup.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of followed rulings, earliest due first; the next with {@code after=nextCursor}. No total count. */
@Schema(name = "FollowUpPage")
public record FollowUpPage(@Schema(required = true) List<FollowUpView> items,
        @Schema(required = true, nullable = true, description = "Opaque; send as after= for the next page, null on the last") String nextCursor,
        @Schema(required = true) boolean hasMore) {
}
