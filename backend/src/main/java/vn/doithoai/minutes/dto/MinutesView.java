package vn.doithoai.minutes.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.minutes.MinutesStatus;
import vn.doithoai.minutes.Representing;
import vn.doithoai.minutes.SectionKind;
import vn.doithoai.minutes.SignatureOutcome;

/** One version of the minutes with its text and signatures; its version is the ETag. */
@Schema(name = "Minutes")
public record MinutesView(@Schema(required = true) long id, @Schema(required = true) long planId, @Schema(required = true) String planTitle,
        @Schema(required = true, description = "1, 2, … within the plan") int versionNo, @Schema(required = true) MinutesStatus status,
        @Schema(required = true, nullable = true, description = "The version this one corrects") Long previousId,
        @Schema(required = true, nullable = true, description = "The finalised correction that replaced this version") Long supersededById,
        @Schema(required = true) String chairName, @Schema(required = true) String secretaryName,
        @Schema(required = true) List<Section> sections, @Schema(required = true) List<Signature> signatures,
        @Schema(required = true, nullable = true) String correctionReason, @Schema(required = true, nullable = true) String finalisedBy,
        @Schema(required = true, nullable = true) Instant finalisedAt, @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt, @Schema(required = true) Instant updatedAt, @Schema(required = true) long version) {

    @Schema(name = "MinutesSection")
    public record Section(@Schema(required = true) SectionKind kind, @Schema(required = true) String heading,
            @Schema(required = true) String body) {
    }

    @Schema(name = "MinutesSignature")
    public record Signature(@Schema(required = true) long id, @Schema(required = true) String name,
            @Schema(required = true, nullable = true) String title, @Schema(required = true, nullable = true) String organisation,
            @Schema(required = true) Representing representing, @Schema(required = true) SignatureOutcome outcome,
            @Schema(required = true, nullable = true) String declinedReason, @Schema(required = true) String recordedBy,
            @Schema(required = true) Instant recordedAt) {
    }
}
