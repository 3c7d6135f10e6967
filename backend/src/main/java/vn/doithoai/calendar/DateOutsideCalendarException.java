package vn.doithoai.calendar;

import java.time.LocalDate;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;

/**
 * A date outside the years the working-day calendar answers for. Answered as 400 when nobody names the field;
 * callers that take dates from a request check {@link WorkingDayCalendar#covers} first and name it.
 */
public class DateOutsideCalendarException extends DomainException {

    public DateOutsideCalendarException(LocalDate date) {
        super(ProblemKind.BAD_REQUEST, "calendar.out-of-range", CalendarDates.args(date, WorkingDayCalendar.FIRST_YEAR,
                WorkingDayCalendar.LAST_YEAR));
    }
}
