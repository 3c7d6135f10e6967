package vn.doithoai.plan.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.plan.DeadlineRule;
import vn.doithoai.plan.PlanAction;

/** The requests that change a plan other than by editing it. */
public final class PlanCommands {

    private PlanCommands() {
    }

    @Schema(name = "PlanTransition")
    public record Transition(
            @NotNull PlanAction action,
            @Schema(nullable = true, description = "Required to return or cancel") @Size(max = 4000) String reason,
            @Schema(nullable = true, description = "Publish although some tasks are already past due") Boolean acknowledgeWarnings) {
    }

    @Schema(name = "PlanSchedule")
    public record Schedule(
            @Schema(nullable = true, description = "Planned month, e.g. 2022-11", implementation = String.class, pattern = "^\\d{4}-\\d{2}$") @SupportedDate YearMonth plannedMonth,
            @Schema(nullable = true) @SupportedDate OffsetDateTime sessionAt,
            @Schema(nullable = true) @Size(max = 500) String scheduleNote,
            @Schema(nullable = true) @Size(max = 500) String venue) {
    }

    @Schema(name = "TaskProgress")
    public record TaskProgress(@Schema(nullable = true, description = "Null to mark the task open again") @SupportedDate LocalDate doneOn) {
    }

    @Schema(name = "DeadlinePreviewRequest")
    public record DeadlinePreview(@NotNull @SupportedDate LocalDate sessionDate, @NotEmpty @Size(max = 60) List<@NotNull @Valid DeadlineRule> rules) {
    }

    @Schema(name = "DeadlinePreview")
    public record DeadlinePreviewResult(@Schema(required = true, description = "One due date per rule, in order") List<LocalDate> dueDates) {
    }

    @Schema(name = "PlanHistoryEntry")
    public record HistoryEntry(
            @Schema(required = true) OffsetDateTime at,
            @Schema(required = true) String actor,
            @Schema(required = true) String action,
            @Schema(required = true, description = "field → {from, to}") java.util.Map<String, Object> changes) {
    }

    /** 409 member listing what the publisher must acknowledge. */
    @Schema(name = "PublishWarning")
    public record PublishWarning(@Schema(required = true) long taskId, @Schema(required = true) String message) {
    }
}
