package vn.doithoai.notice.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Generate the notice; once generated, only an explicit regeneration with a reason makes a new revision. */
@Schema(name = "ConclusionNoticeGenerate")
public record NoticeGenerateRequest(
        @Schema(description = "true to generate again after a generation") boolean regenerate,
        @Schema(description = "why it is generated again; required with regenerate") @Size(max = 2000) String reason) {
}
