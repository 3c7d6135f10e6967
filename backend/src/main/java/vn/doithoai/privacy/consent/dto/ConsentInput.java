package vn.doithoai.privacy.consent.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.consent.ConsentChannel;
import vn.doithoai.privacy.consent.ConsentPurpose;

/**
 * What the person agreed to on a form that takes their data, after reading the privacy notice of the given version.
 * The purposes listed are given; those the form offered and not listed are recorded as refused.
 */
@Schema(name = "ConsentInput")
public record ConsentInput(
        @Schema(required = true, description = "The version of the privacy notice shown with the form", examples = "1")
        @NotNull Integer noticeVersion,
        @Schema(required = true, description = "The purposes agreed to; HANDLE_MATTER is needed for the office to take the data in")
        @NotNull List<@NotNull ConsentPurpose> purposes,
        @Schema(nullable = true, description = "Staff entering on someone's behalf: how the person gave their consent (IN_PERSON, "
                + "PHONE, PAPER_FORM or ORGANISATION_REPORT). Ignored for the person themselves (ONLINE) and partner systems (PARTNER).")
        ConsentChannel channel) {
}
