package vn.doithoai.plan;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.error.InvalidInputException;

/** Query strings into filters, with 400s that name the parameter. */
final class PlanQueries {

    private PlanQueries() {
    }

    static PlanRepository.Filter filter(String year, PlanStatus status, PlanLevel level, String q, boolean publicOnly) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("year", "validation.not-a-number");
            }
            if (y < WorkingDayCalendar.FIRST_YEAR || y > WorkingDayCalendar.LAST_YEAR) {
                throw InvalidInputException.of("year", "validation.range", WorkingDayCalendar.FIRST_YEAR, WorkingDayCalendar.LAST_YEAR);
            }
        }
        return new PlanRepository.Filter(y, status, level, q == null || q.isBlank() ? null : q.strip(), publicOnly);
    }
}
