package vn.doithoai.privacy.contact.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.contact.ContactChannel;

/**
 * A contact to confirm, and the matter it is confirmed for: a code is sent to it. The confirmation counts for that
 * matter only; without one, for the logged-in citizen's own account.
 */
@Schema(name = "ContactVerificationRequest")
public record ContactVerificationRequest(
        @NotNull @Schema(required = true, description = "SMS for a phone number, EMAIL for an address") ContactChannel channel,
        @NotBlank @Size(max = 254) @Schema(required = true, description = "The phone number (0912 345 678, +84 912 345 678) or email address, "
                + "as left with the matter") String contact,
        @Size(max = 40) @Schema(nullable = true, description = "The tracking code (mã tra cứu) of the feedback item the contact was left "
                + "with; the confirmation counts for that item only") String trackingCode,
        @Size(max = 200) @Schema(nullable = true, description = "The token of the registration's confirmation link (/xac-nhan/{token}) "
                + "whose phone this is; the confirmation counts for that registration only") String registrationToken) {
}
