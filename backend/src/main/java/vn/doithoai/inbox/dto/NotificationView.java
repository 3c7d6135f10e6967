package vn.doithoai.inbox.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.inbox.InboxKind;
import vn.doithoai.inbox.InboxSubject;

/** One line under the bell: what changed, on what, and whether the caller has read it. */
@Schema(name = "Notification")
public record NotificationView(
        @Schema(required = true) long id,
        @Schema(required = true) InboxKind kind,
        @Schema(required = true, description = "What the link opens: a feedback item, a ruling's follow-up or a plan's preparation task") InboxSubject subject,
        @Schema(required = true) long subjectId,
        @Schema(required = true) long planId,
        @Schema(required = true, description = "The item's title, the ruling's or the task's wording, shortened") String title,
        @Schema(description = "For DUE_TOMORROW: the due date") LocalDate dueDate,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, description = "Read by the caller (each reader reads for themself)") boolean read) {
}
