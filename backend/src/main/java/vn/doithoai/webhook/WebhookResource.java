package vn.doithoai.webhook;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.webhook.dto.WebhookDelivery;
import vn.doithoai.webhook.dto.WebhookRequest;
import vn.doithoai.webhook.dto.WebhookView;

/**
 * A body's partners' webhook subscriptions, kept by the body's administrator (or the installation's): another body's is
 * 404 for a body's administrator, and nobody else keeps any (403).
 */
@Path("/api/v1/bodies/{code}/webhooks")
@Tag(name = "Webhooks", description = "Partners' subscriptions to a body's events, sent as signed CloudEvents; the delivery log "
        + "and replays. See docs/integration.md for the signature")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ID)
public class WebhookResource {

    @Inject
    WebhookService service;

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "A body's webhook subscriptions", description = "In the order they were made; without their secrets.")
    public List<WebhookView> list(@PathParam("code") String code) {
        return service.list(code);
    }

    @POST
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe a partner to the body's events", description = "The answer carries the signing secret, this "
            + "once: keep it, it is never shown again. The callback must be https (http to localhost only where the installation "
            + "allows it, for development).")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class)))
    public RestResponse<WebhookView> create(@PathParam("code") String code, @NotNull @Valid WebhookRequest.Creation request) {
        WebhookView view = service.create(code, request);
        return Versions.created("/api/v1/bodies/" + code + "/webhooks/" + view.id(), view, view.version());
    }

    @GET
    @Path("/{subscriptionId}")
    @Operation(operationId = "getWebhookSubscription", summary = "One webhook subscription", description = "Without its secret. The ETag header carries the version to send "
            + "back in If-Match.")
    public RestResponse<WebhookView> get(@PathParam("code") String code, @PathParam("subscriptionId") long id) {
        WebhookView view = service.get(code, id);
        return Versions.ok(view, view.version());
    }

    @PUT
    @Path("/{subscriptionId}")
    @Operation(operationId = "changeWebhookSubscription", summary = "Change a webhook subscription", description = "Its callback, its events, and whether it is active (a "
            + "paused one gets no new event; what was queued is still sent). Send If-Match with the ETag you read: 412 if it changed "
            + "since.")
    public RestResponse<WebhookView> change(@PathParam("code") String code, @PathParam("subscriptionId") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch,
            @NotNull @Valid WebhookRequest.Change request) {
        WebhookView view = service.change(code, id, Versions.expected(ifMatch), request);
        return Versions.ok(view, view.version());
    }

    @DELETE
    @Path("/{subscriptionId}")
    @Operation(operationId = "endWebhookSubscription", summary = "End a webhook subscription", description = "Its delivery log goes with it, and what was still to be sent.")
    @APIResponse(responseCode = "204", description = "Ended")
    public RestResponse<Void> delete(@PathParam("code") String code, @PathParam("subscriptionId") long id,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch) {
        service.delete(code, id, Versions.expected(ifMatch));
        return RestResponse.noContent();
    }

    @GET
    @Path("/{subscriptionId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "A subscription's delivery log", description = "The newest first: each event's status, tries, the "
            + "partner's last answer or error, and when it is tried next.")
    public Page<WebhookDelivery> deliveries(@PathParam("code") String code, @PathParam("subscriptionId") long id,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return service.deliveries(code, id, PageRequest.parse(after, size));
    }

    @POST
    @Path("/{subscriptionId}/deliveries/{deliveryId}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "replayWebhookDelivery", summary = "Send a delivery again", description = "The same event (same CloudEvent id), to the subscription's callback "
            + "as it is now, at the outbox's next run (within a minute): one more try, whether it was sent, failed or still waits.")
    public WebhookDelivery replay(@PathParam("code") String code, @PathParam("subscriptionId") long id,
            @PathParam("deliveryId") long deliveryId) {
        return service.replay(code, id, deliveryId);
    }
}
