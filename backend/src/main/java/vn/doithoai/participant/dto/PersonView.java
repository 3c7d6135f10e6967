package vn.doithoai.participant.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;

/** A person found by phone or name, for the office or their ward officer to reuse. */
@Schema(name = "Person")
public record PersonView(
        @Schema(required = true) long id,
        @Schema(required = true) String fullName,
        @Schema(required = true, nullable = true) String title,
        @Schema(required = true, nullable = true) OrgUnitRef organisation,
        @Schema(required = true, nullable = true) OrgUnitRef ward,
        @Schema(required = true, nullable = true) OrgUnitRef village,
        @Schema(required = true, nullable = true) String phone,
        @Schema(required = true, nullable = true) String email,
        @Schema(required = true, nullable = true) String address,
        @Schema(required = true, nullable = true) String notes,
        @Schema(required = true) boolean namePublic) {
}
