package vn.doithoai.minutes.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.minutes.SectionKind;

/** A draft's text, replaced whole: the names in the two signature blocks and the sections in order. */
@Schema(name = "MinutesEdit")
public record MinutesEdit(@NotNull @Size(max = 255) String chairName, @NotNull @Size(max = 255) String secretaryName,
        @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Section> sections) {

    @Schema(name = "MinutesSectionEdit")
    public record Section(@Schema(nullable = true, description = "OTHER when left out") SectionKind kind,
            @NotBlank @Size(max = 500) String heading, @NotNull @Size(max = 50000) String body) {
    }
}
