package vn.doithoai.ruling.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.ruling.FollowUpStatus;
import vn.doithoai.ruling.RulingType;

/** An issued ruling of an earlier plan of the same issuing body that is still being followed (not resolved). */
@Schema(name = "CarryOverCandidate")
public record CarryOverCandidate(@Schema(required = true) long rulingId, @Schema(required = true) long planId,
        @Schema(required = true) String planTitle,
        @Schema(required = true, nullable = true, description = "number and symbol, e.g. 61-KH/ThU") String planNumber,
        @Schema(required = true, nullable = true) OffsetDateTime sessionAt, @Schema(required = true) int number,
        @Schema(required = true) RulingType type, @Schema(required = true) String content,
        @Schema(required = true, nullable = true) OrgUnitRef leadUnit, @Schema(required = true, nullable = true) LocalDate dueDate,
        @Schema(required = true) FollowUpStatus followUp, @Schema(required = true) int progressPercent,
        @Schema(required = true) List<String> itemTitles,
        @Schema(required = true, description = "already carried into this plan") boolean carried) {
}
