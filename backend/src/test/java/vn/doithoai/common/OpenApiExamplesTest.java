package vn.doithoai.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

import vn.doithoai.common.openapi.ExamplesFilter;

/**
 * Every body of the published contract (openapi.yaml) shows an integrator an example, and every example is true to its
 * schema (JSON Schema 2020-12, formats checked too): a mock server or a generated doc built from the contract shows
 * answers our server could really give. OpenApiContractTest keeps openapi.yaml what the backend serves; the examples
 * come from ExamplesFilter and openapi-examples.json.
 */
class OpenApiExamplesTest {

    private static JsonNode contract;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
    }

    @Test
    void everyJsonBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        forEachJsonBody((where, media) -> {
            if (examplesOf(media).isEmpty()) {
                missing.add(where);
            }
        });
        assertEquals("", String.join("\n", missing), "bodies without an example (openapi-examples.json, ExamplesFilter)");
    }

    @Test
    void everyObjectSchemaHasAnExample() {
        List<String> missing = new ArrayList<>();
        contract.path("components").path("schemas").fields().forEachRemaining(named -> {
            JsonNode schema = named.getValue();
            boolean object = schema.has("properties") || "object".equals(schema.path("type").asText());
            if (object && schema.path("examples").isEmpty()) {
                missing.add(named.getKey());
            }
        });
        assertEquals("", String.join("\n", missing), "component schemas without an example");
    }

    @Test
    void everyExampleIsValidAgainstItsSchema() {
        List<String> invalid = new ArrayList<>();
        contract.path("components").path("schemas").fields().forEachRemaining(
                named -> schemaExamples("#/components/schemas/" + named.getKey(), named.getValue(), invalid));
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            for (JsonNode parameter : op.getValue().path("parameters")) {
                schemaExamples(where + " parameter " + parameter.path("name").asText(), parameter.path("schema"), invalid);
            }
            op.getValue().path("responses").fields().forEachRemaining(answer -> answer.getValue().path("headers")
                    .fields().forEachRemaining(header -> schemaExamples(where + " → " + answer.getKey() + " header "
                            + header.getKey(), header.getValue().path("schema"), invalid)));
        }));
        forEachJsonBody((where, media) -> {
            for (JsonNode example : examplesOf(media)) {
                check(where, media.path("schema"), example, invalid);
            }
        });
        assertEquals("", String.join("\n", invalid), "examples their schema rejects");
    }

    @Test
    void noExampleIsAPlaceholder() {
        String text = contract.toString();
        int at = text.indexOf(ExamplesFilter.MISSING);
        assertEquals(-1, at, "a text property has no example: give it one in openapi-examples.json (by name, or by "
                + "Schema.property), near: " + (at < 0 ? "" : text.substring(Math.max(0, at - 300), at)));
    }

    private interface BodyVisitor {
        void visit(String where, JsonNode media);
    }

    /** Request and response bodies that are JSON (problem+json included), with where they are. */
    private static void forEachJsonBody(BodyVisitor visitor) {
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            json(op.getValue().path("requestBody").path("content")).forEach(
                    media -> visitor.visit(where + " request " + media.getKey(), media.getValue()));
            op.getValue().path("responses").fields().forEachRemaining(answer -> json(answer.getValue().path("content"))
                    .forEach(media -> visitor.visit(where + " → " + answer.getKey() + " " + media.getKey(),
                            media.getValue())));
        }));
    }

    private static List<Map.Entry<String, JsonNode>> json(JsonNode content) {
        List<Map.Entry<String, JsonNode>> bodies = new ArrayList<>();
        content.fields().forEachRemaining(media -> {
            String type = media.getKey().split(";")[0].trim();
            if (type.equals("application/json") || type.endsWith("+json")) {
                bodies.add(media);
            }
        });
        return bodies;
    }

    /** A media type's own examples, or else those of the schema it names. */
    private static List<JsonNode> examplesOf(JsonNode media) {
        List<JsonNode> found = new ArrayList<>();
        if (media.has("example")) {
            found.add(media.get("example"));
        }
        media.path("examples").forEach(example -> found.add(resolve(example).path("value")));
        if (found.isEmpty()) {
            resolve(media.path("schema")).path("examples").forEach(found::add);
        }
        return found;
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            JsonNode target = contract;
            for (String part : current.get("$ref").asText().substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            current = target;
        }
        return current;
    }

    /** The schema's own examples and those of every schema inside it (properties, items, alternatives). */
    private void schemaExamples(String where, JsonNode schema, List<String> invalid) {
        if (!schema.isObject()) {
            return;
        }
        for (JsonNode example : schema.path("examples")) {
            check(where, schema, example, invalid);
        }
        schema.path("properties").fields().forEachRemaining(
                property -> schemaExamples(where + "." + property.getKey(), property.getValue(), invalid));
        schemaExamples(where + "[]", schema.path("items"), invalid);
        schemaExamples(where + "{}", schema.path("additionalProperties"), invalid);
        for (String choice : List.of("anyOf", "oneOf", "allOf")) {
            for (Iterator<JsonNode> it = schema.path(choice).elements(); it.hasNext();) {
                schemaExamples(where, it.next(), invalid);
            }
        }
    }

    private void check(String where, JsonNode schema, JsonNode example, List<String> invalid) {
        JsonSchema validator = compiled.computeIfAbsent(schema.toString(), key -> {
            ObjectNode root = ((ObjectNode) schema).deepCopy();
            root.set("components", contract.path("components"));
            return factory.getSchema(root, config);
        });
        String messages = validator.validate(example).stream()
                .map(m -> m.getInstanceLocation() + " " + m.getMessage()).collect(Collectors.joining("; "));
        if (!messages.isEmpty()) {
            invalid.add(where + ": " + messages);
        }
    }
}
