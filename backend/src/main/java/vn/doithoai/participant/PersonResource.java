package vn.doithoai.participant;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.security.Role;
import vn.doithoai.participant.dto.PersonView;

/** Finds people already known, so the office and ward officers do not enter the same person twice. */
@Path("/api/v1/people")
@Tag(name = "Participants")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.WARD_ID })
public class PersonResource {

    @Inject
    ParticipantService participants;

    @GET
    @Operation(summary = "Find people by phone or name", description = "At most 20. Ward officers find their own ward's people only.")
    public List<PersonView> find(@QueryParam("phone") @Parameter(description = "Any common way of writing it") String phone,
            @QueryParam("q") @Parameter(description = "Part of the name") String q) {
        return participants.people(phone, q);
    }
}
