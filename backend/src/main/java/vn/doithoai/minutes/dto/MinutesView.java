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
public record MinutesView(long id, long planId, String planTitle, int versionNo, MinutesStatus status,
        @Schema(nullable = true, description = "The version this one corrects") Long previousId,
        @Schema(nullable = true, description = "The finalised correction that replaced this version") Long supersededById,
        String chairName, String secretaryName, List<Section> sections, List<Signature> signatures,
        @Schema(nullable = true) String correctionReason, @Schema(nullable = true) String finalisedBy,
        @Schema(nullable = true) Instant finalisedAt, String createdBy, Instant createdAt, Instant updatedAt, long version) {

    @Schema(name = "MinutesSection")
    public record Section(SectionKind kind, String heading, String body) {
    }

    @Schema(name = "MinutesSignature")
    public record Signature(long id, String name, @Schema(nullable = true) String title, @Schema(nullable = true) String organisation,
            Representing representing, SignatureOutcome outcome, @Schema(nullable = true) String declinedReason, String recordedBy,
            Instant recordedAt) {
    }
}
