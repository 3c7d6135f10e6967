package vn.doithoai.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.http.Versions;
import vn.doithoai.common.idempotency.Idempotency;
import vn.doithoai.common.paging.PageRequest;
import vn.doithoai.common.time.SupportedDates;

/**
 * What the contract says about headers and problems, from the one place that decides them, so it cannot drift:
 * <ul>
 * <li>{@code If-Match} takes a version's ETag or {@code *} ({@link Versions}); {@code Idempotency-Key} has the
 * pattern {@link Idempotency} checks;</li>
 * <li>{@code ETag} on the 200s and 201s that show a record with a {@code version} (that version); {@code Location} on
 * every 201; {@code Retry-After} on every 429 and 503;</li>
 * <li>the catalogue of problem {@code type}s ({@link ProblemKind}) with their meaning, on the Problem schema, and
 * the meaning of each enum value;</li>
 * </ul>
 * The backend tests check every answer against these promises (ContractValidationFilter).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class HeadersAndProblemsFilter implements OASFilter {

    private static final String IF_MATCH_PATTERN = "^(\\*|(W/)?\"-?[0-9]+\")$";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                    ? Map.of() : openAPI.getComponents().getSchemas();
            openAPI.getPaths().getPathItems().values().forEach(item -> document(item, schemas));
        }
        // The address a generated client calls by default; the API is public (citizens, partners), not internal.
        String server = ConfigProvider.getConfig().getOptionalValue("doithoai.openapi.server", String.class)
                .orElse("http://localhost:8080");
        openAPI.setServers(List.of(OASFactory.createServer().url(server)
                .description((server.startsWith("https://") ? "Production" : "Local development (make run)")
                        + ": this installation's API (a build names it with -Ddoithoai.openapi.server=https://…)")
                .addExtension("x-internal", false)));
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().forEach(HeadersAndProblemsFilter::enumMeanings);
            Schema problem = openAPI.getComponents().getSchemas().get("Problem");
            if (problem != null && problem.getProperties() != null && problem.getProperties().get("type") != null) {
                catalogue(problem.getProperties().get("type"));
            }
        }
    }

    private static void document(PathItem item, Map<String, Schema> schemas) {
        Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : operations.entrySet()) {
            Operation operation = entry.getValue();
            parameters(operation);
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                continue;
            }
            for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
                String status = answer.getKey();
                APIResponse response = answer.getValue();
                if ((status.equals("200") || status.equals("201")) && versioned(response, schemas)) {
                    header(response, "ETag", false, "The version of what the answer shows; send it back in If-Match "
                            + "to change it");
                }
                if (status.equals("201")) {
                    // Not required: what some creates make (carried-over items, a session's answer) has no address of its own.
                    header(response, "Location", false, "The address of what was created, where it has one");
                }
                if (status.equals("429") || status.equals("503")) {
                    header(response, "Retry-After", true, "Seconds to wait before sending again");
                }
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(h -> integerFormat(h.getSchema()));
                }
            }
        }
    }

    /** An answer showing a record with a {@code version} carries that version as its ETag ({@link Versions}). */
    private static boolean versioned(APIResponse response, Map<String, Schema> schemas) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return false;
        }
        return response.getContent().getMediaTypes().values().stream()
                .anyMatch(media -> hasVersion(media.getSchema(), schemas, 3));
    }

    /** The schema, or one it holds directly (a followed ruling inside its progress), has a version. */
    private static boolean hasVersion(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema != null && schema.getRef() != null) {
            schema = schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
        if (schema == null || schema.getProperties() == null || depth == 0) {
            return false;
        }
        return schema.getProperties().containsKey("version")
                || schema.getProperties().values().stream().anyMatch(p -> hasVersion(p, schemas, depth - 1));
    }

    private static void parameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.QUERY && parameter.getName() != null) {
                query(parameter);
            }
            if (parameter.getIn() != Parameter.In.HEADER || parameter.getName() == null) {
                continue;
            }
            if (parameter.getName().equalsIgnoreCase(Versions.IF_MATCH)) {
                parameter.description("The ETag of the version read (a 412 when it is no longer the current one), or * "
                        + "to change whatever the current version is");
                parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .pattern(IF_MATCH_PATTERN).examples(List.of("\"3\"")));
            } else if (parameter.getName().equalsIgnoreCase(Idempotency.HEADER)) {
                parameter.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .pattern("^" + Idempotency.KEY_PATTERN + "$")
                        .examples(List.of("5f0c2a9e-7d1b-4c3e-9a51-2b7e8f4d6c10")));
            }
        }
    }

    /** Integers the server parses or writes as Java ints. */
    private static void integerFormat(Schema schema) {
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)
                && schema.getFormat() == null) {
            schema.setFormat("int32");
        }
    }

    /** The rules the one paging style ({@link PageRequest}) and the supported years ({@link SupportedDates}) check. */
    private static void query(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null || schema.getType() == null || !schema.getType().contains(Schema.SchemaType.INTEGER)) {
            return;
        }
        integerFormat(schema);
        switch (parameter.getName()) {
            case "size" -> schema.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                    .defaultValue(PageRequest.DEFAULT_SIZE);
            case "year" -> schema.minimum(BigDecimal.valueOf(SupportedDates.FIRST_YEAR))
                    .maximum(BigDecimal.valueOf(SupportedDates.LAST_YEAR));
            default -> {
            }
        }
    }

    private static void header(APIResponse response, String name, boolean required, String description) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Schema schema = name.equals("Retry-After")
                ? OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32").minimum(BigDecimal.ZERO)
                : OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Header header = OASFactory.createHeader().description(description).required(required).schema(schema);
        response.addHeader(name, header);
    }

    /**
     * An enum's values with what each means (the English labels the app shows, messages_en enum.Type.VALUE), in the
     * description and as {@code x-enum-descriptions}, which generators put beside each constant.
     */
    private static void enumMeanings(String name, Schema schema) {
        ResourceBundle english = english();
        if (english == null || schema.getEnumeration() == null || schema.getEnumeration().isEmpty()) {
            return;
        }
        List<String> meanings = new ArrayList<>();
        for (Object value : schema.getEnumeration()) {
            String key = "enum." + name + "." + value;
            if (value == null || !english.containsKey(key)) {
                return;
            }
            meanings.add(english.getString(key));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < meanings.size(); i++) {
            lines.add("- `" + schema.getEnumeration().get(i) + "`: " + meanings.get(i));
        }
        String before = schema.getDescription() == null ? "" : schema.getDescription() + "\n\n";
        schema.setDescription(before + String.join("\n", lines));
        schema.addExtension("x-enum-descriptions", meanings);
    }

    private static ResourceBundle english() {
        try {
            return ResourceBundle.getBundle("messages", Locale.ENGLISH);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** Each problem type with its status and meaning (the English title), so a client can branch on it. */
    private static void catalogue(Schema type) {
        ResourceBundle english = english();
        List<Object> values = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (ProblemKind kind : ProblemKind.values()) {
            values.add(kind.type());
            String title = english != null && english.containsKey(kind.titleKey()) ? english.getString(kind.titleKey())
                    : kind.name();
            lines.add("- `" + kind.type() + "` (" + kind.status() + "): " + title);
        }
        // No enum: a client keeps working when a later version adds a kind (it treats an unknown one by its status).
        type.setExamples(values);
        type.setDescription("URI identifying the kind of problem; one of:\n" + lines.stream()
                .collect(Collectors.joining("\n")));
    }
}
