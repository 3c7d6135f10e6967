package vn.doithoai.inbox.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.paging.Page;

/** One page of the caller's notifications, newest first, as every page is ({@link Page}), with how many are unread in all. */
@Schema(name = "NotificationPage")
public record NotificationPage(
        @Schema(required = true) List<NotificationView> items,
        @Schema(required = true, nullable = true, description = "Opaque; send as after= for the next page, null on the last") String nextCursor,
        @Schema(required = true, nullable = true, description = "Number of notifications over all pages") Long totalItems,
        @Schema(required = true, description = "Unread notifications of the caller, over all pages") long unread) {

    public static NotificationPage of(Page<NotificationView> page, long unread) {
        return new NotificationPage(page.items(), page.nextCursor(), page.totalItems(), unread);
    }
}
