package vn.doithoai.privacy.contact.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.contact.ContactChannel;

/** A contact to confirm: a code is sent to it. */
@Schema(name = "ContactVerificationRequest")
public record ContactVerificationRequest(
        @NotNull @Schema(required = true, description = "SMS for a phone number, EMAIL for an address") ContactChannel channel,
        @NotBlank @Size(max = 254) @Schema(required = true, description = "The phone number (0912 345 678, +84 912 345 678) or email address")
        String contact) {
}
