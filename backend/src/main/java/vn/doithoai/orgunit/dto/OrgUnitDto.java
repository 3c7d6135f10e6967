package vn.doithoai.orgunit.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitAction;
import vn.doithoai.orgunit.OrgUnitKind;

@Schema(name = "OrgUnit", description = "An org unit (đơn vị)")
public record OrgUnitDto(
        @Schema(required = true, description = "Stable code, e.g. phuong-ba-don") String code,
        @Schema(required = true) String name,
        @Schema(required = true) OrgUnitKind kind,
        @Schema(description = "Code of the unit it belongs to; null at the top of the tree", nullable = true, required = true) String parentCode,
        @Schema(required = true, description = "Position among its siblings") int sortOrder,
        @Schema(required = true, description = "Holds dialogues (cơ quan tổ chức đối thoại): plans belong to it, staff act within it") boolean body,
        @Schema(required = true, nullable = true, description = "The body it belongs to, whose administrator keeps it; null: shared by the installation") OrgUnitRef ownerBody,
        @Schema(required = true, nullable = true, description = "Merged or abolished from this day on; null: present-day") LocalDate retiredOn,
        @Schema(required = true, nullable = true, description = "The unit that carries it on since it was retired") OrgUnitRef successor,
        @Schema(required = true, description = "What the caller may do with it now") List<OrgUnitAction> allowedActions,
        @Schema(required = true, description = "Version of the record; the ETag carries the same value") long version) {

    public static OrgUnitDto of(OrgUnit unit, List<OrgUnitAction> allowedActions) {
        return new OrgUnitDto(unit.code(), unit.name(), unit.kind(), unit.parentCode(), unit.sortOrder(), unit.isBody(),
                OrgUnitRef.ofNullable(unit.ownerBody()), unit.retiredOn(), OrgUnitRef.ofNullable(unit.successor()), allowedActions,
                unit.version());
    }
}
