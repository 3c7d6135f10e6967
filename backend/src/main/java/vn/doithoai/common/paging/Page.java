package vn.doithoai.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total count. */
public record Page<T>(
        List<T> items,
        @Schema(description = "Page number, from 0") int page,
        @Schema(description = "Page size asked for (at most 100)") int size,
        @Schema(description = "Number of items over all pages") long totalItems,
        int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
