package vn.doithoai.participant;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.core.http.HttpServerRequest;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.http.ClientAddress;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.participant.dto.PublicParticipant;
import vn.doithoai.participant.dto.RegistrationRequest;
import vn.doithoai.participant.dto.RegistrationView;

/** What citizens do without logging in: register for a published plan, and see who takes part. */
@Path("/api/v1/public/plans/{planId}")
@Tag(name = "Participation (public)", description = "Registration for published plans and the invitee's own confirmation link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicRegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    ParticipantService participants;

    @POST
    @Path("/registrations")
    @Operation(summary = "Register to attend", description = "Anonymous or as a logged-in citizen. The Idempotency-Key is required: "
            + "a retried request gets the first answer. At most a few registrations per client in ten minutes (429 with Retry-After). "
            + "The answer shows only what was entered and is the same whether or not the phone number is known: a number someone "
            + "already has waits for their ward officer or the office to confirm the match, and changes nobody's record. "
            + "Only a logged-in citizen already registered for the plan is answered 409.")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "429", description = "Too many registrations from this client; Retry-After says in how many seconds to try again",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<RegistrationView> register(@PathParam("planId") long planId,
            @HeaderParam(Idempotency.HEADER) @Parameter(required = true, description = "A unique key per registration, e.g. a UUID") String key,
            @Context HttpServerRequest http, @NotNull @Valid RegistrationRequest request) {
        var outcome = registrations.register(planId, request, Idempotency.key(key, true), ClientAddress.of(http));
        return RestResponse.ResponseBuilder.<RegistrationView>create(RestResponse.Status.CREATED, outcome.body())
                .location(java.net.URI.create("/api/v1/rsvp/" + outcome.body().token()))
                .header("Idempotent-Replayed", Boolean.toString(outcome.replayed())).build();
    }

    @GET
    @Path("/participants")
    @Operation(summary = "Who takes part in a published plan", description = "Citizens by name only where they agreed.")
    public Page<PublicParticipant> participants(@PathParam("planId") long planId,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return participants.published(planId, PageRequest.parse(after, size));
    }

}
