package vn.doithoai.calendar;

import java.time.LocalDate;

/**
 * A day off of the calendar (ngày nghỉ lễ, tết, nghỉ bù, or a day off the government added), named in
 * Vietnamese and English.
 *
 * @param source COMPUTED when it follows from the Labour Code and the lunar calendar, RECORDED when an admin
 *               recorded it from the year's official schedule
 */
public record Holiday(LocalDate date, String name, String nameEn, HolidaySource source) {
}
