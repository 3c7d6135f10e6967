package vn.doithoai.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days off that follow from the law alone, for one year (the defaults the admin's recorded schedule
 * overrides): the public holidays of the Labour Code 2019, art. 112, and a compensatory day (nghỉ bù) for each
 * of them that falls on the weekly rest day (art. 111(3)).
 */
final class PublicHolidays {

    /** The day the computed default adds to Quốc khánh 2/9; the government picks 1/9 or 3/9 each year. */
    static final MonthDay NATIONAL_DAY_ADJACENT = MonthDay.of(9, 1);

    /** One statutory day off, and the occasion its compensatory day is named after. */
    private record Statutory(LocalDate date, String name, String nameEn, String occasion, String occasionEn) {
    }

    private PublicHolidays() {
    }

    /** Public servants rest on Saturday and Sunday (Quyết định 188/1999/QĐ-TTg); so do the compensatory-day rules. */
    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The computed days off of {@code year}, by date. */
    static List<Holiday> of(int year) {
        List<Statutory> statutory = statutory(year);
        Map<LocalDate, Holiday> days = new TreeMap<>();
        for (Statutory day : statutory) {
            // Two holidays on one day are one day off (the Code gives no extra day for that), named for both.
            days.merge(day.date(), new Holiday(day.date(), day.name(), day.nameEn(), HolidaySource.COMPUTED),
                    (a, b) -> new Holiday(a.date(), a.name() + "; " + b.name(), a.nameEn() + "; " + b.nameEn(), HolidaySource.COMPUTED));
        }
        // In date order, each holiday on a weekend is made up on the next day that is neither a weekend nor
        // already off: Tết over a Saturday and a Sunday gives two compensatory days after the last day of Tết.
        LocalDate previous = null;
        for (Statutory day : statutory) {
            if (!isWeekend(day.date()) || day.date().equals(previous)) {
                continue;
            }
            previous = day.date();
            LocalDate makeUp = day.date().plusDays(1);
            while (isWeekend(makeUp) || days.containsKey(makeUp)) {
                makeUp = makeUp.plusDays(1);
            }
            days.put(makeUp, new Holiday(makeUp, "Nghỉ bù " + day.occasion(), "Compensatory day off for " + day.occasionEn(),
                    HolidaySource.COMPUTED));
        }
        return List.copyOf(days.values());
    }

    private static List<Statutory> statutory(int year) {
        List<Statutory> days = new ArrayList<>();
        days.add(new Statutory(LocalDate.of(year, 1, 1), "Tết Dương lịch", "New Year's Day", "Tết Dương lịch", "New Year's Day"));

        // Tết Nguyên Đán, 5 days: the last day of the old lunar year (29 or 30 tháng Chạp) and mùng 1 to mùng 4.
        String tet = "Tết Nguyên Đán";
        String tetEn = "Lunar New Year";
        LocalDate newYear = LunarCalendar.newYear(year);
        LocalDate eve = newYear.minusDays(1);
        days.add(new Statutory(eve, tet + " (" + LunarCalendar.fromSolar(eve).day() + " tháng Chạp)",
                tetEn + " (last day of the old year)", tet, tetEn));
        for (int day = 1; day <= 4; day++) {
            days.add(new Statutory(newYear.plusDays(day - 1L), tet + " (mùng " + day + " tháng Giêng)",
                    tetEn + " (day " + day + ")", tet, tetEn));
        }

        // Giỗ Tổ Hùng Vương, 10/3 âm lịch: of the ordinary third month when the year repeats it.
        days.add(new Statutory(LunarCalendar.toSolar(year, 3, 10, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                "Hung Kings' Commemoration Day", "Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"));

        days.add(new Statutory(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)", "Reunification Day (30 April)",
                "Ngày Chiến thắng", "Reunification Day"));
        days.add(new Statutory(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)", "International Labour Day (1 May)",
                "Ngày Quốc tế Lao động", "International Labour Day"));

        // Quốc khánh: 2/9 and the day before or after it. The computed default is 1/9; the year's official
        // schedule, when it picks 3/9, is recorded by the admin (1/9 worked, 3/9 off).
        days.add(new Statutory(NATIONAL_DAY_ADJACENT.atYear(year), "Quốc khánh (ngày liền kề)", "National Day (adjacent day)",
                "Quốc khánh", "National Day"));
        days.add(new Statutory(LocalDate.of(year, 9, 2), "Quốc khánh (2/9)", "National Day (2 September)",
                "Quốc khánh", "National Day"));

        days.sort((a, b) -> a.date().compareTo(b.date()));
        return days;
    }
}
