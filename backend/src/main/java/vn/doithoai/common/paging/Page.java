package vn.doithoai.common.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total count. */
public record Page<T>(
        @Schema(required = true) List<T> items,
        @Schema(required = true, description = "Page number, from 0") int page,
        @Schema(required = true, description = "Page size asked for (at most 100)") int size,
        @Schema(required = true, description = "Number of items over all pages") long totalItems,
        @Schema(required = true) int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(items, request.page(), request.size(), totalItems, totalPages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
