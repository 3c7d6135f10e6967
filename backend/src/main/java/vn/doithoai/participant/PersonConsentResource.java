package vn.doithoai.participant;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.security.Role;
import vn.doithoai.privacy.consent.ConsentPurpose;
import vn.doithoai.privacy.consent.dto.ConsentView;
import vn.doithoai.privacy.consent.dto.GivenConsentRequest;
import vn.doithoai.privacy.consent.dto.WithdrawalRequest;

/** A person's consents, as the office or their ward officer records what the person tells them. */
@Path("/api/v1/people/{personId}/consents")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
public class PersonConsentResource {

    @Inject
    PersonConsents consents;

    @GET
    @Operation(summary = "A person's consents", description = "The office of the person's body and their ward's officer: one row per "
            + "purpose asked, with the notice's version, when and how it was given, and any withdrawal.")
    public List<ConsentView> list(@PathParam("personId") long personId) {
        return consents.of(personId);
    }

    @PUT
    @Path("/{purpose}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a purpose the person gave", description = "After the person's data was taken, or again after a "
            + "withdrawal: e.g. they now agree to have their name shown publicly. Staff say how the person gave it. Giving what is "
            + "already given changes nothing.")
    public List<ConsentView> give(@PathParam("personId") long personId, @PathParam("purpose") ConsentPurpose purpose,
            @NotNull @Valid GivenConsentRequest request) {
        return consents.give(personId, purpose, request.noticeVersion(), request.channel());
    }

    @POST
    @Path("/{purpose}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw a purpose on the person's request", description = "Staff say how the person asked (IN_PERSON, "
            + "PHONE, PAPER_FORM). What the purpose allowed stops: after SHOW_NAME_PUBLICLY the name is no longer shown on public "
            + "lists, rulings and documents for the public. 409 when the purpose is not given.")
    public List<ConsentView> withdraw(@PathParam("personId") long personId, @PathParam("purpose") ConsentPurpose purpose,
            @NotNull @Valid WithdrawalRequest request) {
        return consents.withdraw(personId, purpose, request.channel());
    }
}
