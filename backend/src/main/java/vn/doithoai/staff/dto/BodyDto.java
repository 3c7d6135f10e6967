package vn.doithoai.staff.dto;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;

@Schema(name = "Body", description = "A body of the installation (cơ quan tổ chức đối thoại): a Party committee or People's Committee")
public record BodyDto(
        @Schema(required = true, description = "Stable code, the token's body claim, e.g. dang-uy-phuong-bac-gianh") String code,
        @Schema(required = true) String name,
        @Schema(required = true) OrgUnitKind kind,
        @Schema(required = true, nullable = true, description = "The province, ward or commune it serves") OrgUnitRef locality,
        @Schema(required = true, nullable = true, description = "Merged or abolished from this day on; null while it is active") LocalDate retiredOn,
        @Schema(required = true, nullable = true, description = "The body that carries on its records") OrgUnitRef successor) {

    public static BodyDto of(OrgUnit body) {
        return new BodyDto(body.code(), body.name(), body.kind(), body.parent() == null ? null : OrgUnitRef.of(body.parent()),
                body.retiredOn(), body.successor() == null ? null : OrgUnitRef.of(body.successor()));
    }
}
