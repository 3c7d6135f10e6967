package vn.doithoai.participant.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.participant.InvitationChannel;

/** Issues invitations to some participants at once. */
@Schema(name = "InvitationBatchRequest")
public record InvitationBatchRequest(
        @Schema(description = "Số giấy mời, e.g. 125-GM/ThU") @NotBlank @Size(max = 50) String number,
        @NotNull @SupportedDate LocalDate issuedOn,
        @NotNull InvitationChannel channel,
        @NotEmpty @Size(max = 2000) List<@NotNull Long> participantIds,
        @Schema(nullable = true, description = "Why the invitations go out after the plan's deadline; required then, audited")
        @Size(max = 2000) String lateOverrideReason) {
}
