package vn.doithoai.staff.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;

@Schema(name = "StaffMember", description = "A person of a body: their account, roles and where they work")
public record StaffMember(
        @Schema(required = true, description = "The account's id at the identity provider") String id,
        @Schema(required = true, description = "The login (their e-mail address)") String username,
        @Schema(required = true, description = "Full name, family name first") String fullName,
        @Schema(required = true, nullable = true) String email,
        @Schema(required = true, description = "Roles held in the body: admin, secretariat, chair, unit, ward") List<String> roles,
        @Schema(required = true, nullable = true, description = "The unit they work for (role unit)") OrgUnitRef orgUnit,
        @Schema(required = true, nullable = true, description = "The ward, commune or village they work for (role ward)") OrgUnitRef ward,
        @Schema(required = true, description = "False once disabled: they cannot log in") boolean enabled,
        @Schema(required = true, description = "Invited and not yet active: the password is still to be chosen") boolean invited,
        @Schema(required = true, description = "What the identity provider still asks of them at their next login, e.g. UPDATE_PASSWORD") List<String> pendingActions,
        @Schema(required = true, description = "Version of roles, scope and state; the ETag carries the same value") long version) {
}
