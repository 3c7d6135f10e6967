package vn.doithoai.statistics.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bar of a chart: what is counted (a status, a ward's code, a focus area's title) and how many. */
@Schema(name = "StatisticsCount")
public record Count(
        @Schema(required = true, nullable = true, description = "A status or kind, a unit's code, a focus area's title; null: none set") String key,
        @Schema(required = true, nullable = true, description = "A unit's or focus area's name; null where the key is an enum value") String label,
        @Schema(required = true) long count) {
}
