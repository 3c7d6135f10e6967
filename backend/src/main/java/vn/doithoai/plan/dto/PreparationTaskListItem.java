package vn.doithoai.plan.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.plan.TaskStatus;

/** A preparation task in the list across plans, with the plan it belongs to. */
@Schema(name = "PreparationTaskListItem")
public record PreparationTaskListItem(
        @Schema(required = true) long id,
        @Schema(required = true) TaskPlan plan,
        @Schema(required = true, nullable = true) OrgUnitRef owner,
        @Schema(required = true, nullable = true) OrgUnitKind ownerKind,
        @Schema(required = true) String description,
        @Schema(required = true, nullable = true, description = "Computed from the rule and the session date") LocalDate dueDate,
        @Schema(required = true, description = "OVERDUE is computed from the due date") TaskStatus status,
        @Schema(required = true, nullable = true) LocalDate doneOn) {

    /** The plan a task belongs to, as the list names it. */
    @Schema(name = "PreparationTaskPlan")
    public record TaskPlan(@Schema(required = true) long id, @Schema(required = true) String title,
            @Schema(required = true, nullable = true) String number, @Schema(required = true, nullable = true) String symbol,
            @Schema(required = true) PlanStatus status, @Schema(required = true) OrgUnitRef body) {
    }
}
