package vn.doithoai.ruling.dto;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Rulings of earlier plans, not yet resolved, to carry into this plan as items raised before. */
@Schema(name = "CarryOverRequest")
public record CarryOverRequest(@Schema(required = true) @NotEmpty @Size(max = 50) List<@NotNull Long> rulingIds) {
}
