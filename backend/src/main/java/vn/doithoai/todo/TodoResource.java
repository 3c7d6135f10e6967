package vn.doithoai.todo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.security.Role;
import vn.doithoai.todo.dto.TodoView;

@Path("/api/v1/me/todo")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID, Role.UNIT_ID, Role.WARD_ID })
public class TodoResource {

    @Inject
    TodoService todo;

    @Inject
    Messages messages;

    @GET
    @Operation(summary = "What waits for me (Việc của tôi)", description = "For each staff role of the caller, what waits: a kind, a count "
            + "that is the total of the list the entry opens (link.api with link.query, within the caller's scope), the app route of "
            + "that list, and why, with deadlines in working days. Deadlines and actions have no count. Reasons in the caller's language.")
    public TodoView todo(@Context HttpHeaders headers) {
        return todo.todo(messages.localeOf(headers));
    }
}
