package vn.doithoai.statistics.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Rulings (kết luận) of the period, by the day they were issued (a draft's: the day it was drafted), and the rulings
 * overdue today whatever the period, exactly as the follow-up list shows them with overdue=true.
 */
@Schema(name = "RulingStatistics")
public record RulingStatistics(
        @Schema(required = true) StatisticsScope scope,
        @Schema(required = true) long total,
        @Schema(required = true) List<Count> byType,
        @Schema(required = true, description = "DRAFT or ISSUED") List<Count> byStatus,
        @Schema(required = true, description = "Issued rulings that are followed (resolve, escalate), by follow-up status") List<Count> byFollowUp,
        @Schema(required = true) OnTime onTime,
        @Schema(required = true) Overdue overdue,
        @Schema(required = true, description = "Each month of the period") List<Month> monthly,
        @Schema(required = true, description = "The same period one year earlier") OnTime previousYear) {

    /**
     * Issued rulings of the period with a due date whose outcome is known: resolved by the due date (on time), resolved
     * after it or still open past it in working days (late). Those not yet due are in neither.
     */
    @Schema(name = "RulingOnTime")
    public record OnTime(
            @Schema(required = true) long issued,
            @Schema(required = true) long resolved,
            @Schema(required = true) long onTime,
            @Schema(required = true) long late,
            @Schema(required = true, nullable = true, description = "onTime / (onTime + late), 0–100, one decimal; null when none") Double percent) {
    }

    @Schema(name = "RulingOverdue")
    public record Overdue(
            @Schema(required = true, description = "The follow-up list's overdue=true, today") long total,
            @Schema(required = true, description = "By lead unit, most overdue rulings first") List<UnitOverdue> byUnit) {
    }

    @Schema(name = "RulingUnitOverdue")
    public record UnitOverdue(
            @Schema(required = true, nullable = true, description = "Lead unit's code; null: an escalation, which has none") String unitCode,
            @Schema(required = true, nullable = true) String unitName,
            @Schema(required = true) long count,
            @Schema(required = true, description = "Working days late of its latest ruling") int maxWorkingDaysLate,
            @Schema(required = true, description = "Working days late, summed") long totalWorkingDaysLate) {
    }

    @Schema(name = "RulingMonth")
    public record Month(
            @Schema(required = true, description = "YYYY-MM") String month,
            @Schema(required = true) long issued,
            @Schema(required = true, description = "Reported resolved that month") long resolved) {
    }
}
