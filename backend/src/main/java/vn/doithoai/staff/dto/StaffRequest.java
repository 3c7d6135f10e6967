package vn.doithoai.staff.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;

/** What an administrator sends: a new body with its first administrator, an invitation, a change of roles. */
public final class StaffRequest {

    /** The characters Keycloak refuses in a person's name; refused here first, with our message. */
    static final String NAME = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]+";
    static final String ROLES = "Among admin, secretariat, chair, unit, ward";

    private StaffRequest() {
    }

    @Schema(name = "NewBodyAdministrator", description = "The first administrator of a new body, invited by e-mail")
    public record Administrator(
            @NotBlank @Size(max = 120) @Pattern(regexp = NAME, message = "{staff.full-name.pattern}")
            @Schema(description = "Full name, family name first, e.g. Nguyễn Thị Hoa") String fullName,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    @Schema(name = "NewBody")
    public record NewBody(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{orgunit.code.pattern}") String code,
            @NotBlank @Size(max = 255) String name,
            @NotNull @Schema(description = "PARTY_COMMITTEE or PEOPLES_COMMITTEE") OrgUnitKind kind,
            @NotBlank @Size(max = 50) @Schema(description = "Code of its province, ward or commune") String localityCode,
            @NotNull @Valid Administrator administrator) {
    }

    @Schema(name = "StaffInvitation", description = "A person invited into a body by e-mail")
    public record Invitation(
            @NotBlank @Size(max = 120) @Pattern(regexp = NAME, message = "{staff.full-name.pattern}")
            @Schema(description = "Full name, family name first, e.g. Nguyễn Thị Hoa") String fullName,
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull @Size(min = 1, max = 5) @Schema(description = ROLES) List<@NotBlank String> roles,
            @Size(max = 50) @Schema(nullable = true, description = "The unit they work for; required with role unit") String orgUnitCode,
            @Size(max = 50) @Schema(nullable = true, description = "Their ward, commune or village; required with role ward") String wardCode) {
    }

    @Schema(name = "StaffRoles", description = "The roles a person holds in the body and where they work; replaces what they had")
    public record Roles(
            @NotNull @Size(min = 1, max = 5) @Schema(description = ROLES) List<@NotBlank String> roles,
            @Size(max = 50) @Schema(nullable = true, description = "The unit they work for; required with role unit") String orgUnitCode,
            @Size(max = 50) @Schema(nullable = true, description = "Their ward, commune or village; required with role ward") String wardCode) {
    }
}
