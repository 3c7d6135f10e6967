package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Health and metrics live on the management interface (its own port, never published), not on the port the public
 * reaches through the proxy: the metrics name every API path with its traffic and timings, and health says whether
 * the database answers. The OpenAPI contract describes the public API, so it stays on the public port.
 */
@QuarkusTest
class ManagementInterfaceTest {

    /** http://localhost:{management port}/q/ */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @ConfigProperty(name = "quarkus.http.test-port")
    int publicPort;

    private String onManagement(String path) {
        return management.toString().replaceAll("/+$", "") + path;
    }

    @Test
    void healthAndMetricsAreNotServedOnThePublicPort() {
        for (String path : List.of("/q/health", "/q/health/ready", "/q/health/live", "/q/metrics", "/q/metrics/")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementInterfaceHasItsOwnPort() {
        assertNotEquals(publicPort, management.getPort(), "management port " + management + " should not be the public port");
    }

    @Test
    void readinessChecksTheDatabaseOnTheManagementPort() {
        given().when().get(onManagement("/health/ready")).then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name.contains('Database') }.status", is("UP"));
        given().when().get(onManagement("/health/live")).then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void metricsArePublishedForPrometheusOnTheManagementPort() {
        // A request on the public port first, so its timer exists whatever ran before.
        given().when().get("/api/v1/me").then().statusCode(401);
        given().when().get(onManagement("/metrics")).then().statusCode(200)
                .body(containsString("http_server_requests_seconds"));
    }

    @Test
    void theContractStaysOnThePublicPortOnly() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("openapi", containsString("3."));
        given().when().get(onManagement("/openapi")).then().statusCode(404);
    }
}
