package vn.doithoai.participant;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.participant.dto.RsvpRequest;
import vn.doithoai.participant.dto.RsvpView;

/** The invitee's own confirmation link: no login, the token is the key. */
@Path("/api/v1/rsvp/{token}")
@Tag(name = "Participation (public)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class RsvpResource {

    @Inject
    RsvpService rsvps;

    @Inject
    ParticipantExports exports;

    @GET
    @Operation(summary = "An invitee's own participation", description = "Opened by the token in their link or QR code. Unknown: 404.")
    public RsvpView rsvp(@PathParam("token") String token) {
        return rsvps.get(token);
    }

    @PUT
    @Operation(summary = "Answer an invitation", description = "ACCEPTED or DECLINED, until the session or the person's arrival.")
    public RsvpView answer(@PathParam("token") String token, @NotNull @Valid RsvpRequest request) {
        return rsvps.answer(token, request);
    }

    @GET
    @Path("/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The invitee's QR code", description = "Encodes the confirmation link; staff scan it at the door to check in.")
    @APIResponse(responseCode = "200", description = "SVG image", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = SchemaType.STRING)))
    public RestResponse<String> qr(@PathParam("token") String token) {
        rsvps.require(token);
        return RestResponse.ResponseBuilder.ok(exports.qrSvg(token)).header("Cache-Control", "private, max-age=86400").build();
    }
}
