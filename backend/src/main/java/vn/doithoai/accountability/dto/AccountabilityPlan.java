package vn.doithoai.accountability.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.plan.PlanStatus;

/** A published plan with issued rulings, and how many of them stand where. */
@Schema(name = "AccountabilityPlan")
public record AccountabilityPlan(@Schema(required = true) long id, @Schema(required = true) String title,
        @Schema(required = true, nullable = true, description = "number and symbol, e.g. 61-KH/ThU") String number,
        @Schema(required = true, nullable = true) OffsetDateTime sessionAt, @Schema(required = true) PlanStatus status,
        @Schema(required = true, nullable = true) String issuingUnit, @Schema(required = true) int rulings,
        @Schema(required = true) int resolved,
        @Schema(required = true, description = "In progress and not overdue (since NOT_STARTED was added, without those not started)")
        int inProgress, @Schema(required = true) int overdue,
        @Schema(required = true, description = "Followed, nothing reported yet, not overdue") int notStarted) {
}
