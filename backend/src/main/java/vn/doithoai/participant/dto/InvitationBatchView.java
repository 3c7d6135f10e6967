package vn.doithoai.participant.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.participant.InvitationChannel;

@Schema(name = "InvitationBatch")
public record InvitationBatchView(
        @Schema(required = true) long id,
        @Schema(required = true) String number,
        @Schema(required = true) LocalDate issuedOn,
        @Schema(required = true) InvitationChannel channel,
        @Schema(required = true, description = "Invitees in this batch the caller may see") long participantCount,
        @Schema(required = true, nullable = true, description = "The last day it could go out on time") LocalDate deadline,
        @Schema(required = true) boolean late,
        @Schema(required = true, nullable = true) String overrideReason,
        @Schema(required = true) String createdBy,
        @Schema(required = true) OffsetDateTime createdAt) {
}
