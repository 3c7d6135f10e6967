package vn.doithoai.session;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.http.Versions;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.security.Role;
import vn.doithoai.session.dto.SessionCommands;
import vn.doithoai.session.dto.SessionView;
import vn.doithoai.session.dto.SessionView.AnswerView;
import vn.doithoai.session.dto.SessionView.SpeakerView;

/**
 * Session mode (điều hành phiên đối thoại): the office runs the session, the chair follows it. A resource of its
 * own: its path is more specific than the plan resource's.
 */
@Path("/api/v1/plans/{planId}/session")
@Tag(name = "Session", description = "The session on the day: agenda progress, speaking order, items raised, answers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.SECRETARIAT_ID)
public class SessionResource {

    private static final String KEY_DOC = "The device's key for this create: sent again, nothing is created twice and the first answer comes back";

    @Inject
    SessionService sessions;

    @GET
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "The session record", description = "Agenda progress, speakers in order with what they raised, answers, counts. "
            + "Before the start, started is false and the lists are empty.")
    public RestResponse<SessionView> get(@PathParam("planId") long planId) {
        SessionView view = sessions.get(planId);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/start")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Start the session", description = "The plan must be published or held and its session day reached (409). "
            + "Builds the speaking order from the registered matters. Starting again returns the session unchanged.")
    public RestResponse<SessionView> start(@PathParam("planId") long planId) {
        SessionView view = sessions.start(planId);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/end")
    @Operation(summary = "End the session", description = "Finishes the speaker speaking and the agenda item under way; with markPlanHeld, "
            + "also moves a published plan to HELD (the plan's HOLD action).")
    public RestResponse<SessionView> end(@PathParam("planId") long planId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @Valid SessionCommands.End request) {
        SessionView view = sessions.end(planId, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/agenda/{agendaItemId}")
    @Operation(summary = "Start, finish or reset an agenda item", description = "If-Match: the session's version.")
    public RestResponse<SessionView> agenda(@PathParam("planId") long planId, @PathParam("agendaItemId") long agendaItemId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid SessionCommands.AgendaChange change) {
        SessionView view = sessions.changeAgenda(planId, agendaItemId, Versions.expected(ifMatch), change);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/speakers")
    @Operation(summary = "Add a speaker from the floor", description = "At the end of the order. " + KEY_DOC + ".")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerView.class)))
    public RestResponse<SpeakerView> addSpeaker(@PathParam("planId") long planId,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = KEY_DOC) String idempotencyKey,
            @NotNull @Valid SessionCommands.FloorSpeaker request) {
        return created(planId, sessions.addFloorSpeaker(planId, idempotencyKey, request).body());
    }

    @POST
    @Path("/speakers/registered")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add the registered speakers not yet in the order", description = "Participants with a registered matter or "
            + "items entered for them, who did not decline; those already in the order are not added again.")
    public RestResponse<SessionView> addRegistered(@PathParam("planId") long planId) {
        SessionView view = sessions.addRegisteredSpeakers(planId);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/speakers/order")
    @Operation(summary = "Reorder the speakers", description = "Every speaker's id, in the new order. If-Match: the session's version.")
    public RestResponse<SessionView> reorder(@PathParam("planId") long planId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch, @NotNull @Valid SessionCommands.SpeakerOrder order) {
        SessionView view = sessions.reorder(planId, Versions.expected(ifMatch), order);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/speakers/next")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Call the next speaker", description = "The speaker speaking is done; the first waiting speaks (409 when no one "
            + "waits). If-Match: the session's version.")
    public RestResponse<SessionView> next(@PathParam("planId") long planId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch) {
        SessionView view = sessions.callNext(planId, Versions.expected(ifMatch));
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/speakers/{speakerId}/status")
    @Operation(summary = "Move a speaker on", description = "WAITING → SPEAKING → DONE, or SKIPPED, and back to WAITING after a skip; "
            + "the same status again changes nothing. If-Match: the speaker's version.")
    public RestResponse<SessionView> speakerStatus(@PathParam("planId") long planId, @PathParam("speakerId") long speakerId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true) String ifMatch,
            @NotNull @Valid SessionCommands.SpeakerStatusChange change) {
        SessionView view = sessions.changeSpeaker(planId, speakerId, Versions.expected(ifMatch), change);
        return Versions.ok(view, view.version());
    }

    @POST
    @Path("/raised")
    @Operation(summary = "Record an item a speaker raised", description = "An existing item of the plan, or a new item (channel AT_SESSION) "
            + "linked to the speaker and the participant when known. " + KEY_DOC + ".")
    @APIResponse(responseCode = "201", description = "Recorded; the speaker with their items",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerView.class)))
    public RestResponse<SpeakerView> raise(@PathParam("planId") long planId,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = KEY_DOC) String idempotencyKey,
            @NotNull @Valid SessionCommands.RaiseItem request) {
        return created(planId, sessions.raise(planId, idempotencyKey, request).body());
    }

    @POST
    @Path("/answers")
    @Operation(summary = "Record who answered what", description = "To a speaker and/or on an item; with markItemAnswered an item whose "
            + "answer is approved is also marked answered at the session. " + KEY_DOC + ".")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerView.class)))
    public RestResponse<AnswerView> answer(@PathParam("planId") long planId,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = KEY_DOC) String idempotencyKey,
            @NotNull @Valid SessionCommands.Answer request) {
        AnswerView view = sessions.answer(planId, idempotencyKey, request).body();
        return RestResponse.ResponseBuilder.<AnswerView> create(RestResponse.Status.CREATED).entity(view).build();
    }

    private static RestResponse<SpeakerView> created(long planId, SpeakerView view) {
        return Versions.created("/api/v1/plans/" + planId + "/session#speaker-" + view.id(), view, view.version());
    }
}
