package vn.doithoai.staff.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreatedBody", description = "A new body and its first administrator, invited by e-mail")
public record CreatedBody(@Schema(required = true) BodyDto body, @Schema(required = true) StaffMember administrator) {
}
