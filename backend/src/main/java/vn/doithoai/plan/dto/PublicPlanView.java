package vn.doithoai.plan.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.DeadlineRule;
import vn.doithoai.plan.DialogueFormat;
import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.plan.dto.PlanView.AgendaItemView;
import vn.doithoai.plan.dto.PlanView.CompositionGroupView;
import vn.doithoai.plan.dto.PlanView.FocusAreaView;

/** A published plan as anyone may read it: the document, without the office's internal workings. */
@Schema(name = "PublicPlan")
public record PublicPlanView(
        @Schema(required = true) long id,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) PlanLevel level,
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
        @Schema(required = true, nullable = true) String plannedMonth,
        @Schema(required = true, nullable = true) OffsetDateTime sessionAt,
        @Schema(required = true, nullable = true) String scheduleNote,
        @Schema(required = true, nullable = true) String venue,
        @Schema(required = true, nullable = true) DialogueFormat format,
        @Schema(required = true, nullable = true) String formatNote,
        @Schema(required = true) List<AgendaItemView> agenda,
        @Schema(required = true, nullable = true) String agendaNote,
        @Schema(required = true) List<CompositionGroupView> composition,
        @Schema(required = true) List<PublicTaskView> tasks,
        @Schema(required = true, nullable = true) DeadlineRule invitationRule,
        @Schema(required = true, nullable = true) DeadlineRule citizenInvitationRule,
        @Schema(required = true, nullable = true, description = "Last day to issue invitations to delegates") LocalDate invitationDeadline,
        @Schema(required = true, nullable = true, description = "Last day to issue invitations to citizens") LocalDate citizenInvitationDeadline) {

    @Schema(name = "PublicPreparationTask")
    public record PublicTaskView(
            @Schema(required = true) long id,
            @Schema(required = true, nullable = true) OrgUnitRef owner,
            @Schema(required = true, nullable = true) OrgUnitKind ownerKind,
            @Schema(required = true) String description,
            @Schema(required = true, nullable = true) DeadlineRule rule,
            @Schema(required = true, nullable = true) LocalDate dueDate) {
    }
}
