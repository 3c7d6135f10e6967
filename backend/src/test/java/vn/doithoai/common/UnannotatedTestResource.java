package vn.doithoai.common;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** Test-only endpoint someone forgot to secure: deny-by-default must keep it shut. */
@Path("/api/v1/test-only/unannotated")
public class UnannotatedTestResource {

    @GET
    @Operation(hidden = true)
    public String secret() {
        return "should never be served";
    }
}
