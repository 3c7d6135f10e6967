package vn.doithoai.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The published contract (openapi.yaml at the top of the repo) is exactly what the backend serves;
 * when it is stale, run `make openapi` and commit the result.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void publishedContractIsWhatTheBackendServes() throws Exception {
        Path published = Path.of("..", "openapi.yaml");
        assertTrue(Files.exists(published), "openapi.yaml is missing at the top of the repo: run `make openapi`");
        String served = given().queryParam("format", "yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // Kept for a diff when the contract is stale.
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        // Compared as documents: the build and the server may order keys differently.
        var yaml = new ObjectMapper(new YAMLFactory());
        assertEquals(yaml.readTree(served), yaml.readTree(published.toFile()),
                "openapi.yaml is stale: run `make openapi` and commit it (diff it with target/openapi-served.yaml)");
    }

    @Test
    void everyApiOperationDocumentsItsProblems() {
        String served = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertTrue(served.contains("\"application/problem+json\""), "problem+json answers are documented");
        assertTrue(served.contains("\"/api/v1/org-units/{code}\""));
        assertTrue(!served.contains("test-only"), "test endpoints stay out of the contract");
    }
}
