package vn.doithoai.partner.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner system of a body: its client id (the client_id of its token requests), name and granted scopes. */
@Schema(name = "Partner")
public record PartnerView(
        @Schema(required = true, description = "Keycloak client id; the client_id of the client-credentials grant") String clientId,
        @Schema(required = true, nullable = true) String name,
        @Schema(required = true, description = "Code of the body the partner acts for") String body,
        @Schema(required = true, description = "Granted scopes: plans:read, feedback:read, feedback:write, rulings:read, "
                + "statistics:read, personal-data:read") List<String> scopes,
        @Schema(required = true, description = "Whether it may get tokens") boolean enabled) {
}
