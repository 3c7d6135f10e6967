package vn.doithoai.orgunit;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.orgunit.dto.Locality;

/** The wards and communes anyone may pick from, e.g. when registering to attend without an account. */
@Path("/api/v1/public/localities")
@Tag(name = "Org units")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicLocalityResource {

    @Inject
    OrgUnitService service;

    @GET
    @Operation(summary = "Wards and communes with their villages", description = "The present-day ones, in tree order; public. Those "
            + "merged or abolished (and what lies in them) are history and left out.")
    public List<Locality> localities() {
        return service.localities();
    }
}
