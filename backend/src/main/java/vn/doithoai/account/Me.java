package vn.doithoai.account;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;

@Schema(name = "Me", description = "The signed-in caller as the API sees them")
public record Me(
        @Schema(required = true) String username,
        @Schema(required = true, description = "Full name, when the identity provider gives one", nullable = true) String name,
        @Schema(required = true, description = "Realm roles the product knows") List<String> roles,
        @Schema(required = true, description = "The caller's org unit (claim org_unit); its scope for role unit", nullable = true) OrgUnitRef orgUnit,
        @Schema(required = true, description = "The caller's ward (claim ward); its scope for roles ward and citizen", nullable = true) OrgUnitRef ward,
        @Schema(required = true, nullable = true, description = "The body the caller's staff roles are held in (claim body); none for "
                + "citizens and for the installation's administrator") OrgUnitRef body,
        @Schema(required = true, description = "How many bodies below the caller's they oversee: read, never change (a province's office)")
        int overseenBodies) {
}
