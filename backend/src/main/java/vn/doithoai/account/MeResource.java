package vn.doithoai.account;

import java.util.Arrays;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.orgunit.dto.OrgUnitRef;

@Path("/api/v1/me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    BodyScope bodies;

    @GET
    @Operation(summary = "Who am I", description = "Username, name, roles, org unit, ward and body of the caller, from the access token, and how many bodies they oversee.")
    public Me me() {
        var roles = Arrays.stream(Role.values()).map(Role::id).filter(user.roles()::contains).toList();
        var readable = bodies.readable();
        return new Me(user.username(), user.displayName().orElse(null), roles, ref(user.orgUnitCode().orElse(null)),
                ref(user.wardCode().orElse(null)), ref(user.bodyCode().orElse(null)),
                readable == null ? 0 : readable.size() - bodies.writable().size());
    }

    /** A code the token names but the database does not know is still shown, by its code. */
    private OrgUnitRef ref(String code) {
        if (code == null) {
            return null;
        }
        return orgUnits.find(code).map(OrgUnitRef::of).orElse(new OrgUnitRef(code, code));
    }
}
