package vn.doithoai.minutes.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a finalised version must be corrected. */
@Schema(name = "MinutesCorrectionRequest")
public record CorrectionRequest(@NotBlank @Size(max = 2000) String reason) {
}
