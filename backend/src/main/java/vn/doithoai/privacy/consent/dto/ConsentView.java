package vn.doithoai.privacy.consent.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.consent.ConsentChannel;
import vn.doithoai.privacy.consent.ConsentPurpose;

/** One purpose as recorded for a person's record; names no officer, so the person may read it with their tracking code. */
@Schema(name = "ConsentView")
public record ConsentView(
        @Schema(required = true) ConsentPurpose purpose,
        @Schema(required = true, description = "Agreed to when the data was taken (or later)") boolean given,
        @Schema(required = true, description = "Given and not withdrawn: what the purpose allows may happen") boolean active,
        @Schema(nullable = true, description = "The notice's version; null when given before notices were versioned") Integer noticeVersion,
        @Schema(required = true) ConsentChannel channel,
        @Schema(required = true) OffsetDateTime recordedAt,
        @Schema(nullable = true) OffsetDateTime withdrawnAt,
        @Schema(nullable = true) ConsentChannel withdrawalChannel) {
}
