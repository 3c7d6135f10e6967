package vn.doithoai.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch): year, month 1..12, day 1..30, and whether the month is
 * the leap month (tháng nhuận) that repeats the month of the same number.
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no such lunar day: " + day + "/" + month + "/" + year);
        }
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
