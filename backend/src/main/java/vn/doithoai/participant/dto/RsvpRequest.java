package vn.doithoai.participant.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.participant.RsvpStatus;

@Schema(name = "RsvpRequest")
public record RsvpRequest(@NotNull RsvpStatus response, @Schema(nullable = true) @Size(max = 500) String note) {
}
