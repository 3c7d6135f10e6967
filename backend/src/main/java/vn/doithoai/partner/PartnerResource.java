package vn.doithoai.partner;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.security.Role;
import vn.doithoai.partner.dto.PartnerCredentials;
import vn.doithoai.partner.dto.PartnerRequest;
import vn.doithoai.partner.dto.PartnerView;

/**
 * A body's partner systems, kept by its administrator: registered with their scopes, their scopes changed, their
 * secrets rotated. The installation's administrator keeps any body's; a body's administrator their own (another body
 * is 404); nobody else (403).
 */
@Path("/api/v1/bodies/{code}/partners")
@Tag(name = "Partners", description = "Partner systems that read a body's dialogues and send feedback with client-credentials tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ID)
public class PartnerResource {

    @Inject
    PartnerService service;

    @GET
    @Operation(summary = "A body's partner systems", description = "By client id, with their scopes; never their secrets.")
    public List<PartnerView> list(@PathParam("code") String code) {
        return service.list(code);
    }

    @POST
    @Operation(summary = "Register a partner system", description = "A Keycloak client with the client-credentials grant only, acting "
            + "for the body with the scopes given. The answer carries the client secret, which is not shown again. 409 when the "
            + "client id is taken; 503 when Keycloak cannot be reached (nothing is kept).")
    @APIResponse(responseCode = "201", description = "Registered; keep the secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerCredentials.class)))
    public RestResponse<PartnerCredentials> register(@PathParam("code") String code, @NotNull @Valid PartnerRequest.Registration request) {
        PartnerCredentials registered = service.register(code, request);
        return RestResponse.ResponseBuilder.<PartnerCredentials>create(RestResponse.Status.CREATED, registered)
                .location(URI.create("/api/v1/bodies/" + code + "/partners/" + registered.partner().clientId())).build();
    }

    @GET
    @Path("/{clientId}")
    @Operation(summary = "One partner system", description = "Its client id, name, body and granted scopes; never its secret.")
    public PartnerView get(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        return service.get(code, clientId);
    }

    @PUT
    @Path("/{clientId}/scopes")
    @Operation(summary = "Change a partner's scopes", description = "Exactly the scopes given from now on; tokens already issued keep "
            + "theirs until they expire (minutes).")
    public PartnerView changeScopes(@PathParam("code") String code, @PathParam("clientId") String clientId,
            @NotNull @Valid PartnerRequest.Scopes request) {
        return service.changeScopes(code, clientId, request);
    }

    @POST
    @Path("/{clientId}/secret")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Rotate a partner's secret", description = "A new client secret, shown only in this answer; the old one "
            + "stops working at once (tokens already issued run until they expire).")
    public PartnerCredentials rotateSecret(@PathParam("code") String code, @PathParam("clientId") String clientId) {
        return service.rotateSecret(code, clientId);
    }
}
