package vn.doithoai.participant.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as the office or a ward officer enters them. */
@Schema(name = "PersonInput")
public record PersonInput(
        @NotBlank @Size(max = 255) String fullName,
        @Schema(nullable = true, description = "Chức vụ") @Size(max = 255) String title,
        @Schema(nullable = true, description = "Code of the person's organisation") @Size(max = 50) String organisationCode,
        @Schema(nullable = true, description = "Code of the ward or commune") @Size(max = 50) String wardCode,
        @Schema(nullable = true, description = "Code of the village or residential group, in the ward") @Size(max = 50) String villageCode,
        @Schema(nullable = true, description = "Vietnamese phone number, e.g. 0912 345 678 or +84 912 345 678") @Size(max = 20) String phone,
        @Schema(nullable = true) @Email @Size(max = 255) String email,
        @Schema(nullable = true) @Size(max = 500) String address,
        @Schema(nullable = true) @Size(max = 2000) String notes) {
}
