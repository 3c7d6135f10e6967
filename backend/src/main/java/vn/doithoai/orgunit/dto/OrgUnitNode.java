package vn.doithoai.orgunit.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;

@Schema(name = "OrgUnitNode", description = "An org unit with the units under it")
public record OrgUnitNode(String code, String name, OrgUnitKind kind, List<OrgUnitNode> children) {
}
