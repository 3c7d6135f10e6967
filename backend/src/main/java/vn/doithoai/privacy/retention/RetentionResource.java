package vn.doithoai.privacy.retention;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.security.Role;
import vn.doithoai.privacy.retention.dto.ExpiringReport;

/** What personal data reaches the end of its retention period in a month, so the office is not surprised by the job. */
@Path("/api/v1/privacy/retention")
@Tag(name = "Personal data")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Role.SECRETARIAT_ID, Role.ADMIN_ID })
public class RetentionResource {

    @Inject
    ExpiringData expiring;

    @Inject
    Clock clock;

    @GET
    @Path("/expiring")
    @Operation(summary = "Personal data expiring in a month", description = "Dialogue by dialogue and kind of data: how many records the "
            + "nightly job will anonymise in the month (next month when left out). The office sees its body's; the installation's "
            + "administrator every body's.")
    public ExpiringReport expiring(@QueryParam("month") @Parameter(description = "YYYY-MM; next month when left out") String month) {
        YearMonth m;
        try {
            m = month == null || month.isBlank() ? YearMonth.now(clock).plusMonths(1) : YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "privacy.month-invalid", month);
        }
        return expiring.in(m);
    }
}
