package vn.doithoai.accountability.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.accountability.PublicStatus;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingDeadline;
import vn.doithoai.ruling.RulingType;

/**
 * An issued ruling as anyone may read it: what was concluded, who resolves it by when, how far it is. The items
 * are named by title only: no sender, phone, or tracking code of a citizen.
 */
@Schema(name = "PublicRuling")
public record PublicRuling(@Schema(required = true) int number, @Schema(required = true) RulingType type,
        @Schema(required = true, description = "The ruling's standing (RulingDeadline.standing) as the public enum; NOT_STARTED was "
                + "added later: a client that does not know it may show it as IN_PROGRESS") PublicStatus status,
        @Schema(required = true, description = "The same standing with its working days late or left, as the office's lists show it")
        RulingDeadline deadline, @Schema(required = true) String content,
        @Schema(required = true, nullable = true) String leadUnit, @Schema(required = true) List<String> coordinatingUnits,
        @Schema(required = true, nullable = true) LocalDate dueDate, @Schema(required = true, nullable = true) FollowUpStatus followUp,
        @Schema(required = true) int progressPercent, @Schema(required = true, nullable = true) String progressNote,
        @Schema(required = true, nullable = true) LocalDate resolvedOn, @Schema(required = true, nullable = true) String escalatedTo,
        @Schema(required = true, nullable = true) String reply, @Schema(required = true, nullable = true) LocalDate repliedOn,
        @Schema(required = true, nullable = true, description = "DECLINED: why") String reason,
        @Schema(required = true, nullable = true) String cannotResolveReason,
        @Schema(required = true, description = "titles of the items it rules on") List<String> items) {
}
