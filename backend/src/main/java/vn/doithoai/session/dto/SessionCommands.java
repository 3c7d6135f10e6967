package vn.doithoai.session.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.doithoai.feedback.FeedbackKind;
import vn.doithoai.session.AgendaState;
import vn.doithoai.session.SpeakerStatus;

/** What the office sends from the session screen. */
public final class SessionCommands {

    private SessionCommands() {
    }

    @Schema(name = "SessionAgendaChange")
    public record AgendaChange(@NotNull @Schema(description = "IN_PROGRESS starts it (and finishes the one under way), DONE finishes it, "
            + "PENDING undoes a mistaken start") AgendaState state) {
    }

    @Schema(name = "SessionFloorSpeaker", description = "Someone who asks to speak in the hall, added at the end of the order")
    public record FloorSpeaker(
            @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true, description = "Ward, organisation or title") @Size(max = 300) String affiliation,
            @Schema(nullable = true, description = "The participant, when they are on the plan's list") Long participationId) {
    }

    @Schema(name = "SessionSpeakerOrder")
    public record SpeakerOrder(@Schema(description = "Every speaker's id, in the new order") @NotEmpty @Size(max = 500)
            List<@NotNull Long> speakerIds) {
    }

    @Schema(name = "SessionSpeakerStatusChange")
    public record SpeakerStatusChange(@NotNull SpeakerStatus status,
            @Schema(nullable = true, description = "The office's short note of what was said") @Size(max = 10000) String summary) {
    }

    @Schema(name = "SessionRaisedItemRequest", description = "Either feedbackId (an existing item of the plan) or title and content "
            + "(a new item, channel AT_SESSION, linked to the speaker and to the participant when known)")
    public record RaiseItem(
            @Schema(nullable = true, description = "The speaker, by id") Long speakerId,
            @Schema(nullable = true, description = "The speaker, by the key their creation was sent with (added while offline)")
            @Size(max = 64) String speakerKey,
            @Schema(nullable = true) Long feedbackId,
            @Schema(nullable = true, description = "New item: OPINION when left out") FeedbackKind kind,
            @Schema(nullable = true, description = "New item: taken from the content when left out") @Size(max = 500) String title,
            @Schema(nullable = true) @Size(max = 10000) String content) {
    }

    @Schema(name = "SessionAnswerRequest", description = "Who answered what, to a speaker and/or on an item")
    public record Answer(
            @Schema(nullable = true) Long speakerId,
            @Schema(nullable = true, description = "The speaker, by the key their creation was sent with") @Size(max = 64) String speakerKey,
            @Schema(nullable = true) Long feedbackId,
            @Schema(description = "Name and title, e.g. Đỗ Minh Tuấn, Chủ tịch UBND thị xã") @NotBlank @Size(max = 200) String answeredBy,
            @Schema(nullable = true, description = "Code of the answering unit") @Size(max = 50) String unitCode,
            @NotBlank @Size(max = 10000) String content,
            @Schema(nullable = true, description = "Also mark the item answered at the session, when its answer is approved")
            Boolean markItemAnswered) {
    }

    @Schema(name = "SessionEnd")
    public record End(@Schema(nullable = true, description = "Also move the plan to HELD when it is still PUBLISHED") Boolean markPlanHeld) {
    }
}
