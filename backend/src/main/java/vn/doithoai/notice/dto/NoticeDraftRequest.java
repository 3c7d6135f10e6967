package vn.doithoai.notice.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;

/** The office's draft of the notice; every field may stay empty until generation, which names what is missing. */
@Schema(name = "ConclusionNoticeDraft")
public record NoticeDraftRequest(
        @Schema(description = "số, \"125\"") @Size(max = 20) String number,
        @Schema(description = "ký hiệu, \"TB/ThU\"") @Size(max = 50) String symbol,
        @SupportedDate LocalDate issuedOn,
        @Schema(description = "the body above the issuer in the header, \"ĐẢNG BỘ TỈNH QUẢNG BÌNH\"") @Size(max = 300) String parentBody,
        @Size(max = 200) String signerName,
        @Schema(description = "the signing authority, one line each: \"T/M BAN THƯỜNG VỤ\\nBÍ THƯ\"") @Size(max = 300) String signerTitle,
        @Schema(required = true, description = "nơi nhận") @NotNull @Size(max = 30) List<@NotNull @Size(min = 1, max = 300) String> recipients,
        @Schema(description = "the opening paragraph; empty: assembled from the plan") @Size(max = 5000) String opening) {
}
