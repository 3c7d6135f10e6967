package vn.doithoai.participant.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.plan.ParticipantLevel;

/** The plan's composition (thành phần) against who is on the list, invited, confirmed and present. */
@Schema(name = "Composition")
public record CompositionView(
        @Schema(required = true, description = "In the plan's order; a last entry without groupId counts those in no group") List<GroupCount> groups,
        @Schema(required = true) GroupCount total) {

    @Schema(name = "CompositionGroupCount")
    public record GroupCount(
            @Schema(required = true, nullable = true) Long groupId,
            @Schema(required = true, nullable = true) ParticipantLevel level,
            @Schema(required = true) String description,
            @Schema(required = true, nullable = true) Integer target,
            @Schema(required = true) long participants,
            @Schema(required = true) long invited,
            @Schema(required = true) long confirmed,
            @Schema(required = true) long attended,
            @Schema(required = true, description = "No one on the list for this group yet") boolean missing,
            @Schema(required = true, description = "Fewer on the list than the target") boolean belowTarget) {
    }
}
