package vn.doithoai.accountability;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

import io.vertx.core.http.HttpServerRequest;
import vn.doithoai.accountability.dto.AccountabilityPlan;
import vn.doithoai.accountability.dto.RulingLookup;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.http.ClientAddress;

/** The public accountability page across plans: which plans have rulings, and a citizen's rulings by tracking code. */
@Path("/api/v1/public/rulings")
@Tag(name = "Public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicRulingsResource {

    @Inject
    Accountability accountability;

    @GET
    @Path("/plans")
    @Operation(summary = "Published plans with issued rulings", description = "Latest session first, with how many rulings are "
            + "resolved, in progress and overdue.")
    public List<AccountabilityPlan> plans() {
        return accountability.plans();
    }

    @GET
    @Path("/by-tracking-code/{code}")
    @Operation(summary = "The rulings on a citizen's matter, by its tracking code", description = "Issued rulings on the item or on "
            + "the item it was merged into. 404 when there is none (or the code is unknown or malformed); rate-limited per client (429).")
    @APIResponse(responseCode = "200", description = "The rulings on the matter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulingLookup.class)))
    @APIResponse(responseCode = "429", description = "Too many lookups by code from this client; Retry-After says in how many seconds",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RulingLookup byTrackingCode(@PathParam("code") String code, @Context HttpServerRequest http) {
        return accountability.byTrackingCode(code, ClientAddress.of(http));
    }
}
