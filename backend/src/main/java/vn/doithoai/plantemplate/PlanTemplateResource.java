package vn.doithoai.plantemplate;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.http.Versions;
import vn.doithoai.common.security.Role;
import vn.doithoai.plan.PlanLevel;
import vn.doithoai.plantemplate.dto.PlanTemplateRequest;
import vn.doithoai.plantemplate.dto.PlanTemplateView;

@Path("/api/v1/plan-templates")
@Tag(name = "Plan templates", description = "Deadline rules, agenda and composition by level and period, as data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanTemplateResource {

    @Inject
    PlanTemplateService service;

    @GET
    @RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "List plan templates", description = "By level, shared ones first. The installation's administrator sees every "
            + "one; a body's administrator, office and chair the shared ones and their body's.")
    public List<PlanTemplateView> list(@QueryParam("level") @Parameter(description = "Only this level's") PlanLevel level) {
        return service.list(level);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID })
    @Operation(summary = "One plan template", description = "Another body's is 404. The ETag header carries the version to send back in If-Match.")
    public RestResponse<PlanTemplateView> get(@PathParam("code") String code) {
        PlanTemplateView template = service.get(code);
        return Versions.ok(template, template.version());
    }

    @POST
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Create a plan template", description = "The installation's administrator makes shared ones (or a body's); a "
            + "body's administrator their body's own.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanTemplateView.class)))
    public RestResponse<PlanTemplateView> create(@NotNull @Valid PlanTemplateRequest request) {
        PlanTemplateView template = service.create(request);
        return Versions.created("/api/v1/plan-templates/" + template.code(), template, template.version());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Change a plan template", description = "Plans already made from it keep their own rules. The installation's "
            + "administrator changes any; a body's administrator their body's (a shared one is 403, another body's 404).")
    public RestResponse<PlanTemplateView> update(@PathParam("code") String code,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch,
            @NotNull @Valid PlanTemplateRequest request) {
        PlanTemplateView template = service.update(code, Versions.expected(ifMatch), request);
        return Versions.ok(template, template.version());
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Delete a plan template", description = "Who: as for changing it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("code") String code,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch) {
        service.delete(code, Versions.expected(ifMatch));
        return RestResponse.noContent();
    }
}
