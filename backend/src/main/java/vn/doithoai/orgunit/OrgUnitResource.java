package vn.doithoai.orgunit;

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

import io.quarkus.security.Authenticated;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.paging.Page;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.orgunit.dto.OrgUnitDto;
import vn.doithoai.orgunit.dto.OrgUnitNode;
import vn.doithoai.orgunit.dto.OrgUnitRequest;

@Path("/api/v1/org-units")
@Tag(name = "Org units", description = "The province's bodies, wards and communes, villages and residential groups, and their history")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class OrgUnitResource {

    @Inject
    OrgUnitService service;

    @GET
    @Operation(summary = "List org units", description = "Filtered by kind, parent and text (code or name, with or without diacritics), in tree order.")
    public Page<OrgUnitDto> list(
            @QueryParam("kind") OrgUnitKind kind,
            @QueryParam("parent") @Parameter(description = "Code of the parent unit") String parent,
            @QueryParam("q") @Parameter(description = "Text to find in code or name") String q,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return service.list(kind, parent, q, PageRequest.parse(after, size));
    }

    @GET
    @Path("/tree")
    @Operation(summary = "The org unit tree", description = "Every unit, nested under its parent.")
    public List<OrgUnitNode> tree() {
        return service.tree();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One org unit", description = "The ETag header carries the version to send back in If-Match.")
    public RestResponse<OrgUnitDto> get(@PathParam("code") String code) {
        OrgUnitDto unit = service.get(code);
        return Versions.ok(unit, unit.version());
    }

    @POST
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Create an org unit", description = "The installation's administrator anywhere, shared or a body's; a body's "
            + "administrator under a unit of their body's area (400 on parentCode otherwise), and the unit is their body's.")
    @APIResponse(responseCode = "201", description = "Created; Location names it and ETag carries its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrgUnitDto.class)))
    public RestResponse<OrgUnitDto> create(@NotNull @Valid OrgUnitRequest.Create request) {
        OrgUnitDto unit = service.create(request);
        return Versions.created("/api/v1/org-units/" + unit.code(), unit, unit.version());
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Change an org unit", description = "Its name, kind, order, or parent (a move, by the kind rules; a body's "
            + "administrator moves within their body's area). The installation's administrator changes any unit; a body's "
            + "administrator their body's units (another body's is 404, a shared one 403). Send If-Match with the ETag you read: 412 "
            + "if someone changed it since, 428 without it.")
    public RestResponse<OrgUnitDto> update(@PathParam("code") String code,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch,
            @NotNull @Valid OrgUnitRequest.Update request) {
        OrgUnitDto unit = service.update(code, Versions.expected(ifMatch), request);
        return Versions.ok(unit, unit.version());
    }

    @PUT
    @Path("/{code}/retirement")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Retire an org unit", description = "Merged or abolished from a day on (at the latest today), carried on by a "
            + "successor of a kind it may merge into (required for a body and a locality). Its records and the units under it stay, as "
            + "history; the public localities leave it out. Sent again, it changes the day or the successor. Who: as for changing it.")
    public RestResponse<OrgUnitDto> retire(@PathParam("code") String code,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch,
            @NotNull @Valid OrgUnitRequest.Retirement request) {
        OrgUnitDto unit = service.retire(code, Versions.expected(ifMatch), request);
        return Versions.ok(unit, unit.version());
    }

    @DELETE
    @Path("/{code}/retirement")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Take back a retirement", description = "The unit is present-day again, without a successor. Who: as for changing it.")
    public RestResponse<OrgUnitDto> reinstate(@PathParam("code") String code,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch) {
        OrgUnitDto unit = service.reinstate(code, Versions.expected(ifMatch));
        return Versions.ok(unit, unit.version());
    }

    @PUT
    @Path("/{code}/owner")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Say which body an org unit belongs to", description = "A body (whose administrator then keeps it), or none: "
            + "shared by the installation. The installation's administrator only (403 for a body's).")
    public RestResponse<OrgUnitDto> setOwner(@PathParam("code") String code,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch,
            @NotNull @Valid OrgUnitRequest.Owner request) {
        OrgUnitDto unit = service.setOwner(code, Versions.expected(ifMatch), request);
        return Versions.ok(unit, unit.version());
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Role.ADMIN_ID)
    @Operation(summary = "Delete an org unit", description = "Only a unit without sub-units (409 otherwise). Who: as for changing it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public RestResponse<Void> delete(@PathParam("code") String code,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch) {
        service.delete(code, Versions.expected(ifMatch));
        return RestResponse.noContent();
    }
}
