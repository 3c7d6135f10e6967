package vn.doithoai.plan.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.plan.DeadlineRule;
import vn.doithoai.plan.DialogueFormat;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.PlanLevel;

/**
 * Everything the office writes into a plan. Items of the lists keep their {@code id} to stay the same items
 * (feedback will point at focus areas, the session at agenda items); items without one are new; items left
 * out are removed.
 */
@Schema(name = "PlanDraft")
public record PlanDraft(
        @Schema(nullable = true, description = "Only when creating: fill empty lists from this template") @Size(max = 50) String templateCode,
        @NotNull PlanLevel level,
        @NotBlank @Size(max = 500) String title,
        @Schema(nullable = true, description = "Số, e.g. 61") @Size(max = 20) String number,
        @Schema(nullable = true, description = "Ký hiệu, e.g. KH/ThU") @Size(max = 50) String symbol,
        @Schema(nullable = true) @SupportedDate LocalDate issueDate,
        @Schema(nullable = true, description = "Code of the issuing org unit") @Size(max = 50) String issuingUnitCode,
        @Schema(nullable = true, description = "The issuing body as the document names it") @Size(max = 255) String issuingBodyName,
        @Schema(nullable = true) @Size(max = 30) List<@NotBlank @Size(max = 2000) String> legalBases,
        @Schema(nullable = true, description = "Chủ thể đối thoại, e.g. đồng chí Bí thư Thị ủy") @Size(max = 255) String chairTitle,
        @Schema(nullable = true) @Size(max = 255) String chairName,
        @Schema(nullable = true) @Size(max = 30) List<@NotBlank @Size(max = 4000) String> purposes,
        @Schema(nullable = true) @Size(max = 1000) String topic,
        @Schema(nullable = true) @Size(max = 30) List<@Valid FocusAreaInput> focusAreas,
        @Schema(nullable = true, description = "Planned month, e.g. 2022-11", implementation = String.class, pattern = "^\\d{4}-\\d{2}$") @SupportedDate YearMonth plannedMonth,
        @Schema(nullable = true, description = "Exact date and time of the session") @SupportedDate OffsetDateTime sessionAt,
        @Schema(nullable = true) @Size(max = 500) String scheduleNote,
        @Schema(nullable = true) @Size(max = 500) String venue,
        @Schema(nullable = true) DialogueFormat format,
        @Schema(nullable = true) @Size(max = 500) String formatNote,
        @Schema(nullable = true) @Size(max = 50) List<@Valid AgendaItemInput> agenda,
        @Schema(nullable = true) @Size(max = 4000) String agendaNote,
        @Schema(nullable = true) @Size(max = 30) List<@Valid CompositionInput> composition,
        @Schema(nullable = true) @Size(max = 60) List<@Valid TaskInput> tasks,
        @Schema(nullable = true, description = "How early invitations must reach delegates; from the template when empty") @Valid DeadlineRule invitationRule,
        @Schema(nullable = true, description = "How early invitations must reach citizens; none = the rule above") @Valid DeadlineRule citizenInvitationRule) {

    @Schema(name = "FocusAreaInput")
    public record FocusAreaInput(@Schema(nullable = true) Long id, @NotBlank @Size(max = 1000) String title) {
    }

    @Schema(name = "AgendaItemInput")
    public record AgendaItemInput(@Schema(nullable = true) Long id, @NotBlank @Size(max = 4000) String title,
            @Schema(nullable = true) @Size(max = 255) String responsible) {
    }

    @Schema(name = "CompositionInput")
    public record CompositionInput(@Schema(nullable = true) Long id, @NotNull ParticipantLevel level,
            @NotBlank @Size(max = 4000) String description,
            @Schema(nullable = true) @Min(0) @Max(100000) Integer targetCount) {
    }

    @Schema(name = "TaskInput")
    public record TaskInput(@Schema(nullable = true) Long id,
            @Schema(nullable = true, description = "Code of the org unit that owns the task") @Size(max = 50) String ownerUnitCode,
            @Schema(nullable = true, description = "Kind of unit that owns it when no single unit does") OrgUnitKind ownerKind,
            @NotBlank @Size(max = 4000) String description,
            @Schema(nullable = true, description = "No rule: a task without a deadline") @Valid DeadlineRule rule) {
    }
}
