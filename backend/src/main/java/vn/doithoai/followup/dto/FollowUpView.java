package vn.doithoai.followup.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.ruling.dto.RulingView;

/** A followed ruling with its plan and how it stands against its due date, in working days. */
@Schema(name = "FollowUp")
public record FollowUpView(@Schema(required = true) RulingView ruling, @Schema(required = true) String planTitle,
        @Schema(required = true, description = "e.g. 61-KH/ThU") String planCode,
        @Schema(description = "ruling.deadline.workingDaysLate, kept for clients that read it here") Integer overdueWorkingDays,
        @Schema(description = "ruling.deadline.workingDaysLeft, kept for clients that read it here") Integer dueInWorkingDays) {
}
