package vn.doithoai.privacy.audit.dto;

import java.time.OffsetDateTime;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change of a record: who, when, what, and each field before and after (a citizen's contact fields masked). */
@Schema(name = "AuditTrailEntry")
public record AuditTrailEntry(
        @Schema(required = true) OffsetDateTime at,
        @Schema(required = true, description = "Who made the change (a username, \"anonymous\" or a partner system)") String actor,
        @Schema(required = true, description = "What was done: created, updated, submitted, assigned…") String action,
        @Schema(required = true, description = "field → {from, to}; phones, e-mails, addresses and citizens' names masked (09•••••678)")
        Map<String, Object> changes) {
}
