package vn.doithoai.privacy.subject.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the installation holds about one person, in one place: their person records with the dialogues they took
 * part in, the items they sent (with their attachments' names), and their registrations waiting for a decision.
 */
@Schema(name = "HeldData")
public record HeldData(
        @Schema(required = true) List<HeldPerson> people,
        @Schema(required = true) List<HeldFeedback> feedback,
        @Schema(required = true) List<HeldRegistration> registrations) {

    /** A person's record (cá nhân). */
    @Schema(name = "HeldPerson")
    public record HeldPerson(
            @Schema(required = true) long id,
            @Schema(required = true) String fullName,
            String title,
            String phone,
            String email,
            String address,
            String notes,
            String ward,
            String account,
            @Schema(required = true) boolean namePublic,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<HeldParticipation> participations) {
    }

    /** One dialogue the person took part in. */
    @Schema(name = "HeldParticipation")
    public record HeldParticipation(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true) String planTitle,
            @Schema(required = true) String kind,
            @Schema(required = true) String rsvp,
            String matter,
            Instant checkedInAt) {
    }

    /** An item the person sent (ý kiến, kiến nghị), with the contact they gave. */
    @Schema(name = "HeldFeedback")
    public record HeldFeedback(
            @Schema(required = true) long id,
            @Schema(required = true) String trackingCode,
            @Schema(required = true) long planId,
            @Schema(required = true) String planTitle,
            @Schema(required = true) String status,
            @Schema(required = true) String title,
            @Schema(required = true) String content,
            String submitterName,
            String submitterPhone,
            String submitterEmail,
            @Schema(required = true) Instant receivedAt,
            @Schema(required = true) List<HeldAttachment> attachments) {
    }

    /** A file sent with an item: its name and kind, not its content. */
    @Schema(name = "HeldAttachment")
    public record HeldAttachment(
            @Schema(required = true) long id,
            @Schema(required = true) String fileName,
            @Schema(required = true) String contentType,
            @Schema(required = true) long size) {
    }

    /** A registration to attend that matched someone already known, as the registrant entered it. */
    @Schema(name = "HeldRegistration")
    public record HeldRegistration(
            @Schema(required = true) long id,
            @Schema(required = true) long planId,
            @Schema(required = true) String planTitle,
            @Schema(required = true) String status,
            @Schema(required = true) String fullName,
            String phone,
            String matter,
            @Schema(required = true) Instant createdAt) {
    }
}
