package vn.doithoai.calendar.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.calendar.CalendarOverride;
import vn.doithoai.calendar.Holiday;
import vn.doithoai.calendar.OverrideKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;

@Schema(name = "CalendarOverride", description = "A day of the year's official schedule, as recorded; it overrides the calendar beneath it "
        + "for that day: the computed one for the national schedule, the national one (and the province's) for a body's own days")
public record CalendarOverrideDto(
        @Schema(required = true) LocalDate day,
        @Schema(required = true, nullable = true, description = "The body whose own day it is (it counts for its plans and those of the "
                + "bodies below it); null for the national schedule") OrgUnitRef body,
        @Schema(required = true) OverrideKind kind,
        @Schema(required = true, description = "Vietnamese name") String name,
        @Schema(required = true, nullable = true, description = "English name, if recorded") String nameEn,
        @Schema(required = true, nullable = true, description = "The day off this day would otherwise be, if any: the computed holiday, "
                + "or for a body's day the national (or province's) one") String computedName,
        @Schema(required = true, description = "Version of the record; the ETag carries the same value") long version) {

    public static CalendarOverrideDto of(CalendarOverride override, OrgUnitRef body, Holiday computed) {
        return new CalendarOverrideDto(override.day(), body, override.kind(), override.name(), override.nameEn(),
                computed == null ? null : computed.name(), override.version());
    }
}
