package vn.doithoai.privacy.contact;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import io.vertx.core.http.HttpServerRequest;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.http.ClientAddress;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.privacy.contact.dto.ContactConfirmationRequest;
import vn.doithoai.privacy.contact.dto.ContactVerificationRequest;
import vn.doithoai.privacy.contact.dto.ContactVerificationView;

/**
 * A citizen confirms their phone or email for one matter, logged in or not: a code is sent to it, and they send it back.
 */
@Path("/api/v1/public/contact-verifications")
@Tag(name = "Contact verification", description = "Confirming a citizen's phone or email by a one-time code before anything is sent to it")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class ContactVerificationResource {

    @Inject
    ContactVerifications verifications;

    @Inject
    CurrentUser user;

    @POST
    @Operation(summary = "Send a confirmation code", description = "Sends a 6-digit code to the phone (SMS) or the address (mail, with a "
            + "link that confirms in one click), for one matter: the feedback item named by its tracking code, the registration named "
            + "by its link's token, or else the logged-in citizen's own account (400 without any of them). The confirmation counts for "
            + "that matter only: the same number on someone else's item stays unconfirmed. Nothing is sent to a citizen's contact, and "
            + "it does not identify them, until it is confirmed. A few codes per contact and per client within an hour (429 with "
            + "Retry-After). Nothing is read or written to the read log: the matter's contact is only compared, never shown.")
    @APIResponse(responseCode = "201", description = "Code sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactVerificationView.class)))
    @APIResponse(responseCode = "404", description = "No such item or registration, or it does not carry this contact (answered alike)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many codes for this contact or from this client; Retry-After says in how many seconds",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The SMS gateway or the mail server did not take the code; try again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ContactVerificationView> start(@Context HttpServerRequest http, @NotNull @Valid ContactVerificationRequest request) {
        String account = user.hasRole(Role.CITIZEN) ? user.username() : null;
        return RestResponse.status(RestResponse.Status.CREATED,
                verifications.start(request.channel(), request.contact(), request.trackingCode(), request.registrationToken(), account,
                        ClientAddress.of(http)));
    }

    @POST
    @Path("/{verificationId}/confirmation")
    @Operation(summary = "Confirm with the code", description = "The code received, or the secret of the mailed link. A few wrong codes "
            + "close the confirmation (409); an expired code is 409 too: ask for a new one.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactVerificationView.class)))
    @APIResponse(responseCode = "409", description = "The code expired, or too many wrong codes were tried",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many tries from this client; Retry-After says in how many seconds",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ContactVerificationView confirm(@PathParam("verificationId") long verificationId, @Context HttpServerRequest http,
            @NotNull @Valid ContactConfirmationRequest request) {
        return verifications.confirm(verificationId, request.code(), ClientAddress.of(http));
    }
}
