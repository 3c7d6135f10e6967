package vn.doithoai.plan.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plan.PlanStatus;

@Schema(name = "PlanSummary", description = "A plan in a list")
public record PlanSummary(
        @Schema(required = true) long id,
        @Schema(required = true, nullable = true) String number,
        @Schema(required = true, nullable = true) String symbol,
        @Schema(required = true) String title,
        @Schema(required = true) PlanLevel level,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true, nullable = true) LocalDate issueDate,
        @Schema(required = true, nullable = true) String plannedMonth,
        @Schema(required = true, nullable = true) OffsetDateTime sessionAt,
        @Schema(required = true, nullable = true) String venue,
        @Schema(required = true, description = "The body the plan belongs to (cơ quan tổ chức đối thoại)") OrgUnitRef body,
        @Schema(required = true, nullable = true) OrgUnitRef issuingUnit,
        @Schema(required = true, description = "When the plan last changed: a change feed (updatedSince) goes on from here") OffsetDateTime updatedAt) {
}
