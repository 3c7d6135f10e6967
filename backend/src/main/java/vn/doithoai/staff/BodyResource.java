package vn.doithoai.staff;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import io.quarkus.security.Authenticated;
import vn.doithoai.common.security.Role;
import vn.doithoai.staff.dto.BodyDetail;
import vn.doithoai.staff.dto.BodyDto;
import vn.doithoai.staff.dto.CreatedBody;
import vn.doithoai.staff.dto.StaffRequest;

@Path("/api/v1/bodies")
@Tag(name = "Bodies", description = "The bodies of the installation (cơ quan tổ chức đối thoại) and their founding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class BodyResource {

    @Inject
    StaffService service;

    @GET
    @Operation(summary = "The bodies of the installation", description = "Active ones first, then those merged or abolished, "
            + "each with its locality and, once history, its successor.")
    public List<BodyDto> list() {
        return service.bodies();
    }

    @POST
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Found a body with its first administrator", description = "The installation's administrator only "
            + "(role admin without a body). The body (a Party committee or People's Committee of a province, ward or commune) and "
            + "its administrator's account are made together, or neither: the administrator gets Keycloak's e-mail to choose a "
            + "password. 409 when the code or the e-mail is taken; 503 when Keycloak cannot be reached or cannot send the mail.")
    @APIResponse(responseCode = "201", description = "Founded; Location names the body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedBody.class)))
    public RestResponse<CreatedBody> create(@NotNull @Valid StaffRequest.NewBody request) {
        CreatedBody created = service.createBody(request);
        return RestResponse.ResponseBuilder.<CreatedBody> created(java.net.URI.create("/api/v1/bodies/" + created.body().code()))
                .entity(created).build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "A body, with the units and wards its staff may work for", description = "For its administrators: "
            + "the installation's administrator (any body) and the body's own (404 for another body).")
    public BodyDetail get(@PathParam("code") String code) {
        return service.body(code);
    }
}
