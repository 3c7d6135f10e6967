package vn.doithoai.privacy.consent;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.i18n.Messages;
import vn.doithoai.privacy.consent.dto.PrivacyNoticeView;

/** The privacy notice the forms show before they take personal data. */
@Path("/api/v1/privacy/notice")
@Tag(name = "Privacy")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyNoticeResource {

    @Inject
    PrivacyNotices notices;

    @Inject
    Messages messages;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(summary = "The current privacy notice", description = "For everyone, before a form takes personal data: who processes "
            + "it, for which purposes (each a checkbox), how long it is kept and the person's rights, in the language of "
            + "Accept-Language (Vietnamese by default). The form sends its version back with the consent.")
    public PrivacyNoticeView current(@Context HttpHeaders headers) {
        return notices.view(notices.current(), messages.localeOf(headers));
    }
}
