package vn.doithoai.privacy.subject.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request with everything held about its person today (nothing once they are erased). */
@Schema(name = "SubjectRequestDetail")
public record SubjectRequestDetail(
        @Schema(required = true) SubjectRequestView request,
        @Schema(required = true) HeldData held) {
}
