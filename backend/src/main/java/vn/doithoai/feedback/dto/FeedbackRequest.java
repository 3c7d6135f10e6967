package vn.doithoai.feedback.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackChannel;
import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.privacy.consent.dto.ConsentInput;

/**
 * A feedback item as a citizen sends it from a phone, or as a ward officer or the office enters it. Citizens
 * always come in as CITIZEN_ONLINE; a ward officer's items are WARD_COLLECTED in their own ward; a partner system's are
 * PARTNER, named by its external reference.
 */
@Schema(name = "FeedbackRequest")
public record FeedbackRequest(
        @NotNull FeedbackKind kind,
        @Schema(nullable = true, description = "Left out: CITIZEN_ONLINE for citizens, WARD_COLLECTED for ward officers; the office must give it")
        FeedbackChannel channel,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 10000) String content,
        @Schema(nullable = true, description = "Code of the ward or commune; a ward officer's own ward when left out") @Size(max = 50) String wardCode,
        @Schema(nullable = true, description = "Code of the village or residential group, in the ward") @Size(max = 50) String villageCode,
        @Schema(nullable = true, description = "A focus area of the plan, when the sender knows it") Long focusAreaId,
        @Schema(nullable = true, description = "The participant who raised it (office and ward officers only)") Long participantId,
        @Schema(nullable = true, description = "The sender's name; may be left out") @Size(max = 255) String submitterName,
        @Schema(nullable = true, description = "Vietnamese phone number, to be called back") @Size(max = 20) String submitterPhone,
        @Schema(nullable = true) @Email @Size(max = 255) String submitterEmail,
        @Schema(nullable = true, description = "Partner systems only, and required for them: their own reference for the item. Sending "
                + "again with the same reference reaches the same item (updated while still RECEIVED), never a second one.")
        @Size(max = 100) @Pattern(regexp = "^[\\p{Alnum}._:/-]{1,100}$") String externalReference,
        @Schema(nullable = true, description = "The sender's consent to the purposes HANDLE_MATTER and CONTACT_ME, after the privacy "
                + "notice; staff entering on someone's behalf say how it was given, a partner system's is recorded as given through "
                + "it (PARTNER). Required when the item names its sender (submitterName, submitterPhone or submitterEmail) or a "
                + "logged-in citizen sends it: without it the item is refused (400, consent.required) and nothing is written. An "
                + "anonymous item needs none. Refusing CONTACT_ME means nothing is sent to the sender about the item.") @Valid ConsentInput consent) {
}
