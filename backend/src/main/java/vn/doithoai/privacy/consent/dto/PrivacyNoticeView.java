package vn.doithoai.privacy.consent.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.consent.ConsentPurpose;

/** The short notice shown with every form that takes personal data (thông báo xử lý dữ liệu cá nhân), in one language. */
@Schema(name = "PrivacyNotice")
public record PrivacyNoticeView(
        @Schema(required = true, description = "Sent back in ConsentInput.noticeVersion", examples = "1") int version,
        @Schema(required = true, description = "vi or en, from Accept-Language", examples = "vi") String language,
        @Schema(required = true) String title,
        @Schema(required = true, description = "Who processes the data") String controller,
        @Schema(required = true, description = "How long the data is kept") String retention,
        @Schema(required = true, description = "The person's rights and how to use them") String rights,
        @Schema(required = true) List<Purpose> purposes) {

    /** A purpose as the form asks for it. */
    @Schema(name = "PrivacyNoticePurpose")
    public record Purpose(
            @Schema(required = true) ConsentPurpose purpose,
            @Schema(required = true, description = "The checkbox's label") String label,
            @Schema(required = true, description = "What it allows, and what stops when it is withdrawn") String description) {
    }
}
