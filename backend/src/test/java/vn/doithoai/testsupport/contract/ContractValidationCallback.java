package vn.doithoai.testsupport.contract;

import java.nio.file.Path;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Puts the {@link ContractValidationFilter} in front of every REST Assured request of every @QuarkusTest, once per
 * class loader (the callback runs in the one the tests use, so the filter lands on the RestAssured they call).
 */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (RestAssured.class) {
            if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
                RestAssured.filters(new ContractValidationFilter(Path.of("..", "openapi.yaml")));
            }
        }
    }
}
