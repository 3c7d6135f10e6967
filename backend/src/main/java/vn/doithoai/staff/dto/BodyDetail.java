package vn.doithoai.staff.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;

@Schema(name = "BodyDetail", description = "A body with what its staff may be attached to")
public record BodyDetail(
        @Schema(required = true) BodyDto body,
        @Schema(required = true, description = "Units its staff may work for (role unit): its own and the installation's shared ones") List<OrgUnitRef> units,
        @Schema(required = true, description = "Wards, communes, villages and residential groups of its area (role ward)") List<OrgUnitRef> wards) {
}
