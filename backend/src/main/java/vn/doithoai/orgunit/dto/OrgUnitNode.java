package vn.doithoai.orgunit.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitAction;
import vn.doithoai.orgunit.OrgUnitKind;

@Schema(name = "OrgUnitNode", description = "An org unit with the units under it")
public record OrgUnitNode(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(required = true) OrgUnitKind kind,
        @Schema(required = true, description = "Holds dialogues (cơ quan tổ chức đối thoại)") boolean body,
        @Schema(required = true, nullable = true, description = "The body it belongs to; null: shared by the installation") OrgUnitRef ownerBody,
        @Schema(required = true, nullable = true, description = "Merged or abolished from this day on; null: present-day") LocalDate retiredOn,
        @Schema(required = true, nullable = true, description = "The unit that carries it on since it was retired") OrgUnitRef successor,
        @Schema(required = true, description = "What the caller may do with it now") List<OrgUnitAction> allowedActions,
        @Schema(required = true) List<OrgUnitNode> children) {
}
