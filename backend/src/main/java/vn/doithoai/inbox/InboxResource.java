package vn.doithoai.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.security.Role;
import vn.doithoai.inbox.dto.NotificationPage;

/** The bell: what changed for the caller at work. Only ever the caller's own. */
@Path("/api/v1/me/notifications")
@Tag(name = "Notifications")
@RolesAllowed({ Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID })
public class InboxResource {

    @Inject
    Inbox inbox;

    @GET
    @Operation(summary = "My notifications", description = "Newest first, for the caller only: items assigned to their unit, "
            + "answers returned to them, answers approved, tasks and rulings' reports due the next working day; each with whether "
            + "the caller has read it, and the unread count over all pages. Addressed to the caller's role in their own body (and "
            + "for a unit's officer their unit); an overseeing office does not receive the bodies' it oversees.")
    public NotificationPage list(@QueryParam("after") @Parameter(description = "nextCursor of the previous page") String after,
            @QueryParam("size") @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) String size) {
        return inbox.page(PageRequest.parse(after, size));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notifications read", description = "For the caller only; read again changes nothing. Another "
            + "reader's or another body's does not exist (404).")
    @APIResponse(responseCode = "204", description = "Read")
    public RestResponse<Void> read(@PathParam("id") long id) {
        inbox.markRead(id);
        return RestResponse.noContent();
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read", description = "For the caller only.")
    @APIResponse(responseCode = "204", description = "All read")
    public RestResponse<Void> readAll() {
        inbox.markAllRead();
        return RestResponse.noContent();
    }
}
