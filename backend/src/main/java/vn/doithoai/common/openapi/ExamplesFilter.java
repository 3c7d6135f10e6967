package vn.doithoai.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.error.ProblemKind;

/**
 * An example on every body of the contract, so that an integrator sees what a real answer of the 2022 dialogue of Thị
 * ủy Ba Đồn (plan 61-KH/ThU) looks like, and mock servers and generated docs show it:
 * <ul>
 * <li>every object schema of the components gets one whole example ({@code examples}, JSON Schema 2020-12), put
 * together from its properties' values, nested records included;</li>
 * <li>a body whose schema is not a component (a list of records) gets its example on the media type;</li>
 * <li>every problem+json answer names the example of its status ({@code #/components/examples/problem-…}), built from
 * the problem catalogue ({@link ProblemKind}) and the Vietnamese titles and details the server sends.</li>
 * </ul>
 * The values live in openapi-examples.json, by property name ({@code wardName}) or, where a name means different things,
 * by schema and property ({@code Body.code}). A property missing there comes out as {@link #MISSING}, which
 * OpenApiExamplesTest reports together with any example that its schema rejects. It runs after the other contract
 * filters (lowest priority), on the schemas as they finally are.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 0)
public class ExamplesFilter implements OASFilter {

    /** Stands for a text property nobody gave a value yet. */
    public static final String MISSING = "(no example in openapi-examples.json)";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String PROBLEM_EXAMPLES = "#/components/examples/problem-";
    /** Deep enough for a record inside a record inside a list; deeper optional parts stay out to keep examples short. */
    private static final int FULL_DEPTH = 3;

    private final Map<String, Object> values;
    private final Map<String, Object> composed = new TreeMap<>();
    private Map<String, Schema> schemas = Map.of();

    public ExamplesFilter() {
        try (InputStream in = ExamplesFilter.class.getClassLoader().getResourceAsStream("openapi-examples.json")) {
            values = in == null ? Map.of() : new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        schemas = openAPI.getComponents().getSchemas();
        for (Map.Entry<String, Schema> named : new TreeMap<>(schemas).entrySet()) {
            Schema schema = named.getValue();
            if (values.containsKey(named.getKey())) {
                // The scanner's own examples of dates and times are not of the dialogue's time and place.
                schema.setExamples(List.of(values.get(named.getKey())));
            } else if (isObject(schema) && (schema.getExamples() == null || schema.getExamples().isEmpty())) {
                schema.setExamples(List.of(component(named.getKey())));
            }
        }
        Set<ProblemKind> shown = new TreeSet<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> bodies(item, shown));
        }
        problemExamples(openAPI, shown);
    }

    private void bodies(PathItem item, Set<ProblemKind> shown) {
        for (Operation operation : item.getOperations().values()) {
            if (operation.getRequestBody() != null) {
                generic(operation.getRequestBody().getContent());
            }
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                continue;
            }
            for (Map.Entry<String, APIResponse> answer : operation.getResponses().getAPIResponses().entrySet()) {
                Content content = answer.getValue().getContent();
                if (content == null || content.getMediaTypes() == null) {
                    continue;
                }
                MediaType problem = content.getMediaTypes().get(Problem.MEDIA_TYPE);
                if (problem != null && problem.getExamples() == null) {
                    ProblemKind kind = kindOf(Integer.parseInt(answer.getKey()));
                    if (kind != null) {
                        shown.add(kind);
                        problem.addExample(slug(kind), OASFactory.createExample().ref(PROBLEM_EXAMPLES + slug(kind)));
                    }
                }
                generic(content);
            }
        }
    }

    /** A JSON body whose schema is a component shows that component's example; any other gets its own here. */
    private void generic(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
            MediaType type = media.getValue();
            boolean json = media.getKey().equals("application/json") || media.getKey().endsWith("+json");
            if (!json || type.getSchema() == null || type.getSchema().getRef() != null || type.getExample() != null
                    || type.getExamples() != null) {
                continue;
            }
            type.setExample(value(type.getSchema(), null, null, 0));
        }
    }

    private Object component(String name) {
        if (composed.containsKey(name)) {
            return composed.get(name);
        }
        Schema schema = schemas.get(name);
        if (schema == null) {
            return null;
        }
        // A record that (indirectly) contains itself stops at the second level.
        composed.put(name, null);
        Object example = values.containsKey(name) ? values.get(name)
                : schema.getExamples() != null && !schema.getExamples().isEmpty() ? schema.getExamples().get(0)
                : value(schema, name, null, 0);
        composed.put(name, example);
        return example;
    }

    private Object value(Schema schema, String owner, String property, int depth) {
        if (property != null) {
            // A value given by name is taken where it fits the property's type ("number" is a text on a plan, a count
            // on a ruling); "ward{}" gives the record form of a name that elsewhere is a text.
            for (String key : owner == null ? List.of(property, property + "{}")
                    : List.of(owner + "." + property, property, property + "{}")) {
                if (values.containsKey(key) && accepts(schema, values.get(key))) {
                    return values.get(key);
                }
                if (values.containsKey(key) && isArray(schema) && values.get(key) != null
                        && accepts(schema, List.of(values.get(key)))) {
                    return List.of(values.get(key));
                }
            }
        }
        if (schema.getRef() != null) {
            return component(schema.getRef().substring(SCHEMAS.length()));
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().get(0);
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        if (schema.getEnumeration() != null) {
            return schema.getEnumeration().stream().filter(v -> v != null).findFirst().orElse(null);
        }
        for (List<Schema> choice : Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (choice != null) {
                Schema first = choice.stream().filter(s -> !isNullType(s)).findFirst().orElse(null);
                return first == null ? null : value(first, owner, property, depth);
            }
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.OBJECT) || schema.getProperties() != null) {
            return object(schema, owner, property, depth);
        }
        if (types.contains(Schema.SchemaType.ARRAY)) {
            List<Object> items = new ArrayList<>();
            Object item = schema.getItems() == null ? null : value(schema.getItems(), owner, null, depth + 1);
            if (item == null && !accepts(schema.getItems(), null)) {
                // A tree's children, where the record contains itself: a leaf.
                return items;
            }
            int count = Math.max(1, schema.getMinItems() == null ? 1 : schema.getMinItems());
            for (int i = 0; i < count; i++) {
                items.add(item);
            }
            return items;
        }
        if (types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER)) {
            return number(schema, property, types.contains(Schema.SchemaType.INTEGER));
        }
        if (types.contains(Schema.SchemaType.BOOLEAN)) {
            return Boolean.FALSE;
        }
        if (types.contains(Schema.SchemaType.STRING)) {
            return text(schema);
        }
        return null;
    }

    private Object object(Schema schema, String owner, String property, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> field : schema.getProperties().entrySet()) {
                if (depth >= FULL_DEPTH && !required.contains(field.getKey())) {
                    continue;
                }
                example.put(field.getKey(), value(field.getValue(), owner, field.getKey(), depth + 1));
            }
        } else if (schema.getAdditionalPropertiesSchema() != null) {
            example.put(property == null ? "key" : property, value(schema.getAdditionalPropertiesSchema(), owner, null,
                    depth + 1));
        }
        return example;
    }

    private static Object number(Schema schema, String property, boolean integer) {
        BigDecimal minimum = schema.getMinimum() != null ? schema.getMinimum() : schema.getExclusiveMinimum();
        BigDecimal maximum = schema.getMaximum();
        long guess = property != null && (property.equals("id") || property.endsWith("Id")) ? 12 : 3;
        if (minimum != null && guess < minimum.longValue()) {
            guess = minimum.longValue() + (schema.getExclusiveMinimum() != null ? 1 : 0);
        }
        if (maximum != null && guess > maximum.longValue()) {
            guess = maximum.longValue();
        }
        return integer ? (Object) guess : (Object) (double) guess;
    }

    private static Object text(Schema schema) {
        String format = schema.getFormat();
        if (format == null) {
            return MISSING;
        }
        return switch (format) {
            case "date" -> "2022-11-25";
            case "date-time" -> "2022-11-25T08:00:00+07:00";
            case "email" -> "nguyenthihoa@gmail.com";
            case "uri", "url" -> "https://doithoai.quangtri.gov.vn";
            case "uuid" -> "3f0c9a52-7b1e-4d6a-9c1e-2b8f4e6d1a07";
            default -> MISSING;
        };
    }

    /** One example per status that problem answers have, from the catalogue and the Vietnamese messages. */
    private void problemExamples(OpenAPI openAPI, Set<ProblemKind> kinds) {
        ResourceBundle messages = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        for (ProblemKind kind : kinds) {
            int status = kind.status();
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", kind.type());
            problem.put("title", messages.getString(kind.titleKey()));
            problem.put("status", status);
            String detail = messages.getString(kind.titleKey() + ".detail");
            Object argument = values.getOrDefault("problem." + slug(kind), "");
            problem.put("detail", MessageFormat.format(detail.replace("'", "''"), argument));
            problem.put("instance", "/api/v1/feedback/512");
            if (kind == ProblemKind.VALIDATION) {
                problem.put("errors", values.get("Problem.errors"));
            }
            openAPI.getComponents().addExample("problem-" + slug(kind), OASFactory.createExample()
                    .summary(status + " " + messages.getString(kind.titleKey()))
                    .value(problem));
        }
    }

    /** The kind a status usually means: for 400 the invalid field, for 409 the plain conflict. */
    private static ProblemKind kindOf(int status) {
        if (status == 400) {
            return ProblemKind.VALIDATION;
        }
        for (ProblemKind kind : ProblemKind.values()) {
            if (kind.status() == status) {
                return kind;
            }
        }
        return null;
    }

    private static String slug(ProblemKind kind) {
        return kind.type().substring(kind.type().lastIndexOf(':') + 1);
    }

    private boolean isObject(Schema schema) {
        if (schema == null) {
            return false;
        }
        if (schema.getRef() != null) {
            return isObject(schemas.get(schema.getRef().substring(SCHEMAS.length())));
        }
        if (schema.getAnyOf() != null) {
            return schema.getAnyOf().stream().filter(s -> !isNullType(s)).anyMatch(this::isObject);
        }
        return schema.getProperties() != null
                || (schema.getType() != null && schema.getType().contains(Schema.SchemaType.OBJECT));
    }

    private static boolean isArray(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY);
    }

    /** Whether the schema takes the value, as far as its type and its enumeration say. */
    private boolean accepts(Schema schema, Object value) {
        if (schema == null) {
            return false;
        }
        if (schema.getRef() != null) {
            return accepts(schemas.get(schema.getRef().substring(SCHEMAS.length())), value);
        }
        for (List<Schema> choice : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
            if (choice != null) {
                return choice.stream().anyMatch(s -> accepts(s, value));
            }
        }
        if (schema.getEnumeration() != null) {
            return schema.getEnumeration().contains(value);
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (value == null) {
            return types.contains(Schema.SchemaType.NULL);
        }
        if (value instanceof List<?> list) {
            return types.contains(Schema.SchemaType.ARRAY)
                    && list.stream().allMatch(item -> schema.getItems() == null || accepts(schema.getItems(), item));
        }
        if (value instanceof Map<?, ?> map) {
            if (schema.getProperties() == null) {
                return types.contains(Schema.SchemaType.OBJECT);
            }
            // A record given by name fits a schema of the same shape only ("body" is an OrgUnitRef or a Body).
            return schema.getProperties().keySet().containsAll(map.keySet())
                    && (schema.getRequired() == null || map.keySet().containsAll(schema.getRequired()));
        }
        if (value instanceof String) {
            return types.contains(Schema.SchemaType.STRING);
        }
        if (value instanceof Boolean) {
            return types.contains(Schema.SchemaType.BOOLEAN);
        }
        if (value instanceof Integer || value instanceof Long) {
            return types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER);
        }
        return value instanceof Number && types.contains(Schema.SchemaType.NUMBER);
    }

    private static boolean isNullType(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
