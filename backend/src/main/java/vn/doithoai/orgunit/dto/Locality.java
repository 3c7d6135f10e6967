package vn.doithoai.orgunit.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.OrgUnitKind;

/** A ward or commune with its villages and residential groups: where a citizen says they live. */
@Schema(name = "Locality")
public record Locality(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(required = true) OrgUnitKind kind,
        @Schema(required = true, description = "Villages and residential groups, in order") List<OrgUnitRef> villages) {
}
