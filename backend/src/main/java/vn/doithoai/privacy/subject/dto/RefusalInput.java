package vn.doithoai.privacy.subject.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a request is refused, as the person will be told. */
@Schema(name = "SubjectRequestRefusal")
public record RefusalInput(@NotBlank @Size(max = 2000) String reason) {
}
