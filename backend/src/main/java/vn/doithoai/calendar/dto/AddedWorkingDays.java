package vn.doithoai.calendar.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AddedWorkingDays", description = "A date moved by a number of working days")
public record AddedWorkingDays(
        @Schema(required = true, description = "The date counted from") LocalDate date,
        @Schema(required = true, description = "Working days added; negative counts backwards") int days,
        @Schema(required = true, description = "The days-th working day after date (before it when days is negative); date itself when days is 0") LocalDate result) {
}
