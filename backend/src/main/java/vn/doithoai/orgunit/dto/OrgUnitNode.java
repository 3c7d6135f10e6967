package vn.doithoai.orgunit.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;

@Schema(name = "OrgUnitNode", description = "An org unit with the units under it")
public record OrgUnitNode(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(required = true) OrgUnitKind kind,
        @Schema(required = true) List<OrgUnitNode> children) {
}
