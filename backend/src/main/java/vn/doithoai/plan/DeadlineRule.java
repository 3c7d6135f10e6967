package vn.doithoai.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.calendar.WorkingDays;

/**
 * A deadline relative to the session date D: "10 days before D", "at least 3 working days before D",
 * "at most 10 working days after D". Rules are data (templates, plans), never constants in code.
 */
@Embeddable
@Schema(name = "DeadlineRule", description = "Offset from the session date, in calendar or working days, before or after it")
public record DeadlineRule(
        @Schema(required = true) @NotNull @Min(0) @Max(366) @Column(name = "rule_offset") Integer offset,
        @Schema(required = true) @NotNull @Enumerated(EnumType.STRING) @Column(name = "rule_unit", length = 20) DeadlineUnit unit,
        @Schema(required = true) @NotNull @Enumerated(EnumType.STRING) @Column(name = "rule_direction", length = 10) DeadlineDirection direction) {

    /**
     * The due date for a session on {@code session}. A calendar-day deadline that lands on a day off moves to
     * the nearest working day on the safe side: earlier for "before" (the work must be in hand by then),
     * later for "after" (as the Civil Code counts a period ending on a day off).
     */
    public LocalDate dueDate(LocalDate session, WorkingDays calendar) {
        int signed = direction == DeadlineDirection.BEFORE ? -offset : offset;
        if (unit == DeadlineUnit.WORKING_DAYS) {
            return calendar.addWorkingDays(session, signed);
        }
        LocalDate due = session.plusDays(signed);
        while (!calendar.isWorkingDay(due)) {
            due = direction == DeadlineDirection.BEFORE ? due.minusDays(1) : due.plusDays(1);
        }
        return due;
    }
}
