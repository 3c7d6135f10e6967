package vn.doithoai.feedback;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;
import vn.doithoai.common.http.ClientAddress;
import vn.doithoai.common.security.Role;
import vn.doithoai.privacy.consent.ConsentPurpose;
import vn.doithoai.privacy.consent.dto.ConsentView;
import vn.doithoai.privacy.consent.dto.WithdrawalRequest;

/** A feedback sender's consents: what they agreed to, and taking a purpose back. */
@Path("/api/v1/feedback")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackConsentResource {

    @Inject
    FeedbackConsents consents;

    @GET
    @Path("/{id}/consents")
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.WARD_ID, Role.CITIZEN_ID })
    @Operation(summary = "A sender's consents on their item", description = "For those who may see the sender: the office, the item's "
            + "ward officer and the logged-in sender. One row per purpose the form offered; none for items taken in before consents "
            + "were asked for.")
    public List<ConsentView> list(@PathParam("id") long id) {
        return consents.of(id);
    }

    @POST
    @Path("/{id}/consents/{purpose}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID, Role.CITIZEN_ID })
    @Operation(summary = "Withdraw a purpose of the sender's consent", description = "The logged-in sender, or the office or the "
            + "item's ward officer on the sender's request (saying how they asked). From then on what the purpose allowed stops: "
            + "after CONTACT_ME nothing more is sent to the sender about the item. 409 when the purpose is not given.")
    public List<ConsentView> withdraw(@PathParam("id") long id, @PathParam("purpose") ConsentPurpose purpose,
            @Valid WithdrawalRequest request) {
        return consents.withdraw(id, purpose, request == null ? null : request.channel());
    }

    @GET
    @Path("/track/{code}/consents")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "The consents of the item a tracking code names", description = "For anyone holding the code, as tracking the "
            + "item: what its sender agreed to, naming no one. Rate-limited per client with the lookups by code (429).")
    public List<ConsentView> listTracked(@PathParam("code") String code, @Context HttpServerRequest http) {
        return consents.ofTracked(code, ClientAddress.of(http));
    }

    @POST
    @Path("/track/{code}/consents/{purpose}/withdrawal")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "Withdraw a purpose with the tracking code", description = "The sender, holding the code, takes a purpose "
            + "back online; what it allowed stops from then on. 409 when the purpose is not given.")
    public List<ConsentView> withdrawTracked(@PathParam("code") String code, @PathParam("purpose") ConsentPurpose purpose,
            @Context HttpServerRequest http) {
        return consents.withdrawTracked(code, purpose, ClientAddress.of(http));
    }
}
