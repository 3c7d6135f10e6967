package vn.doithoai.privacy.subject.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;
import vn.doithoai.privacy.subject.RequestKind;

/** A person's request received by the office: what they ask, and who they are (any of phone, e-mail, login, record). */
@Schema(name = "SubjectRequestInput")
public record SubjectRequestInput(
        @NotNull RequestKind kind,
        @Schema(nullable = true) @Size(max = 30) String phone,
        @Schema(nullable = true) @Email @Size(max = 255) String email,
        @Schema(nullable = true, description = "The person's login") @Size(max = 100) String account,
        @Schema(nullable = true, description = "A person's record, as the people search finds it") Long personId,
        @Schema(nullable = true, description = "Today when left out; the deadline runs from it") @SupportedDate LocalDate receivedOn,
        @Schema(nullable = true) @Size(max = 2000) String note) {
}
