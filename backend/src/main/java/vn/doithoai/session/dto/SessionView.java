package vn.doithoai.session.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.session.AgendaState;
import vn.doithoai.session.SpeakerSource;
import vn.doithoai.session.SpeakerStatus;

/** The whole session record of a plan, as the office's screen shows it. */
@Schema(name = "SessionView")
public record SessionView(
        @Schema(required = true) long planId,
        @Schema(required = true) PlanStatus planStatus,
        @Schema(nullable = true) LocalDate sessionDate,
        @Schema(required = true, description = "False until the office starts the session") boolean started,
        @Schema(nullable = true) Instant startedAt,
        @Schema(nullable = true) Instant endedAt,
        @Schema(nullable = true, description = "The agenda item under way") Long currentAgendaItemId,
        @Schema(required = true) List<AgendaProgressView> agenda,
        @Schema(required = true, description = "In speaking order") List<SpeakerView> speakers,
        @Schema(required = true, description = "Every answer, in the order given") List<AnswerView> answers,
        @Schema(required = true) Counts counts,
        @Schema(required = true, description = "Version of the record (agenda, order, start/end); also the ETag") long version) {

    @Schema(name = "SessionAgendaProgress")
    public record AgendaProgressView(
            @Schema(required = true) long agendaItemId,
            @Schema(required = true) int position,
            @Schema(required = true) String title,
            @Schema(nullable = true) String responsible,
            @Schema(required = true) AgendaState state,
            @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant endedAt) {
    }

    @Schema(name = "SessionRaisedItem")
    public record RaisedItem(
            @Schema(required = true) long feedbackId,
            @Schema(required = true) String trackingCode,
            @Schema(required = true) String title,
            @Schema(required = true) FeedbackStatus status,
            @Schema(required = true, description = "Raised for the first time at the session (channel AT_SESSION)") boolean newAtSession) {
    }

    @Schema(name = "SessionCounts")
    public record Counts(
            @Schema(required = true) int speakers,
            @Schema(required = true) int spoken,
            @Schema(required = true) int waiting,
            @Schema(required = true) int itemsRaised,
            @Schema(required = true) int newItems,
            @Schema(required = true) int answers,
            @Schema(required = true) int agendaDone) {
    }

    @Schema(name = "SessionSpeaker")
    public record SpeakerView(
            @Schema(required = true) long id,
            @Schema(required = true, description = "Speaking order, from 1") int seq,
            @Schema(nullable = true) Long participationId,
            @Schema(required = true) String name,
            @Schema(nullable = true) String affiliation,
            @Schema(required = true) SpeakerSource source,
            @Schema(required = true) SpeakerStatus status,
            @Schema(nullable = true) Instant startedAt,
            @Schema(nullable = true) Instant endedAt,
            @Schema(nullable = true) String summary,
            @Schema(nullable = true, description = "The key the office's device gave it") String clientKey,
            @Schema(required = true, description = "What they raised, in order") List<RaisedItem> items,
            @Schema(required = true, description = "Also the If-Match of its status changes") long version) {
    }

    @Schema(name = "SessionAnswer")
    public record AnswerView(
            @Schema(required = true) long id,
            @Schema(nullable = true) Long speakerId,
            @Schema(nullable = true) Long feedbackId,
            @Schema(nullable = true) String trackingCode,
            @Schema(required = true) String answeredBy,
            @Schema(nullable = true) OrgUnitRef unit,
            @Schema(required = true) String content,
            @Schema(nullable = true) String clientKey,
            @Schema(required = true) Instant createdAt,
            @Schema(nullable = true, description = "The item's status now (ANSWERED_AT_SESSION once marked)") FeedbackStatus itemStatus) {
    }
}
