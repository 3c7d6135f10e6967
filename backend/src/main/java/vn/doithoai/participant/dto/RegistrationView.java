package vn.doithoai.participant.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registrant's receipt: the token opens their confirmation page and QR code. Only what they entered, the same
 * whether or not their phone number was known before, so the receipt tells nothing about anyone else.
 */
@Schema(name = "Registration")
public record RegistrationView(
        @Schema(required = true, description = "Key of the confirmation page /xac-nhan/{token}") String token,
        @Schema(required = true) long planId,
        @Schema(required = true) String planTitle,
        @Schema(required = true, nullable = true) OffsetDateTime sessionAt,
        @Schema(required = true, nullable = true) String venue,
        @Schema(required = true, description = "As entered") String fullName,
        @Schema(required = true, description = "The ward entered") String wardName,
        @Schema(required = true, nullable = true) String matter,
        @Schema(required = true) OffsetDateTime registeredAt) {
}
