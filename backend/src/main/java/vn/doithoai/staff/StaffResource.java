package vn.doithoai.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import vn.doithoai.staff.dto.StaffMember;
import vn.doithoai.staff.dto.StaffRequest;

/**
 * A body's people (cán bộ), administered by the installation's administrator or the body's own: another body's is 404
 * for a body's administrator, and nobody else administers anyone (403).
 */
@Path("/api/v1/bodies/{code}/staff")
@Tag(name = "Staff", description = "A body's people: invitations by e-mail, roles within the body, disabled accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ID)
public class StaffResource {

    @Inject
    StaffService service;

    @GET
    @Operation(summary = "A body's people", description = "By given name, then family name, as Vietnamese lists go; with their "
            + "roles, unit, ward, and whether they have accepted their invitation.")
    public Page<StaffMember> list(@PathParam("code") String code,
            @QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return service.staff(code, PageRequest.parse(after, size));
    }

    @POST
    @Operation(summary = "Invite a person by e-mail", description = "An account in the body with the roles given (among admin, "
            + "secretariat, chair, unit, ward), its unit (role unit: one of the body's units or a shared one) and ward (role ward: "
            + "of the body's area); Keycloak e-mails a link to choose a password. 409 when the e-mail is in use (whose, it does "
            + "not say); 503 when Keycloak cannot be reached or cannot send the mail (nothing is kept).")
    @APIResponse(responseCode = "201", description = "Invited; Location names the person and ETag carries their version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffMember.class)))
    public RestResponse<StaffMember> invite(@PathParam("code") String code, @NotNull @Valid StaffRequest.Invitation request) {
        StaffMember member = service.invite(code, request);
        return Versions.created("/api/v1/bodies/" + code + "/staff/" + member.id(), member, member.version());
    }

    @GET
    @Path("/{userId}")
    @Operation(summary = "One person of the body", description = "The ETag header carries the version to send back in If-Match.")
    public RestResponse<StaffMember> get(@PathParam("code") String code, @PathParam("userId") String userId) {
        StaffMember member = service.get(code, userId);
        return Versions.ok(member, member.version());
    }

    @PUT
    @Path("/{userId}/roles")
    @Operation(summary = "Give and remove roles within the body", description = "The roles, unit and ward the person now has "
            + "(replacing what they had). Send If-Match with the ETag you read: 412 if someone changed the person since. An "
            + "administrator cannot remove their own role admin (409).")
    public RestResponse<StaffMember> changeRoles(@PathParam("code") String code, @PathParam("userId") String userId,
            @HeaderParam(Versions.IF_MATCH) @Parameter(required = true, description = "ETag of the version read") String ifMatch,
            @NotNull @Valid StaffRequest.Roles request) {
        StaffMember member = service.changeRoles(code, userId, Versions.expected(ifMatch), request);
        return Versions.ok(member, member.version());
    }

    @POST
    @Path("/{userId}/disable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Disable an account", description = "The person can no longer log in and their sessions end; nothing "
            + "they did is touched. An administrator cannot disable themselves (409).")
    public RestResponse<StaffMember> disable(@PathParam("code") String code, @PathParam("userId") String userId) {
        StaffMember member = service.setEnabled(code, userId, false);
        return Versions.ok(member, member.version());
    }

    @POST
    @Path("/{userId}/enable")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enable an account again", description = "The staff member logs in again with the roles they had.")
    public RestResponse<StaffMember> enable(@PathParam("code") String code, @PathParam("userId") String userId) {
        StaffMember member = service.setEnabled(code, userId, true);
        return Versions.ok(member, member.version());
    }
}
