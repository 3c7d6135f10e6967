package vn.doithoai.privacy.subject.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.privacy.subject.RequestChannel;
import vn.doithoai.privacy.subject.RequestKind;
import vn.doithoai.privacy.subject.RequestStatus;

/** A person's request, its legal deadline and its outcome. */
@Schema(name = "SubjectRequest")
public record SubjectRequestView(
        @Schema(required = true) long id,
        @Schema(required = true) RequestKind kind,
        @Schema(required = true) RequestStatus status,
        @Schema(required = true) RequestChannel channel,
        @Schema(required = true, description = "Who it is about while they are known; a fixed label once erased") String subject,
        @Schema(required = true) LocalDate receivedOn,
        @Schema(required = true, description = "The last day to answer: working days of the body's calendar from receipt") LocalDate dueOn,
        @Schema(required = true, description = "Still open after its last day") boolean overdue,
        String note,
        String outcomeNote,
        String decidedBy,
        Instant decidedAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) long version) {
}
