package vn.doithoai.inbox.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.paging.Page;

/** One page of the caller's notifications, newest first, as every page is, with how many are unread in all. */
@Schema(name = "NotificationPage")
public record NotificationPage(
        @Schema(required = true) List<NotificationView> items,
        @Schema(required = true, description = "Page number, from 0") int page,
        @Schema(required = true, description = "Page size asked for (at most 100)") int size,
        @Schema(required = true, description = "Number of notifications over all pages") long totalItems,
        @Schema(required = true) int totalPages,
        @Schema(required = true, description = "Unread notifications of the caller, over all pages") long unread) {

    public static NotificationPage of(Page<NotificationView> page, long unread) {
        return new NotificationPage(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(), unread);
    }
}
