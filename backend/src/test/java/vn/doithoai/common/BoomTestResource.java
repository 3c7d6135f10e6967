package vn.doithoai.common;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint that fails unexpectedly, to see what a 500 looks like from outside. */
@Path("/api/v1/test-only/boom")
@PermitAll
public class BoomTestResource {

    @GET
    @Operation(hidden = true)
    public String boom() {
        throw new IllegalStateException("kaboom: internal detail that must not leak");
    }
}
