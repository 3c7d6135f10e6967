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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import vn.doithoai.accountability.dto.AccountabilityPlan;
import vn.doithoai.accountability.dto.RulingLookup;

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
    public RulingLookup byTrackingCode(@PathParam("code") String code, @Context HttpServerRequest http) {
        // The peer address; Quarkus puts the client's from X-Forwarded-For there only when proxy forwarding is on.
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return accountability.byTrackingCode(code, client);
    }
}
