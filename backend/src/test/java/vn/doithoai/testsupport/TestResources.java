package vn.doithoai.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The resources every @QuarkusTest shares (declared once, applied to all): a real MariaDB and a mock OIDC
 * server whose keys sign {@link TestTokens}.
 */
@QuarkusTestResource(MariaDbTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class TestResources {

    private TestResources() {
    }
}
