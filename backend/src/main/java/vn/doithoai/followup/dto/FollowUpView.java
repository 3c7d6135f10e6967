package vn.doithoai.followup.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.ruling.dto.RulingView;

/** A followed ruling with its plan and how it stands against its due date, in working days. */
@Schema(name = "FollowUp")
public record FollowUpView(@Schema(required = true) RulingView ruling, @Schema(required = true) String planTitle,
        @Schema(required = true, description = "e.g. 61-KH/ThU") String planCode,
        @Schema(description = "Working days past the due date while open or in progress (0: not overdue); null without a due "
                + "date or once closed") Integer overdueWorkingDays,
        @Schema(description = "Working days left until the due date (0: due today); null once past, without a due date or "
                + "once closed") Integer dueInWorkingDays) {
}
