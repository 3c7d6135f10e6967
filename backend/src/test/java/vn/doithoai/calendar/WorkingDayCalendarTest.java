package vn.doithoai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

/** Working-day arithmetic as the plan deadlines use it, on the computed calendar (nothing is recorded for these years). */
@QuarkusTest
class WorkingDayCalendarTest {

    @Inject
    WorkingDayCalendar calendar;

    @Test
    void theSeedPlansDeadlinesForItsSessionOnFriday25November2022() {
        LocalDate session = LocalDate.of(2022, 11, 25);
        // Invitations delivered at least 3 working days before the session.
        assertEquals(LocalDate.of(2022, 11, 22), calendar.national().addWorkingDays(session, -3));
        // Conclusion notice at most 10 working days after it.
        assertEquals(LocalDate.of(2022, 12, 9), calendar.national().addWorkingDays(session, 10));
    }

    @ParameterizedTest(name = "{0} {1} working days = {2}")
    @CsvSource({
            // Tết 2023: 21/1 (30 Chạp, Sat) to 25/1 (mùng 4), two days made up on 26–27/1.
            "2023-01-19, 1, 2023-01-20", "2023-01-19, 2, 2023-01-30", "2023-01-30, -2, 2023-01-19",
            "2023-01-20, 1, 2023-01-30",
            // Tết 2024: 9/2 (30 Chạp, Fri) to 13/2 (mùng 4), two days made up on 14–15/2.
            "2024-02-08, 1, 2024-02-16", "2024-02-16, -1, 2024-02-08", "2024-02-07, 3, 2024-02-19",
            // 30/4 and 1/5 on a weekend in 2022: made up on 2/5 and 3/5.
            "2022-04-29, 1, 2022-05-04", "2022-05-04, -1, 2022-04-29",
            // 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday; made up on 2/5 and 3/5.
            "2023-04-28, 1, 2023-05-04", "2023-04-27, 2, 2023-05-04",
            // 2024: 30/4 and 1/5 on Tuesday and Wednesday.
            "2024-04-29, 1, 2024-05-02", "2024-05-02, -1, 2024-04-29",
            // Quốc khánh 2024: 2/9 on Monday, 1/9 on Sunday made up on Tuesday 3/9.
            "2024-08-30, 1, 2024-09-04",
            // Across a year end and its New Year's Day (1/1/2022 on Saturday, made up on Monday 3/1).
            "2021-12-31, 1, 2022-01-04",
            // Zero is the day itself, even a day off.
            "2024-02-10, 0, 2024-02-10", "2022-11-25, 0, 2022-11-25" })
    void countsWorkingDays(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, calendar.national().addWorkingDays(from, days));
    }

    @Test
    void weekdaysAreWorkingDaysUnlessOff() {
        assertTrue(calendar.national().isWorkingDay(LocalDate.of(2024, 2, 16)));
        assertFalse(calendar.national().isWorkingDay(LocalDate.of(2024, 2, 17)), "Saturday");
        assertFalse(calendar.national().isWorkingDay(LocalDate.of(2024, 2, 18)), "Sunday");
        assertFalse(calendar.national().isWorkingDay(LocalDate.of(2024, 2, 12)), "mùng 3 Tết");
        assertFalse(calendar.national().isWorkingDay(LocalDate.of(2024, 2, 15)), "Nghỉ bù Tết");
        assertFalse(calendar.national().isWorkingDay(LocalDate.of(2024, 4, 18)), "Giỗ Tổ Hùng Vương");
        assertTrue(calendar.national().isWorkingDay(LocalDate.of(2024, 4, 19)));
    }

    @Test
    void aLongCountAgreesWithDayByDayCounting() {
        LocalDate from = LocalDate.of(2023, 6, 15);
        LocalDate to = calendar.national().addWorkingDays(from, 3650);
        int counted = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.national().isWorkingDay(day)) {
                counted++;
            }
        }
        assertEquals(3650, counted);
        assertEquals(from, calendar.national().addWorkingDays(to, -3650));
        // About 250 working days a year: 3650 of them span about 14.6 years.
        assertTrue(to.getYear() == 2038, to::toString);
    }

    @Test
    void holidaysAreTheComputedOnesWhenNothingIsRecorded() {
        assertEquals(PublicHolidays.of(2024), calendar.national().holidays(2024));
    }

    @Test
    void aYearIsBuiltOnceAndBuiltAgainAfterAnOverrideChanges() {
        var first = calendar.national().holidays(2027);
        assertSame(first, calendar.national().holidays(2027), "cached");
        calendar.overridesChanged(new CalendarOverridesChanged(LocalDate.of(2027, 1, 1)));
        var again = calendar.national().holidays(2027);
        assertNotSame(first, again);
        assertEquals(first, again);
    }

    @Test
    void datesOutsideTheCoveredYearsAreRefused() {
        assertTrue(WorkingDayCalendar.covers(LocalDate.of(1990, 1, 1)));
        assertTrue(WorkingDayCalendar.covers(LocalDate.of(2100, 12, 31)));
        assertFalse(WorkingDayCalendar.covers(LocalDate.of(2101, 1, 1)));
        assertThrows(DateOutsideCalendarException.class, () -> calendar.national().addWorkingDays(LocalDate.of(2100, 12, 30), 5));
        assertThrows(DateOutsideCalendarException.class, () -> calendar.national().addWorkingDays(LocalDate.of(1989, 12, 31), 0));
        assertThrows(DateOutsideCalendarException.class, () -> calendar.national().isWorkingDay(LocalDate.of(1989, 12, 29)));
        assertThrows(DateOutsideCalendarException.class, () -> calendar.national().holidays(2101));
    }
}
