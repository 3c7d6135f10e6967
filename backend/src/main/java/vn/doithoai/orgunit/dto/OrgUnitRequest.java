package vn.doithoai.orgunit.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.orgunit.OrgUnitKind;

/** The fields a client may set on an org unit. The code is set once, at creation. */
public final class OrgUnitRequest {

    private OrgUnitRequest() {
    }

    @Schema(name = "NewOrgUnit")
    public record Create(
            @NotBlank @Size(max = 50) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{orgunit.code.pattern}") String code,
            @NotBlank @Size(max = 255) String name,
            @NotNull OrgUnitKind kind,
            @Schema(nullable = true, description = "Code of the parent unit; absent or null at the top of the tree") @Size(max = 50) String parentCode,
            @Schema(nullable = true, description = "Position among its siblings; 0 when absent") @Min(0) @Max(100000) Integer sortOrder,
            @Schema(nullable = true, description = "Code of the body it belongs to; absent: shared (the installation's administrator), or the "
                    + "caller's own body (a body's administrator, who may name no other)") @Size(max = 50) String ownerBodyCode) {
    }

    @Schema(name = "OrgUnitChanges")
    public record Update(
            @NotBlank @Size(max = 255) String name,
            @NotNull OrgUnitKind kind,
            @Schema(nullable = true, description = "Code of the parent unit; absent or null at the top of the tree") @Size(max = 50) String parentCode,
            @Schema(nullable = true, description = "Position among its siblings; unchanged when absent") @Min(0) @Max(100000) Integer sortOrder) {
    }

    @Schema(name = "OrgUnitRetirement", description = "A unit merged or abolished: from which day, and which unit carries it on")
    public record Retirement(
            @Schema(description = "The first day it no longer exists, at the latest today") @NotNull @SupportedDate LocalDate retiredOn,
            @Schema(nullable = true, description = "Code of the unit that carries it on; required for a body and for a locality (its "
                    + "records and its people go on there), of a kind it may merge into") @Size(max = 50) String successorCode) {
    }

    @Schema(name = "OrgUnitOwner", description = "The body a unit belongs to")
    public record Owner(
            @Schema(nullable = true, description = "Code of the body; null or absent: shared by the installation") @Size(max = 50) String ownerBodyCode) {
    }
}
