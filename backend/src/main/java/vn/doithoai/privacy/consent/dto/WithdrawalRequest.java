package vn.doithoai.privacy.consent.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.consent.ConsentChannel;

/** A person takes back a purpose; staff doing it for them say how the person asked. */
@Schema(name = "WithdrawalRequest")
public record WithdrawalRequest(
        @Schema(nullable = true, description = "Staff acting on the person's behalf: how they asked (IN_PERSON, PHONE, PAPER_FORM). "
                + "Ignored when the person withdraws themselves (ONLINE).")
        ConsentChannel channel) {
}
