package vn.doithoai.plan;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;

/** The preparation task list's filters as query parameters: one definition for the list and its exports. */
public class PreparationTaskFilterParams {

    /** How far ahead "due within" may look: a year. */
    static final int MAX_DUE_WITHIN_DAYS = 366;

    @QueryParam("plan")
    @Parameter(description = "Id of a plan")
    Long plan;

    @QueryParam("unit")
    @Parameter(description = "Code of the owning unit")
    String unit;

    @QueryParam("status")
    TaskStatus status;

    @QueryParam("dueWithinDays")
    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "366"))
    String dueWithinDays;

    @QueryParam("overdue")
    @Parameter(description = "true: only overdue; false: only the others")
    Boolean overdue;

    /** The filter, checked: a bad dueWithinDays is a 400 naming it. */
    PreparationTaskSearch.Filter filter() {
        return new PreparationTaskSearch.Filter(plan, unit, status, days(dueWithinDays), overdue);
    }

    private static Integer days(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        Integer days = null;
        try {
            days = Integer.parseInt(raw.strip());
            if (days < 0 || days > MAX_DUE_WITHIN_DAYS) {
                violations.add(new Violation("dueWithinDays", "validation.range", 0, MAX_DUE_WITHIN_DAYS));
            }
        } catch (NumberFormatException e) {
            violations.add(new Violation("dueWithinDays", "validation.not-a-number"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return days;
    }
}
