package vn.doithoai.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What search engines read about the public pages; nginx (and the dev server) serve them as /robots.txt and /sitemap.xml. */
@Path("/api/v1/public")
@Tag(name = "Public")
@PermitAll
public class PublicSiteResource {

    @Inject
    PlanSharing sharing;

    @GET
    @Path("/sitemap.xml")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The public pages' sitemap", description = "The home page, the public lists and every published plan's page "
            + "(with when it last changed), as absolute addresses under the installation's public address.")
    @APIResponse(responseCode = "200", description = "The sitemap", content = @Content(mediaType = MediaType.APPLICATION_XML,
            schema = @Schema(type = SchemaType.STRING)))
    public String sitemap() {
        return sharing.sitemap();
    }

    @GET
    @Path("/robots.txt")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Rules for search engines", description = "The public pages open; the API, the login callback and the pages "
            + "opened by a personal token or tracking code closed; where the sitemap is.")
    @APIResponse(responseCode = "200", description = "The rules", content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING)))
    public String robots() {
        return sharing.robots();
    }
}
