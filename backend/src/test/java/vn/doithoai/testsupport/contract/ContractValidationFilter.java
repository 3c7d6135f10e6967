package vn.doithoai.testsupport.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer a test receives against the published contract (openapi.yaml at the top of the repo): the
 * operation exists, the status is documented for it, a JSON body has a documented media type and matches its schema
 * (JSON Schema 2020-12, the dialect of OpenAPI 3.1), and the headers the contract promises are there. A partner's
 * generated client trusts exactly these promises, so a test that sees the server break one fails.
 *
 * <p>Requests outside the documented paths (test-only endpoints, /q/…) and HEAD/OPTIONS probes are not checked.
 * With {@code -Dcontract.validation=report} breaches are only written to target/contract-violations.txt.
 */
public final class ContractValidationFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPORT = Path.of("target", "contract-violations.txt");
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("contract.validation"));

    private final JsonNode contract;
    private final List<Route> routes;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(false)
            .build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int variables) {
    }

    public ContractValidationFilter(Path published) {
        try {
            contract = new ObjectMapper(new YAMLFactory()).readTree(published.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + published, e);
        }
        List<Route> all = new ArrayList<>();
        contract.path("paths").fieldNames().forEachRemaining(template -> all.add(new Route(template,
                Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q")),
                (int) template.chars().filter(c -> c == '{').count())));
        // A literal segment wins over a variable one (/plans/mine before /plans/{id}).
        all.sort(Comparator.comparingInt(Route::variables));
        routes = List.copyOf(all);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        if (method.equals("head") || method.equals("options")) {
            return response;
        }
        String path = URI.create(request.getURI()).getRawPath();
        Route route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst().orElse(null);
        if (route == null) {
            return response;
        }
        List<String> breaches = check(route.template(), method, response);
        if (!breaches.isEmpty()) {
            String where = method.toUpperCase(Locale.ROOT) + " " + route.template() + " → " + response.statusCode();
            String text = breaches.stream().map(b -> where + ": " + b).collect(Collectors.joining("\n"));
            record(text);
            if (!REPORT_ONLY) {
                throw new AssertionError("the answer breaks openapi.yaml\n" + text + "\nbody: "
                        + abbreviate(response.asString()));
            }
        }
        return response;
    }

    private List<String> check(String template, String method, Response response) {
        List<String> breaches = new ArrayList<>();
        JsonNode operation = contract.path("paths").path(template).path(method);
        int status = response.statusCode();
        if (operation.isMissingNode()) {
            if (status != 405) {
                breaches.add("undocumented operation answered");
            }
            return breaches;
        }
        JsonNode responses = operation.path("responses");
        String statusKey = String.valueOf(status);
        JsonNode documented = responses.path(statusKey);
        if (documented.isMissingNode()) {
            documented = responses.path(statusKey.charAt(0) + "XX");
        }
        if (documented.isMissingNode()) {
            documented = responses.path("default");
        }
        if (documented.isMissingNode()) {
            breaches.add("status " + status + " is not documented");
            return breaches;
        }
        String pointer = "/paths/" + escape(template) + "/" + method + "/responses/" + statusKey;
        checkHeaders(documented, response, breaches);
        String body = response.asString();
        if (body == null || body.isEmpty() || status == 204 || status == 304) {
            return breaches;
        }
        String contentType = response.getContentType();
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        boolean json = mediaType.equals("application/json") || mediaType.endsWith("+json");
        JsonNode content = documented.path("content");
        JsonNode media = content.path(mediaType);
        if (media.isMissingNode()) {
            media = content.path(mediaType.replaceAll("/.*", "/*"));
        }
        if (media.isMissingNode()) {
            media = content.path("*/*");
        }
        if (media.isMissingNode()) {
            if (json) {
                breaches.add("media type " + mediaType + " is not documented");
            }
            return breaches;
        }
        if (!json || media.path("schema").isMissingNode()) {
            return breaches;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (IOException e) {
            breaches.add("body is not JSON: " + e.getMessage());
            return breaches;
        }
        JsonNode documentedSchema = media.path("schema");
        JsonSchema schema = compiled.computeIfAbsent(pointer + "/" + mediaType, key -> compile(documentedSchema));
        for (ValidationMessage message : schema.validate(instance)) {
            breaches.add(message.getInstanceLocation() + " " + message.getMessage());
        }
        return breaches;
    }

    /** Headers a client acts on: when the server sends one, the contract must say so. */
    private static final List<String> PROMISED_HEADERS = List.of("ETag", "Location", "Retry-After");

    /**
     * Headers the contract marks required come with the answer, and the headers a client acts on (ETag for the next
     * If-Match, Location, Retry-After) are documented wherever the server sends them.
     */
    private static void checkHeaders(JsonNode documented, Response response, List<String> breaches) {
        for (String name : PROMISED_HEADERS) {
            if (response.headers().hasHeaderWithName(name) && documented.path("headers").path(name).isMissingNode()) {
                breaches.add("header " + name + " is sent but not documented");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> headers = documented.path("headers").fields();
        while (headers.hasNext()) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (header.getValue().path("required").asBoolean(false) && !response.headers().hasHeaderWithName(
                    header.getKey())) {
                breaches.add("required header " + header.getKey() + " is missing");
            }
        }
    }

    private JsonSchema compile(JsonNode schema) {
        // The schema keeps its references into #/components/schemas: they resolve within this root.
        ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy() : JSON.createObjectNode();
        root.set("components", contract.path("components"));
        return schemas.getSchema(root, config);
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private static void record(String text) {
        if (!SEEN.add(text)) {
            return;
        }
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null || body.length() < 2000 ? body : body.substring(0, 2000) + "…";
    }
}
