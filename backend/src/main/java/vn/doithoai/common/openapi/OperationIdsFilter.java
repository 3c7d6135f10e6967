package vn.doithoai.common.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Operation ids in the domain's words ({@code listFeedback}, {@code issueRuling}): they become a generated client's
 * method names, so they say what the call does, not which Java class serves it. The names live in
 * openapi-operation-ids.properties, keyed by the scanner's {@code Resource_method}; a method not named there gets
 * {@code methodResource} (the class name without "Resource"), still unique.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationIdsFilter implements OASFilter {

    private final Properties names = new Properties();

    public OperationIdsFilter() {
        try (InputStream in = OperationIdsFilter.class.getClassLoader().getResourceAsStream("openapi-operation-ids.properties")) {
            if (in != null) {
                names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Operation filterOperation(Operation operation) {
        String scanned = operation.getOperationId();
        if (scanned == null || !scanned.contains("_")) {
            return operation;
        }
        String named = names.getProperty(scanned);
        if (named == null) {
            String resource = scanned.substring(0, scanned.indexOf('_')).replaceFirst("Resource$", "");
            named = scanned.substring(scanned.indexOf('_') + 1) + resource;
        }
        operation.setOperationId(named);
        return operation;
    }
}
