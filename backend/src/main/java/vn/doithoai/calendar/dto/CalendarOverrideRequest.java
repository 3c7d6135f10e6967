package vn.doithoai.calendar.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.calendar.OverrideKind;
import vn.doithoai.common.time.SupportedDate;

/** The fields an admin sets on an override. The day is set once, at creation. */
public final class CalendarOverrideRequest {

    private CalendarOverrideRequest() {
    }

    @Schema(name = "NewCalendarOverride")
    public record Create(
            @Schema(description = "The day, 1990-01-01 to 2100-12-31") @NotNull @SupportedDate LocalDate day,
            @NotNull OverrideKind kind,
            @Schema(description = "Vietnamese name, as in the official schedule") @NotBlank @Size(max = 255) String name,
            @Schema(nullable = true, description = "English name; the Vietnamese one stands in when absent") @Size(max = 255) String nameEn) {
    }

    @Schema(name = "CalendarOverrideChanges")
    public record Update(
            @NotNull OverrideKind kind,
            @Schema(description = "Vietnamese name, as in the official schedule") @NotBlank @Size(max = 255) String name,
            @Schema(nullable = true, description = "English name; the Vietnamese one stands in when absent") @Size(max = 255) String nameEn) {
    }
}
