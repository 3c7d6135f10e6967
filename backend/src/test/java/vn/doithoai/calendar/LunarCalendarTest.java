package vn.doithoai.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lunar calendar against published dates, and its own consistency over the supported years. */
class LunarCalendarTest {

    /**
     * Mùng 1 Tết as published in Vietnam. 2030 is 02/02, not the 03/02 of Chinese tables: the new moon is at
     * 16:07 UT on 2 February 2030, that is 23:07 in Hà Nội and 00:07 the next day in Beijing — the same case as
     * 2007 (17/02 here, 18/02 there). See {@link #utcPlus8GivesTheChineseDatesWhereTheCalendarsDiffer}.
     */
    @ParameterizedTest(name = "Tết {0}: {1}")
    @CsvSource({
            "1990,1990-01-27", "1991,1991-02-15", "1992,1992-02-04", "1993,1993-01-23", "1994,1994-02-10",
            "1995,1995-01-31", "1996,1996-02-19", "1997,1997-02-07", "1998,1998-01-28", "1999,1999-02-16",
            "2000,2000-02-05", "2001,2001-01-24", "2002,2002-02-12", "2003,2003-02-01", "2004,2004-01-22",
            "2005,2005-02-09", "2006,2006-01-29", "2007,2007-02-17", "2008,2008-02-07", "2009,2009-01-26",
            "2010,2010-02-14", "2011,2011-02-03", "2012,2012-01-23", "2013,2013-02-10", "2014,2014-01-31",
            "2015,2015-02-19", "2016,2016-02-08", "2017,2017-01-28", "2018,2018-02-16", "2019,2019-02-05",
            "2020,2020-01-25", "2021,2021-02-12", "2022,2022-02-01", "2023,2023-01-22", "2024,2024-02-10",
            "2025,2025-01-29", "2026,2026-02-17", "2027,2027-02-06", "2028,2028-01-26", "2029,2029-02-13",
            "2030,2030-02-02",
            // Earlier years where Vietnam and China differ.
            "1985,1985-01-21" })
    void lunarNewYear(int year, LocalDate tet) {
        assertEquals(tet, LunarCalendar.newYear(year));
        assertEquals(new LunarDate(year, 1, 1, false), LunarCalendar.fromSolar(tet));
        // The day before is the last day of the old year's twelfth month (tháng Chạp), the 29th or the 30th.
        LunarDate eve = LunarCalendar.fromSolar(tet.minusDays(1));
        assertEquals(year - 1, eve.year());
        assertEquals(12, eve.month());
        assertTrue(eve.day() == 29 || eve.day() == 30, eve::toString);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0}: {1}")
    @CsvSource({
            "2010,2010-04-23", "2011,2011-04-12", "2012,2012-03-31", "2013,2013-04-19", "2014,2014-04-09",
            "2015,2015-04-28", "2016,2016-04-16", "2017,2017-04-06", "2018,2018-04-25", "2019,2019-04-14",
            "2020,2020-04-02", "2021,2021-04-21", "2022,2022-04-10", "2023,2023-04-29", "2024,2024-04-18",
            "2025,2025-04-07", "2026,2026-04-26" })
    void hungKingsDay(int year, LocalDate day) {
        assertEquals(day, LunarCalendar.toSolar(year, 3, 10, false));
        assertEquals(new LunarDate(year, 3, 10, false), LunarCalendar.fromSolar(day));
    }

    @ParameterizedTest(name = "{0}: UTC+7 {1}, UTC+8 {2}")
    @CsvSource({ "1985,1985-01-21,1985-02-20", "2007,2007-02-17,2007-02-18", "2030,2030-02-02,2030-02-03" })
    void utcPlus8GivesTheChineseDatesWhereTheCalendarsDiffer(int year, LocalDate vietnam, LocalDate china) {
        assertEquals(vietnam, LunarCalendar.newYear(year));
        assertEquals(china, LunarCalendar.reckonedAt(8).solar(year, 1, 1, false));
    }

    @ParameterizedTest(name = "{0}: leap month {1}")
    @CsvSource({ "2001,4", "2004,2", "2006,7", "2009,5", "2012,4", "2014,9", "2017,6", "2020,4", "2023,2", "2025,6",
            "2028,5", "2033,11" })
    void leapMonths(int year, int leapMonth) {
        LocalDate leapStart = LunarCalendar.toSolar(year, leapMonth, 1, true);
        LocalDate ordinaryStart = LunarCalendar.toSolar(year, leapMonth, 1, false);
        // The leap month follows the ordinary month of the same number.
        assertTrue(leapStart.isAfter(ordinaryStart.plusDays(28)) && leapStart.isBefore(ordinaryStart.plusDays(31)));
        assertEquals(new LunarDate(year, leapMonth, 1, true), LunarCalendar.fromSolar(leapStart));
        for (int month = 1; month <= 12; month++) {
            if (month != leapMonth) {
                int m = month;
                assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(year, m, 1, true));
            }
        }
    }

    @Test
    void everyDayOf1990To2100GoesToTheLunarCalendarAndBack() {
        LocalDate last = LocalDate.of(2100, 12, 31);
        LunarDate previous = null;
        for (LocalDate day = LocalDate.of(1990, 1, 1); !day.isAfter(last); day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.fromSolar(day);
            assertEquals(day, LunarCalendar.toSolar(lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth()), lunar::toString);
            if (previous != null) {
                // Each day follows the one before: the next day of the month, or the first of a new month.
                LunarDate before = previous;
                boolean nextDay = lunar.day() == before.day() + 1 && lunar.month() == before.month()
                        && lunar.leapMonth() == before.leapMonth() && lunar.year() == before.year();
                assertTrue(nextDay || lunar.day() == 1, () -> before + " → " + lunar);
            }
            previous = lunar;
        }
    }

    /**
     * Where the true new moon comes well after the mean one, the published algorithm makes the day before it
     * "day 0" of the month (7/5/2054, 9/4/2062); it is the last day of the month before.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "2054-05-08", "2062-04-10" })
    void theDayBeforeANewMoonEndsTheMonthBefore(LocalDate newMoonDay) {
        LunarDate first = LunarCalendar.fromSolar(newMoonDay);
        LunarDate last = LunarCalendar.fromSolar(newMoonDay.minusDays(1));
        assertEquals(1, first.day());
        assertTrue(last.day() == 29 || last.day() == 30, last::toString);
        assertEquals(Math.floorMod(first.month() - 2, 12) + 1, last.month());
    }

    @Test
    void monthsHave29Or30DaysAndYears12Or13MonthsWithAtMostOneLeapMonth() {
        // Month lengths and months of each lunar year wholly inside 1990–2100.
        Map<Integer, List<LunarDate>> monthsByYear = new TreeMap<>();
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate day = LocalDate.of(1990, 1, 1); day.getYear() <= 2100; day = day.plusDays(1)) {
            LunarDate lunar = LunarCalendar.fromSolar(day);
            if (lunar.day() == 1) {
                starts.add(day);
                monthsByYear.computeIfAbsent(lunar.year(), y -> new ArrayList<>()).add(lunar);
            }
        }
        for (int i = 1; i < starts.size(); i++) {
            long length = starts.get(i).toEpochDay() - starts.get(i - 1).toEpochDay();
            assertTrue(length == 29 || length == 30, "month from " + starts.get(i - 1) + " has " + length + " days");
        }
        int leapYears = 0;
        for (int year = 1990; year <= 2099; year++) {
            List<LunarDate> months = monthsByYear.get(year);
            long leaps = months.stream().filter(LunarDate::leapMonth).count();
            assertTrue(months.size() == 12 || months.size() == 13, year + ": " + months.size() + " months");
            assertEquals(months.size() == 13 ? 1 : 0, leaps, year + ": " + months);
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12),
                    months.stream().map(LunarDate::month).distinct().toList(), year + ": months in order");
            leapYears += (int) leaps;
        }
        // Seven leap months every nineteen years (the Metonic cycle): 110 years hold about 40 or 41.
        assertTrue(leapYears >= 39 && leapYears <= 42, leapYears + " leap years");
    }

    @Test
    void impossibleLunarDaysAreRefused() {
        // The twelfth month of lunar year 2025 has 29 days: no 30 Tết before Tết 2026.
        LocalDate tet2026 = LunarCalendar.newYear(2026);
        assertEquals(29, LunarCalendar.fromSolar(tet2026.minusDays(1)).day());
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2025, 12, 30, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 1, 1, true));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 13, 1, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.toSolar(2024, 1, 31, false));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.fromSolar(LocalDate.of(1700, 1, 1)));
        assertFalse(LunarCalendar.fromSolar(LocalDate.of(2024, 2, 9)).leapMonth());
    }
}
