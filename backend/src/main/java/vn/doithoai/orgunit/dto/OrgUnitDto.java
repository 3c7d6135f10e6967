package vn.doithoai.orgunit.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;

@Schema(name = "OrgUnit", description = "An org unit (đơn vị)")
public record OrgUnitDto(
        @Schema(required = true, description = "Stable code, e.g. phuong-ba-don") String code,
        @Schema(required = true) String name,
        @Schema(required = true) OrgUnitKind kind,
        @Schema(description = "Code of the unit it belongs to; null at the top of the tree", nullable = true, required = true) String parentCode,
        @Schema(required = true, description = "Position among its siblings") int sortOrder,
        @Schema(required = true, description = "Version of the record; the ETag carries the same value") long version) {

    public static OrgUnitDto of(OrgUnit unit) {
        return new OrgUnitDto(unit.code(), unit.name(), unit.kind(), unit.parentCode(), unit.sortOrder(), unit.version());
    }
}
