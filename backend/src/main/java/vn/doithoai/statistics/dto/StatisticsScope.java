package vn.doithoai.statistics.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the figures were counted over: the bodies, the period (dates in Vietnam, both included) and the plan if one. */
@Schema(name = "StatisticsScope")
public record StatisticsScope(
        @Schema(required = true, description = "The bodies counted") List<BodyRef> bodies,
        @Schema(required = true, description = "Every body the caller may choose with body=") List<BodyRef> choices,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, nullable = true) Long planId) {

    @Schema(name = "StatisticsBody")
    public record BodyRef(@Schema(required = true) String code, @Schema(required = true) String name) {
    }
}
