package vn.doithoai.privacy.subject;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import vn.doithoai.common.security.Role;
import vn.doithoai.document.FileStore;
import vn.doithoai.privacy.subject.dto.HeldData;
import vn.doithoai.privacy.subject.dto.OwnErasureInput;
import vn.doithoai.privacy.subject.dto.SubjectRequestView;

/** A logged-in citizen's own data: what their login sent or registered, a copy of it, and erasing themselves. */
@Path("/api/v1/me/personal-data")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.CITIZEN_ID)
public class OwnDataResource {

    @Inject
    SubjectRequests requests;

    @GET
    @Operation(summary = "Everything held about me", description = "What my login sent or registered, in every body's dialogues.")
    public HeldData mine() {
        return requests.mine();
    }

    @GET
    @Path("/export.pdf")
    @Produces("application/pdf")
    @Operation(summary = "My copy of my data, as PDF", description = "What my login sent or registered, in every body.")
    @APIResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public RestResponse<byte[]> minePdf() {
        return RestResponse.ResponseBuilder.ok(requests.minePdf()).header("Content-Type", "application/pdf")
                .header("Content-Disposition", FileStore.attachment("du-lieu-cua-toi.pdf")).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/erasure")
    @Operation(summary = "Erase me", description = "My identity is replaced everywhere my login left it; the matters I raised stay. "
            + "Recorded as my request, done at once. Cannot be undone.")
    public SubjectRequestView eraseMine(@NotNull @Valid OwnErasureInput input) {
        return requests.eraseMine();
    }
}
