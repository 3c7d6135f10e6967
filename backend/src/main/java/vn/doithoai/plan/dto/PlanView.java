package vn.doithoai.plan.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.DeadlineRule;
import vn.doithoai.plan.DialogueFormat;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.plan.TaskStatus;

/** A plan as the office, the chair and the admin see it. */
@Schema(name = "Plan")
public record PlanView(
        @Schema(required = true) long id,
        @Schema(required = true, description = "Also the ETag") long version,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) PlanLevel level,
        @Schema(required = true, nullable = true) String templateCode,
        @Schema(required = true, nullable = true) String number,
        @Schema(required = true, nullable = true) String symbol,
        @Schema(required = true, nullable = true) LocalDate issueDate,
        @Schema(required = true, description = "The body the plan belongs to (cơ quan tổ chức đối thoại)") OrgUnitRef body,
        @Schema(required = true, nullable = true) OrgUnitRef issuingUnit,
        @Schema(required = true, nullable = true) String issuingBodyName,
        @Schema(required = true) String title,
        @Schema(required = true) List<String> legalBases,
        @Schema(required = true, nullable = true) String chairTitle,
        @Schema(required = true, nullable = true) String chairName,
        @Schema(required = true) List<String> purposes,
        @Schema(required = true, nullable = true) String topic,
        @Schema(required = true) List<FocusAreaView> focusAreas,
        @Schema(required = true, nullable = true, description = "e.g. 2022-11") String plannedMonth,
        @Schema(required = true, nullable = true, description = "In Vietnam's time zone (+07:00)") OffsetDateTime sessionAt,
        @Schema(required = true, nullable = true) String scheduleNote,
        @Schema(required = true, nullable = true) String venue,
        @Schema(required = true, nullable = true) DialogueFormat format,
        @Schema(required = true, nullable = true) String formatNote,
        @Schema(required = true) List<AgendaItemView> agenda,
        @Schema(required = true, nullable = true) String agendaNote,
        @Schema(required = true) List<CompositionGroupView> composition,
        @Schema(required = true) List<TaskView> tasks,
        @Schema(required = true, nullable = true, description = "Why the chair returned it") String returnReason,
        @Schema(required = true, nullable = true) String cancelReason,
        @Schema(required = true, nullable = true) DeadlineRule invitationRule,
        @Schema(required = true, nullable = true) DeadlineRule citizenInvitationRule,
        @Schema(required = true, nullable = true, description = "Last day to issue invitations to delegates") LocalDate invitationDeadline,
        @Schema(required = true, nullable = true, description = "Last day to issue invitations to citizens") LocalDate citizenInvitationDeadline,
        @Schema(required = true, description = "What the caller may do now: EDIT, DELETE, SCHEDULE, PROGRESS and the PlanAction values") List<String> allowedActions) {

    @Schema(name = "FocusArea")
    public record FocusAreaView(@Schema(required = true) long id, @Schema(required = true) String title) {
    }

    @Schema(name = "AgendaItem")
    public record AgendaItemView(@Schema(required = true) long id, @Schema(required = true) String title,
            @Schema(required = true, nullable = true) String responsible) {
    }

    @Schema(name = "CompositionGroup")
    public record CompositionGroupView(@Schema(required = true) long id, @Schema(required = true) ParticipantLevel level,
            @Schema(required = true) String description, @Schema(required = true, nullable = true) Integer targetCount) {
    }

    @Schema(name = "PreparationTask")
    public record TaskView(
            @Schema(required = true) long id,
            @Schema(required = true, nullable = true) OrgUnitRef owner,
            @Schema(required = true, nullable = true) OrgUnitKind ownerKind,
            @Schema(required = true) String description,
            @Schema(required = true, nullable = true) DeadlineRule rule,
            @Schema(required = true, nullable = true, description = "Computed from the rule and the session date") LocalDate dueDate,
            @Schema(required = true, description = "OVERDUE is computed from the due date") TaskStatus status,
            @Schema(required = true, nullable = true) LocalDate doneOn,
            @Schema(required = true, nullable = true) FileRef report) {
    }

    @Schema(name = "FileRef")
    public record FileRef(@Schema(required = true) String fileName, @Schema(required = true) String contentType,
            @Schema(required = true) long size) {
    }
}
