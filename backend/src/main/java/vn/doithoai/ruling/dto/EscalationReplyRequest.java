package vn.doithoai.ruling.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.common.time.SupportedDate;

/** The higher body's reply to an issued escalation, and the date it came. */
@Schema(name = "RulingEscalationReply")
public record EscalationReplyRequest(@NotBlank @Size(max = 10000) String reply, @NotNull @SupportedDate LocalDate repliedOn) {
}
