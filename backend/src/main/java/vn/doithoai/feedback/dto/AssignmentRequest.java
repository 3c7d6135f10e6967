package vn.doithoai.feedback.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The office names the unit that prepares the answer (đơn vị chủ trì). */
@Schema(name = "FeedbackAssignment")
public record AssignmentRequest(@Schema(description = "Code of the org unit, e.g. phong-tnmt") @NotBlank @Size(max = 50) String unitCode) {
}
