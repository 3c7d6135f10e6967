package vn.doithoai.ruling.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingStatus;
import vn.doithoai.ruling.RulingType;

/** A ruling (kết luận) with the items it rules on; fields of other types than its own are null. */
@Schema(name = "Ruling")
public record RulingView(@Schema(required = true) long id, @Schema(required = true) long planId,
        @Schema(required = true, description = "1, 2, … within the plan") int number,
        @Schema(required = true) RulingType type, @Schema(required = true) RulingStatus status,
        @Schema(required = true) String content, @Schema(required = true) List<Item> items,
        OrgUnitRef leadUnit, @Schema(required = true) List<OrgUnitRef> coordinatingUnits, LocalDate dueDate,
        String escalatedTo, String recommendation, String reply, LocalDate repliedOn, String reason,
        @Schema(description = "OPEN for RESOLVE and ESCALATE, null for the others") FollowUpStatus followUp,
        @Schema(required = true, description = "latest reported percentage done, 0–100") int progressPercent,
        @Schema(description = "the latest progress report's text") String progressNote, Instant followUpUpdatedAt,
        LocalDate resolvedOn, String cannotResolveReason,
        @Schema(description = "Where it stands and its working days late or left, on its body's calendar; null while a draft")
        RulingDeadline deadline,
        String issuedBy, Instant issuedAt, @Schema(required = true) long version) {

    /** A linked feedback item. */
    @Schema(name = "RulingItem")
    public record Item(@Schema(required = true) long id, @Schema(required = true) String trackingCode,
            @Schema(required = true) String title, OrgUnitRef ward) {
    }
}
