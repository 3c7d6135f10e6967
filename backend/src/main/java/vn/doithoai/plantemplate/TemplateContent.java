package vn.doithoai.plantemplate;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.plan.DeadlineRule;
import vn.doithoai.plan.ParticipantLevel;

/** What a template gives a new plan: legal bases, agenda, composition, and tasks with their deadline rules. */
@Schema(name = "PlanTemplateContent")
public record TemplateContent(
        @Schema(required = true) @NotNull @Size(max = 30) List<@NotBlank @Size(max = 2000) String> legalBases,
        @Schema(required = true) @NotNull @Size(max = 30) List<@NotBlank @Size(max = 4000) String> purposes,
        @Schema(required = true) @NotNull @Size(max = 50) List<@Valid AgendaSpec> agenda,
        @Schema(required = true) @NotNull @Size(max = 30) List<@Valid CompositionSpec> composition,
        @Schema(required = true) @NotNull @Size(max = 60) List<@Valid TaskSpec> tasks,
        @Schema(nullable = true, description = "How early invitations must reach delegates") @Valid DeadlineRule invitationRule,
        @Schema(nullable = true, description = "How early invitations must reach citizens; none = the rule above") @Valid DeadlineRule citizenInvitationRule) {

    @Schema(name = "TemplateAgendaItem")
    public record AgendaSpec(@Schema(required = true) @NotBlank @Size(max = 4000) String title,
            @Schema(required = true, nullable = true) @Size(max = 255) String responsible) {
    }

    @Schema(name = "TemplateCompositionGroup")
    public record CompositionSpec(@Schema(required = true) @NotNull ParticipantLevel level,
            @Schema(required = true) @NotBlank @Size(max = 4000) String description,
            @Schema(required = true, nullable = true) Integer targetCount) {
    }

    @Schema(name = "TemplateTask")
    public record TaskSpec(
            @Schema(required = true, description = "The kind of unit that owns the task") @NotNull OrgUnitKind ownerKind,
            @Schema(required = true) @NotBlank @Size(max = 4000) String description,
            @Schema(required = true, nullable = true, description = "No rule: a task without a deadline") @Valid DeadlineRule rule) {
    }
}
