package vn.doithoai.participant.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.participant.PendingRegistrationStatus;
import vn.doithoai.participant.RsvpStatus;

/**
 * A registration whose phone matched a known person, for the office and the ward officer of the registration's ward:
 * what the registrant entered, next to the matched record where the caller may see that record.
 */
@Schema(name = "PendingRegistration")
public record PendingRegistrationView(
        @Schema(required = true) long id,
        @Schema(required = true) long planId,
        @Schema(required = true, description = "PENDING_MATCH (chờ xác nhận trùng khớp) until decided") PendingRegistrationStatus status,
        @Schema(required = true, description = "As entered") String fullName,
        @Schema(required = true, description = "As entered") String phone,
        @Schema(required = true, description = "As entered; its ward officer decides") OrgUnitRef ward,
        @Schema(required = true, nullable = true, description = "As entered") OrgUnitRef village,
        @Schema(required = true, nullable = true, description = "As entered") String matter,
        @Schema(required = true, description = "As entered") boolean namePublic,
        @Schema(required = true, description = "Sent by a logged-in citizen") boolean loggedIn,
        @Schema(required = true, description = "Whether the caller may see the record of the person known by this phone (matchedPerson, "
                + "else null): the office always, a ward officer for a person of their own ward") boolean matchVisible,
        @Schema(required = true, nullable = true) PersonView matchedPerson,
        @Schema(required = true, nullable = true, description = "The matched person is already on this plan's list (null where not visible)")
        Boolean matchOnList,
        @Schema(required = true, description = "The registrant's own answer by their link") RsvpStatus rsvp,
        @Schema(required = true, nullable = true) OffsetDateTime rsvpAt,
        @Schema(required = true) OffsetDateTime registeredAt,
        @Schema(required = true, nullable = true, description = "The participation it joined or became, once decided") Long participantId,
        @Schema(required = true, nullable = true) String decidedBy,
        @Schema(required = true, nullable = true) OffsetDateTime decidedAt,
        @Schema(required = true, description = "Also the ETag") long version) {
}
