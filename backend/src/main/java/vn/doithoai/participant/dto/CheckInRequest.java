package vn.doithoai.participant.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Marks someone present: by the code scanned from their QR, or picked from the list. */
@Schema(name = "CheckInRequest")
public record CheckInRequest(
        @Schema(nullable = true, description = "As scanned: the confirmation URL or its token") @Size(max = 500) String code,
        @Schema(nullable = true) Long participantId,
        @Schema(nullable = true, description = "The officer saw the warning that today is not the session's day and checks the "
                + "person in all the same (a rehearsal, a session moved at short notice)") Boolean outsideSessionDay) {

    public boolean confirmedOutsideSessionDay() {
        return Boolean.TRUE.equals(outsideSessionDay);
    }
}
