package vn.doithoai.partner.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a body's administrator says about a partner system. */
public final class PartnerRequest {

    private PartnerRequest() {
    }

    @Schema(name = "PartnerRegistration")
    public record Registration(
            @Schema(required = true, description = "Lower-case letters, digits and dashes, 3 to 64; unique in the installation",
                    example = "cong-pakn-tinh") @NotBlank @Pattern(regexp = "^[a-z0-9][a-z0-9-]{2,63}$") String clientId,
            @Schema(required = true, example = "Cổng tiếp nhận phản ánh, kiến nghị của tỉnh") @NotBlank @Size(max = 255) String name,
            @Schema(required = true, description = "Among plans:read, feedback:read, feedback:write, rulings:read, statistics:read, "
                    + "personal-data:read") @NotNull @Size(max = 10) List<@NotBlank String> scopes) {
    }

    @Schema(name = "PartnerScopes")
    public record Scopes(
            @Schema(required = true, description = "The scopes the partner holds from now on, exactly") @NotNull @Size(max = 10)
            List<@NotBlank String> scopes) {
    }
}
