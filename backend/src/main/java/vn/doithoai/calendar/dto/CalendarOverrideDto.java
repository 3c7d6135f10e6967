package vn.doithoai.calendar.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.calendar.CalendarOverride;
import vn.doithoai.calendar.Holiday;
import vn.doithoai.calendar.OverrideKind;

@Schema(name = "CalendarOverride", description = "A day of the year's official schedule, as recorded; it overrides the computed calendar for that day")
public record CalendarOverrideDto(
        @Schema(required = true) LocalDate day,
        @Schema(required = true) OverrideKind kind,
        @Schema(required = true, description = "Vietnamese name") String name,
        @Schema(required = true, nullable = true, description = "English name, if recorded") String nameEn,
        @Schema(required = true, nullable = true, description = "The computed holiday this day would otherwise be, if any") String computedName,
        @Schema(required = true, description = "Version of the record; the ETag carries the same value") long version) {

    public static CalendarOverrideDto of(CalendarOverride override, Holiday computed) {
        return new CalendarOverrideDto(override.day(), override.kind(), override.name(), override.nameEn(),
                computed == null ? null : computed.name(), override.version());
    }
}
