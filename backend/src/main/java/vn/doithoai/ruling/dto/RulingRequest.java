package vn.doithoai.ruling.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.ruling.RulingType;

/** A draft ruling, created or replaced whole. Fields of another type than the one given are ignored and cleared. */
@Schema(name = "RulingRequest")
public record RulingRequest(@NotNull RulingType type,
        @Schema(description = "What the chair concluded; for EXPLAINED, the explanation given") @NotBlank @Size(max = 10000) String content,
        @Schema(description = "Ids of the plan's feedback items it rules on: not rejected, not merged into another item")
        @NotEmpty @Size(max = 200) List<@NotNull Long> feedbackIds,
        @Schema(description = "RESOLVE: code of the lead unit (đơn vị chủ trì), a body that can answer") @Size(max = 50) String unitCode,
        @Schema(description = "RESOLVE: codes of coordinating units (đơn vị phối hợp): distinct, not the lead unit")
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> coordinatingUnitCodes,
        @Schema(description = "RESOLVE: due date, not before the session") @SupportedDate LocalDate dueDate,
        @Schema(description = "ESCALATE: the higher body it goes to") @Size(max = 500) String escalatedTo,
        @Schema(description = "ESCALATE: the recommendation sent") @Size(max = 10000) String recommendation,
        @Schema(description = "DECLINED: why") @Size(max = 10000) String reason) {
}
