package vn.doithoai.orgunit.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnit;

@Schema(name = "OrgUnitRef", description = "An org unit named by code and name")
public record OrgUnitRef(@Schema(required = true) String code, @Schema(required = true) String name) {

    public static OrgUnitRef of(OrgUnit unit) {
        return new OrgUnitRef(unit.code(), unit.name());
    }

    public static OrgUnitRef ofNullable(OrgUnit unit) {
        return unit == null ? null : of(unit);
    }
}
