package vn.doithoai.partner.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner and its client secret, shown only in this answer (on registration and on each rotation). */
@Schema(name = "PartnerCredentials")
public record PartnerCredentials(
        @Schema(required = true) PartnerView partner,
        @Schema(required = true, description = "The client secret; not shown again. Rotating it stops the old one at once") String clientSecret,
        @Schema(required = true, description = "Where the partner gets its tokens (grant_type=client_credentials)") String tokenUrl) {
}
