package vn.doithoai.statistics.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.PlanStatus;

/**
 * The next dialogue of the bodies (or the plan asked for): how far its preparation is. {@code plan} is null when no
 * dialogue is coming up; the other parts are then null too.
 */
@Schema(name = "NextDialogueStatistics")
public record NextDialogue(
        @Schema(required = true) StatisticsScope scope,
        @Schema(required = true, nullable = true) PlanRef plan,
        @Schema(required = true, nullable = true, description = "Calendar days from today to the session") Integer daysLeft,
        @Schema(required = true, nullable = true, description = "Working days of the body from today to the session") Integer workingDaysLeft,
        @Schema(required = true, nullable = true) Tasks tasks,
        @Schema(required = true, nullable = true) Invitations invitations,
        @Schema(required = true) List<Group> composition,
        @Schema(required = true, nullable = true, description = "Everyone on the list, in a group or not") Group total) {

    @Schema(name = "NextDialoguePlan")
    public record PlanRef(@Schema(required = true) long id, @Schema(required = true) String title,
            @Schema(required = true) PlanStatus status, @Schema(required = true, nullable = true) Instant sessionAt,
            @Schema(required = true, nullable = true) String venue, @Schema(required = true) String bodyCode,
            @Schema(required = true) String bodyName) {
    }

    /** Preparation tasks (nhiệm vụ chuẩn bị) as the plan shows them: done, overdue (past due, not done), open. */
    @Schema(name = "NextDialogueTasks")
    public record Tasks(@Schema(required = true) int total, @Schema(required = true) int done, @Schema(required = true) int overdue,
            @Schema(required = true) int open) {
    }

    /** The invitations (giấy mời) against the deadline the plan's rule gives. */
    @Schema(name = "NextDialogueInvitations")
    public record Invitations(
            @Schema(required = true, nullable = true, description = "Last day to issue invitations; null without a rule") LocalDate deadline,
            @Schema(required = true, nullable = true, description = "The same for citizens") LocalDate citizenDeadline,
            @Schema(required = true, nullable = true, description = "Working days from today to the deadline; negative once past") Integer workingDaysLeft,
            @Schema(required = true) int batches,
            @Schema(required = true, description = "Batches issued after their deadline") int lateBatches,
            @Schema(required = true, description = "Participants invited in a batch") long invited,
            @Schema(required = true) long participants) {
    }

    /** A group of the plan's composition (thành phần) against its target; a null id is the total or those in no group. */
    @Schema(name = "NextDialogueGroup")
    public record Group(@Schema(required = true, nullable = true) Long groupId, @Schema(required = true, nullable = true) ParticipantLevel level,
            @Schema(required = true, nullable = true) String description,
            @Schema(required = true, nullable = true, description = "Number aimed for; null: none set") Integer target,
            @Schema(required = true, description = "On the participant list") long registered,
            @Schema(required = true, description = "Confirmed they come") long confirmed,
            @Schema(required = true, description = "Checked in at the session") long present) {
    }
}
