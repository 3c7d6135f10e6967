package vn.doithoai.feedback.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The office names the unit that prepares the answer (đơn vị chủ trì) and any units that work with it (đơn vị phối hợp). */
@Schema(name = "FeedbackAssignment")
public record AssignmentRequest(@Schema(description = "Code of the org unit, e.g. phong-tnmt") @NotBlank @Size(max = 50) String unitCode,
        @Schema(description = "Codes of coordinating units: distinct, not the lead unit; they read the item, only the lead unit drafts. "
                + "Omitted or empty: none (an earlier list is replaced).")
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> coordinatingUnitCodes) {

    public AssignmentRequest(String unitCode) {
        this(unitCode, null);
    }
}
