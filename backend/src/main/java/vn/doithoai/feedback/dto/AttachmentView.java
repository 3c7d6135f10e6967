package vn.doithoai.feedback.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo or PDF sent with an item; the file itself at {@code /api/v1/feedback/{id}/attachments/{attachmentId}}. */
@Schema(name = "FeedbackAttachment")
public record AttachmentView(
        @Schema(required = true) long id,
        @Schema(required = true) String fileName,
        @Schema(required = true, description = "Judged from the content: image/jpeg, image/png or application/pdf") String contentType,
        @Schema(required = true, description = "In bytes, as stored (photos after reduction)") long size) {
}
