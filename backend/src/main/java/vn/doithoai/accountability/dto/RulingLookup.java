package vn.doithoai.accountability.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The issued rulings on a citizen's matter, found by its tracking code (or its group's primary item). */
@Schema(name = "RulingLookup")
public record RulingLookup(@Schema(required = true) String trackingCode, @Schema(required = true) long planId,
        @Schema(required = true) String planTitle, @Schema(required = true, nullable = true) String planNumber,
        @Schema(required = true) List<PublicRuling> rulings) {
}
