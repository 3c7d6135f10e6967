package vn.doithoai.orgunit.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
            @Schema(nullable = true, description = "Position among its siblings; 0 when absent") @Min(0) @Max(100000) Integer sortOrder) {
    }

    @Schema(name = "OrgUnitChanges")
    public record Update(
            @NotBlank @Size(max = 255) String name,
            @NotNull OrgUnitKind kind,
            @Schema(nullable = true, description = "Code of the parent unit; absent or null at the top of the tree") @Size(max = 50) String parentCode,
            @Schema(nullable = true, description = "Position among its siblings; unchanged when absent") @Min(0) @Max(100000) Integer sortOrder) {
    }
}
