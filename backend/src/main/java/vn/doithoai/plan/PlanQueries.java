package vn.doithoai.plan;

import java.util.ArrayList;
import java.util.List;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.paging.ChangeCursor;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.common.time.SupportedDates;

/** Query strings into filters, with 400s that name the parameter. */
final class PlanQueries {

    private PlanQueries() {
    }

    /**
     * The same, read as a change feed from {@code updatedSince} or the change cursor {@code after} (neither: the list as
     * usual, whose own cursor the page request reads).
     */
    static PlanRepository.Filter filter(String year, PlanStatus status, PlanLevel level, String q, String updatedSince, String after) {
        ChangeCursor changes = ChangeCursor.of(updatedSince, after);
        PlanRepository.Filter filter = filter(year, status, level, q, false);
        return changes == null ? filter : filter.changedSince(changes);
    }

    static PlanRepository.Filter filter(String year, PlanStatus status, PlanLevel level, String q, boolean publicOnly) {
        List<Violation> violations = new ArrayList<>();
        Integer y = SupportedDates.year("year", year, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new PlanRepository.Filter(y, status, level, q == null || q.isBlank() ? null : q.strip(), publicOnly, null, null);
    }
}
