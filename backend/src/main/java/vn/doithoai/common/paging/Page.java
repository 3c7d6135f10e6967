package vn.doithoai.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list, as every list answers it: the items, the cursor of the next page (sent back as {@code after}), and
 * how many items the list holds when that was counted.
 */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, nullable = true, description = "Opaque; send as after= (with the same filters) for the next page, "
                + "null on the last") String nextCursor,
        @Schema(required = true, nullable = true, description = "How many items the list holds over all pages; null when not "
                + "counted: change feeds, and the big lists after their first page") Long totalItems) {

    /** A page read at the request's position among {@code totalItems}. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        boolean more = !items.isEmpty() && request.offset() + request.size() < totalItems;
        return new Page<>(items, more ? request.nextCursor() : null, totalItems);
    }

    /** The request's page of a list read whole (a small one, filtered as the caller may see it). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = Math.min(request.offset(), all.size());
        return of(all.subList(from, Math.min(from + request.size(), all.size())), request, all.size());
    }

    /**
     * A page of a change feed, from up to {@code size + 1} rows read after the cursor: one more than the page says there
     * is a next page, which starts after this page's last object.
     */
    public static <T> Page<T> changes(List<T> rows, int size, Function<T, ChangeCursor> cursorOf) {
        boolean more = rows.size() > size;
        List<T> items = more ? rows.subList(0, size) : rows;
        return new Page<>(items, more ? cursorOf.apply(items.get(items.size() - 1)).encode() : null, null);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor, totalItems);
    }
}
