package vn.doithoai.privacy.contact.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.contact.ConfirmedFor;
import vn.doithoai.privacy.contact.ContactChannel;

/** A confirmation under way or done; never the code, and the contact only masked. */
@Schema(name = "ContactVerification")
public record ContactVerificationView(
        @Schema(required = true) long id,
        @Schema(required = true) ContactChannel channel,
        @Schema(required = true, description = "The contact as the person may be shown it: 09•••••678, n•••@gmail.com") String maskedContact,
        @Schema(required = true, description = "What the confirmation counts for: the feedback item or the registration it was asked for, "
                + "or the citizen's own account; never for the contact as such") ConfirmedFor confirmedFor,
        @Schema(required = true, description = "Until when the code (and the link) may be used") OffsetDateTime expiresAt,
        @Schema(required = true, description = "Whether the contact is confirmed for that matter") boolean verified,
        @Schema(required = true, description = "Wrong codes that may still be tried") int attemptsLeft) {
}
