package vn.doithoai.common.openapi;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A field that may be null and points to another schema comes out of the scanner as {@code type: object} beside
 * {@code anyOf: [$ref, {type: null}]}; the {@code type: object} alone already rejects null, so a client generated
 * from the contract (and any validator) refuses the answers the server really sends. The type is dropped: the
 * {@code anyOf} says it all.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NullableReferencesFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Schema> anyOf = schema.getAnyOf();
        if (anyOf != null && schema.getType() != null
                && anyOf.stream().anyMatch(NullableReferencesFilter::isNull)
                && anyOf.stream().anyMatch(s -> s.getRef() != null)) {
            schema.setType(null);
        }
        return schema;
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }
}
