package vn.doithoai.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Makes the contract say where null comes back, as the server really answers (a partner's generated client and any
 * validator take the contract at its word):
 * <ul>
 * <li>Jackson writes every field of an answer, null ones included. So a property that is not {@code required} may be
 * null: its schema is made to accept null ({@code type: [string, "null"]}, or {@code anyOf: [$ref, {type: null}]}).
 * In a request, null means the same as leaving the field out.</li>
 * <li>A nullable field pointing to another schema comes out of the scanner as {@code type: object} beside
 * {@code anyOf: [$ref, {type: null}]}; the {@code type} alone already rejects null, so it is dropped.</li>
 * </ul>
 * A property marked {@code required} keeps what its DTO says ({@code nullable = true} where it may be null).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullabilityFilter implements OASFilter {

    /** Schemas written with absent fields left out instead of null (@JsonInclude(NON_NULL)). */
    private static final Set<String> OMIT_ABSENT = Set.of("Problem");

    @Override
    public Schema filterSchema(Schema schema) {
        dropTypeBesideNullableReference(schema);
        return schema;
    }

    @Override
    public void filterOpenAPI(org.eclipse.microprofile.openapi.models.OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> named : openAPI.getComponents().getSchemas().entrySet()) {
            if (!OMIT_ABSENT.contains(named.getKey())) {
                optionalMeansNullable(named.getValue());
            }
        }
    }

    private static void optionalMeansNullable(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            Schema value = property.getValue();
            if (!required.contains(property.getKey())) {
                nullable(value);
            }
            // Records declared inside a record come out inline at times.
            optionalMeansNullable(value);
        }
    }

    private static void nullable(Schema schema) {
        if (acceptsNull(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            Schema reference = OASFactory.createSchema().ref(schema.getRef());
            schema.setRef(null);
            schema.setType(null);
            schema.setAnyOf(List.of(reference, nullType()));
            return;
        }
        if (schema.getType() != null && !schema.getType().isEmpty()) {
            List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
            types.add(Schema.SchemaType.NULL);
            schema.setType(types);
            if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(schema.getEnumeration());
                values.add(null);
                schema.setEnumeration(values);
            }
            return;
        }
        if (schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            schema.setAnyOf(List.of(schema.getAllOf().get(0), nullType()));
            schema.setAllOf(null);
        }
    }

    private static boolean acceptsNull(Schema schema) {
        return (schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL))
                || (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(NullabilityFilter::isNull))
                || (schema.getOneOf() != null && schema.getOneOf().stream().anyMatch(NullabilityFilter::isNull));
    }

    private static void dropTypeBesideNullableReference(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && schema.getType() != null
                && anyOf.stream().anyMatch(NullabilityFilter::isNull)
                && anyOf.stream().anyMatch(s -> s.getRef() != null)) {
            schema.setType(null);
        }
    }

    private static Schema nullType() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL));
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
