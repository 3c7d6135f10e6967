package vn.doithoai.followup.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The office reopens a ruling reported resolved or impossible, saying why. */
@Schema(name = "ReopenRequest")
public record ReopenRequest(@Schema(required = true) @Size(max = 5000) String note) {
}
