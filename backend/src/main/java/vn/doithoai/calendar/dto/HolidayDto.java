package vn.doithoai.calendar.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.calendar.Holiday;
import vn.doithoai.calendar.HolidaySource;

@Schema(name = "Holiday", description = "A day off (ngày nghỉ lễ, tết, nghỉ bù) other than the weekly rest days")
public record HolidayDto(
        @Schema(required = true) LocalDate date,
        @Schema(required = true, description = "Vietnamese name, e.g. \"Nghỉ bù Giỗ Tổ Hùng Vương\"") String name,
        @Schema(required = true, description = "English name; the Vietnamese one when the admin recorded none") String nameEn,
        @Schema(required = true, description = "COMPUTED from the Labour Code and the lunar calendar, or RECORDED by the admin from the official schedule") HolidaySource source) {

    public static HolidayDto of(Holiday holiday) {
        return new HolidayDto(holiday.date(), holiday.name(), holiday.nameEn(), holiday.source());
    }
}
