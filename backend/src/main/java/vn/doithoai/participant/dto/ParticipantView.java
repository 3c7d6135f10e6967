package vn.doithoai.participant.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.participant.InvitationChannel;
import vn.doithoai.participant.ParticipantKind;
import vn.doithoai.participant.ParticipantSource;
import vn.doithoai.participant.RsvpStatus;
import vn.doithoai.plan.ParticipantLevel;

/**
 * A participant of a plan as the caller may see them: contact data only for the office, the chair and the
 * person's own ward officer; a citizen's name only where they agreed, else "Công dân phường X".
 */
@Schema(name = "Participant")
public record ParticipantView(
        @Schema(required = true) long id,
        @Schema(required = true) long personId,
        @Schema(required = true, description = "The name, or \"Công dân phường X\" where the caller may not see it") String displayName,
        @Schema(required = true, nullable = true, description = "Null where the caller may not see the name") String fullName,
        @Schema(required = true, nullable = true) String title,
        @Schema(required = true, nullable = true) OrgUnitRef organisation,
        @Schema(required = true, nullable = true) OrgUnitRef ward,
        @Schema(required = true, nullable = true) OrgUnitRef village,
        @Schema(required = true, nullable = true) String phone,
        @Schema(required = true, nullable = true) String email,
        @Schema(required = true, nullable = true) String address,
        @Schema(required = true, description = "Whether phone, email and address are shown to the caller") boolean contactVisible,
        @Schema(required = true) boolean namePublic,
        @Schema(required = true) ParticipantKind kind,
        @Schema(required = true) ParticipantLevel level,
        @Schema(required = true, nullable = true, description = "The composition group it counts toward") Long groupId,
        @Schema(required = true) ParticipantSource source,
        @Schema(required = true, nullable = true, description = "What the citizen wants to raise") String matter,
        @Schema(required = true, nullable = true) InvitationRef invitation,
        @Schema(required = true) RsvpStatus rsvp,
        @Schema(required = true, nullable = true) OffsetDateTime rsvpAt,
        @Schema(required = true, nullable = true) String rsvpNote,
        @Schema(required = true, nullable = true) OffsetDateTime checkedInAt,
        @Schema(required = true, nullable = true, description = "Key of the confirmation link /xac-nhan/{token}; only with contactVisible") String token,
        @Schema(required = true, description = "Also the ETag") long version) {

    @Schema(name = "ParticipantInvitation")
    public record InvitationRef(
            @Schema(required = true) long batchId,
            @Schema(required = true) String number,
            @Schema(required = true) LocalDate issuedOn,
            @Schema(required = true) InvitationChannel channel,
            @Schema(required = true, description = "Issued after the plan's deadline (with a recorded reason)") boolean late) {
    }
}
