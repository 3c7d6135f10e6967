package vn.doithoai.privacy.consent.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.consent.ConsentChannel;

/** Staff record a purpose the person agreed to after their data was taken, e.g. to have their name shown publicly. */
@Schema(name = "GivenConsentRequest")
public record GivenConsentRequest(
        @Schema(required = true, description = "The version of the privacy notice the person was shown", examples = "1")
        @NotNull Integer noticeVersion,
        @Schema(required = true, description = "How the person gave it: IN_PERSON, PHONE, PAPER_FORM or ORGANISATION_REPORT")
        @NotNull ConsentChannel channel) {
}
