package vn.doithoai.privacy.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.security.Role;
import vn.doithoai.privacy.audit.dto.AuditTrailEntry;

@Path("/api/v1/audit-trail")
@Tag(name = "Personal data", description = "The change audit and the read log of personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.ADMIN_ID, Role.SECRETARIAT_ID, Role.CHAIR_ID })
public class AuditTrailResource {

    @Inject
    AuditTrails trails;

    @GET
    @Path("/{objectType}/{objectId}")
    @Operation(summary = "Who changed a record, what and when",
            description = "Every change of one record, oldest first, with each field before and after; a citizen's contact fields"
                    + " and name are masked. For those who read the record's body; another body's record is 404.")
    public List<AuditTrailEntry> trail(
            @PathParam("objectType") @Parameter(description = "The kind of record", schema = @Schema(type = SchemaType.STRING,
                    implementation = AuditedObject.class)) String objectType,
            @PathParam("objectId") @Parameter(description = "The record's id (a code for org units and plan templates)") String objectId) {
        return trails.trail(objectType, objectId);
    }
}
