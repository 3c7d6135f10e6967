package vn.doithoai.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunar calendar (âm lịch), computed rather than typed in: months begin on the day of the
 * astronomical new moon and the leap month (tháng nhuận) is the first month without a major solar term
 * (trung khí), both reckoned in Vietnam's civil time, UTC+7. Hồ Ngọc Đức's well-known algorithm, with new
 * moons and the sun's longitude after Jean Meeus, "Astronomical Algorithms".
 *
 * <p>Why not reuse a Chinese calendar table: China reckons in UTC+8, and when a new moon falls between 23:00 and
 * midnight Beijing time the two calendars start a month a day apart. That is why Tết 2007 was on 17/02 in
 * Vietnam and 18/02 in China (new moon at 23:14 in Hà Nội, 00:14 in Beijing), why Tết 2030 is on 02/02 here
 * and 03/02 there, and why Tết 1985 was a whole month apart (21/01 and 20/02: the leap month fell differently).
 *
 * <p>Tested against published dates for 1990–2100 (the range the product supports); the method itself is
 * good for roughly 1800–2199, which is what the arguments are checked against.
 */
public final class LunarCalendar {

    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2199;

    /** Mean length of a lunation (tháng giao hội), in days. */
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian date of the new moon of 1 January 1900, 13:52 UT: new moon number 0. */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;
    private static final double DEGREE = Math.PI / 180;

    /** Vietnam's civil time since 1975, UTC+7. */
    private static final LunarCalendar VIETNAM = new LunarCalendar(7.0);

    /** Hours east of UTC of the meridian the calendar is reckoned at. */
    private final double timeZone;

    private LunarCalendar(double timeZone) {
        this.timeZone = timeZone;
    }

    /** The same calendar reckoned in another time zone: for tests that show why UTC+7 matters (UTC+8 is China's). */
    static LunarCalendar reckonedAt(double timeZoneHours) {
        return new LunarCalendar(timeZoneHours);
    }

    /** The solar day of a lunar day; {@code leapMonth} asks for the repeated month (tháng nhuận). */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        return VIETNAM.solar(lunarYear, lunarMonth, lunarDay, leapMonth);
    }

    /** The lunar day of a solar day. */
    public static LunarDate fromSolar(LocalDate date) {
        return VIETNAM.lunar(date);
    }

    /** Mùng 1 Tết: the first day of lunar year {@code lunarYear}, which falls in the solar year of that number. */
    public static LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, 1, false);
    }

    LocalDate solar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        checkYear(lunarYear);
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("no such lunar day: " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
        }
        // Months 11 and 12 of a lunar year fall late in the solar year of the same number; the others, between
        // the month-11 of the solar year before and that of this one.
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = month11(lunarYear - 1);
            b11 = month11(lunarYear);
        } else {
            a11 = month11(lunarYear);
            b11 = month11(lunarYear + 1);
        }
        int k = (int) Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
        int offset = Math.floorMod(lunarMonth - 11, 12);
        if (b11 - a11 > 365) {
            // 13 months from one month 11 to the next: one of them is the leap month.
            int leapOffset = leapMonthOffset(a11);
            int leapMonthNumber = Math.floorMod(leapOffset - 2, 12);
            if (leapMonth && lunarMonth != leapMonthNumber) {
                throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + lunarMonth);
            }
            if (leapMonth || offset >= leapOffset) {
                offset++;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + lunarMonth);
        }
        long monthStart = newMoonDay(k + offset);
        long nextMonthStart = newMoonDay(k + offset + 1);
        if (lunarDay > nextMonthStart - monthStart) {
            throw new IllegalArgumentException("lunar month " + lunarMonth + (leapMonth ? " (leap)" : "") + " of "
                    + lunarYear + " has only " + (nextMonthStart - monthStart) + " days");
        }
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    LunarDate lunar(LocalDate date) {
        checkYear(date.getYear());
        long dayNumber = julianDay(date);
        int k = (int) Math.floor((dayNumber - NEW_MOON_EPOCH) / SYNODIC_MONTH) + 1;
        long monthStart = newMoonDay(k);
        // The mean lunation only estimates which new moon began the month: the true one can come up to about
        // 14 hours later, so going back one is not always enough (the day before the new moon of 8/5/2054 would
        // otherwise be day 0 of a month, as in the published versions of the algorithm).
        while (monthStart > dayNumber) {
            monthStart = newMoonDay(--k);
        }
        int year = date.getYear();
        long a11 = month11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) ((monthStart - a11) / 29);
        boolean leap = false;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                lunarMonth = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (lunarMonth > 12) {
            lunarMonth -= 12;
        }
        // Months 11 and 12 just after a month-11 start belong to the lunar year that began before it.
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear--;
        }
        return new LunarDate(lunarYear, lunarMonth, lunarDay, leap);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("the lunar calendar is computed for " + MIN_YEAR + "–" + MAX_YEAR + " only, not " + year);
        }
    }

    /** Julian date (fractional, UT) of new moon number k after that of 1 January 1900 (Meeus, ch. 49, abridged). */
    private static double newMoon(int k) {
        double t = k / 1236.85; // Julian centuries since 1900 January 0.5
        double t2 = t * t;
        double t3 = t2 * t;
        double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEGREE);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * latitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitude + sunAnomaly)
                - 0.0004 * sin(2 * latitude - sunAnomaly) - 0.0006 * sin(2 * latitude + moonAnomaly)
                + 0.0010 * sin(2 * latitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        // ΔT: dynamical time runs ahead of universal time.
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return mean + c - deltaT;
    }

    /** The local day, as a Julian day number, on which new moon number k falls. */
    private long newMoonDay(int k) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /** The sun's ecliptic longitude at Julian date jd, in radians 0..2π (Meeus, ch. 25, low accuracy). */
    private static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525; // Julian centuries since 2000-01-01 12:00 UT
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) + 0.000290 * sin(3 * meanAnomaly);
        double longitude = (meanLongitude + centre) * DEGREE;
        return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
    }

    /**
     * Which of the twelve 30° sectors of the ecliptic the sun is in at the start of local day {@code dayNumber}:
     * 0 from the spring equinox (Xuân phân), 9 from the winter solstice (Đông chí).
     */
    private int sunSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    /** The first day of lunar month 11 (tháng Một) of solar year {@code year}: the month holding the winter solstice. */
    private long month11(int year) {
        long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(offset / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        // The last new moon of the year may already be past the solstice; then month 11 began one lunation earlier.
        if (sunSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /**
     * In a 13-month span starting on month 11 at {@code a11}: how many months after it the leap month comes,
     * the first month in which the sun enters no new sector (a month without a major solar term).
     */
    private int leapMonthOffset(long a11) {
        int k = (int) Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int sector = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = sector;
            i++;
            sector = sunSector(newMoonDay(k + i));
        } while (sector != last && i < 14);
        return i - 1;
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * DEGREE);
    }

    private static long julianDay(LocalDate date) {
        return date.getLong(JulianFields.JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(long dayNumber) {
        return LocalDate.EPOCH.with(JulianFields.JULIAN_DAY, dayNumber);
    }
}
