package vn.doithoai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days off the Labour Code gives by itself, with compensatory days, checked against past official schedules. */
class PublicHolidaysTest {

    private static Map<LocalDate, String> names(int year) {
        Map<LocalDate, String> names = new LinkedHashMap<>();
        PublicHolidays.of(year).forEach(h -> names.put(h.date(), h.name()));
        return names;
    }

    @Test
    void holidaysOf2024() {
        Map<LocalDate, String> expected = new LinkedHashMap<>();
        expected.put(LocalDate.of(2024, 1, 1), "Tết Dương lịch");
        expected.put(LocalDate.of(2024, 2, 9), "Tết Nguyên Đán (30 tháng Chạp)");
        expected.put(LocalDate.of(2024, 2, 10), "Tết Nguyên Đán (mùng 1 tháng Giêng)");
        expected.put(LocalDate.of(2024, 2, 11), "Tết Nguyên Đán (mùng 2 tháng Giêng)");
        expected.put(LocalDate.of(2024, 2, 12), "Tết Nguyên Đán (mùng 3 tháng Giêng)");
        expected.put(LocalDate.of(2024, 2, 13), "Tết Nguyên Đán (mùng 4 tháng Giêng)");
        // Mùng 1 and mùng 2 fell on Saturday and Sunday: two days made up after mùng 4.
        expected.put(LocalDate.of(2024, 2, 14), "Nghỉ bù Tết Nguyên Đán");
        expected.put(LocalDate.of(2024, 2, 15), "Nghỉ bù Tết Nguyên Đán");
        expected.put(LocalDate.of(2024, 4, 18), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
        expected.put(LocalDate.of(2024, 4, 30), "Ngày Chiến thắng (30/4)");
        expected.put(LocalDate.of(2024, 5, 1), "Ngày Quốc tế Lao động (1/5)");
        expected.put(LocalDate.of(2024, 9, 1), "Quốc khánh (ngày liền kề)");
        expected.put(LocalDate.of(2024, 9, 2), "Quốc khánh (2/9)");
        // 1/9 was a Sunday: made up on Tuesday 3/9, as the official schedule had it (31/8–3/9).
        expected.put(LocalDate.of(2024, 9, 3), "Nghỉ bù Quốc khánh");
        assertEquals(expected, names(2024));
        assertTrue(PublicHolidays.of(2024).stream().allMatch(h -> h.source() == HolidaySource.COMPUTED));
    }

    /** Years whose official schedule had exactly the computed days around these holidays. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // 30/4 on Saturday, 1/5 on Sunday: off 30/4–3/5/2022.
            "2022-05-02|Nghỉ bù Ngày Chiến thắng",
            "2022-05-03|Nghỉ bù Ngày Quốc tế Lao động",
            // 1/1/2022 on Saturday: off 1/1–3/1/2022.
            "2022-01-03|Nghỉ bù Tết Dương lịch",
            // Giỗ Tổ on Sunday 10/4/2022: made up on Monday 11/4.
            "2022-04-11|Nghỉ bù Giỗ Tổ Hùng Vương",
            // Giỗ Tổ on Saturday 29/4/2023, 30/4 on Sunday: off 29/4–3/5/2023.
            "2023-05-02|Nghỉ bù Giỗ Tổ Hùng Vương",
            "2023-05-03|Nghỉ bù Ngày Chiến thắng",
            // 2/9/2023 on Saturday: off 1/9–4/9/2023.
            "2023-09-04|Nghỉ bù Quốc khánh",
            // Giỗ Tổ on Sunday 26/4/2026.
            "2026-04-27|Nghỉ bù Giỗ Tổ Hùng Vương" })
    void compensatoryDays(LocalDate day, String name) {
        assertEquals(name, names(day.getYear()).get(day));
        Holiday holiday = PublicHolidays.of(day.getYear()).stream().filter(h -> h.date().equals(day)).findFirst().orElseThrow();
        assertTrue(holiday.nameEn().startsWith("Compensatory day off for "), holiday.nameEn());
    }

    @Test
    void everyYearHasElevenStatutoryDaysAndOneMadeUpForEachOnAWeekend() {
        for (int year = 1990; year <= 2100; year++) {
            List<Holiday> days = PublicHolidays.of(year);
            List<Holiday> statutory = days.stream().filter(h -> !h.name().startsWith("Nghỉ bù")).toList();
            List<Holiday> madeUp = days.stream().filter(h -> h.name().startsWith("Nghỉ bù")).toList();
            assertEquals(11, statutory.size(), year + ": " + statutory);
            assertEquals(statutory.stream().filter(h -> PublicHolidays.isWeekend(h.date())).count(), madeUp.size(), year + ": " + days);
            madeUp.forEach(h -> assertFalse(PublicHolidays.isWeekend(h.date()), h::toString));
            assertEquals(days.stream().map(Holiday::date).sorted().toList(), days.stream().map(Holiday::date).toList(), "date order");
            int y = year;
            assertTrue(days.stream().allMatch(h -> h.date().getYear() == y), "made-up days stay in their year");
            assertTrue(days.stream().anyMatch(h -> h.date().equals(LocalDate.of(y, 9, 1))), "1/9 is the default day next to 2/9");
        }
    }
}
