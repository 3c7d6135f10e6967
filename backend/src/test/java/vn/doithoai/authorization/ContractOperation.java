package vn.doithoai.authorization;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.doithoai.common.security.PartnerScope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import vn.doithoai.common.security.PartnerScope;

/** One operation of the published contract (openapi.yaml), with what the matrix needs of it. */
record ContractOperation(String method, String path, String operationId, boolean anonymous, Set<String> roles, boolean anyRole,
        Set<String> headers, String bodyType) {

    static final Path FILE = Path.of("..", "openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    String key() {
        return method + " " + path;
    }

    boolean header(String name) {
        return headers.stream().anyMatch(h -> h.equalsIgnoreCase(name));
    }

    /** Every operation of the contract. */
    static List<ContractOperation> load() throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(FILE.toFile());
        List<ContractOperation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (METHODS.contains(m.getKey())) {
                    ops.add(of(m.getKey().toUpperCase(), path.getKey(), m.getValue()));
                }
            }
        }
        return ops;
    }

    private static ContractOperation of(String method, String path, JsonNode op) {
        JsonNode security = op.path("security");
        // No requirement at all, or an empty one among the alternatives: callers without a token are let in.
        boolean anonymous = security.isMissingNode() || security.isEmpty();
        Set<String> roles = new LinkedHashSet<>();
        boolean anyRole = false;
        for (JsonNode requirement : security) {
            if (requirement.isEmpty()) {
                anonymous = true;
            }
            for (JsonNode scopes : requirement) {
                if (scopes.isEmpty()) {
                    anyRole = true;
                }
                // A partner's scope (plans:read, ...) lets in the policy's integration column.
                scopes.forEach(r -> roles.add(PartnerScope.of(r.asText()).isPresent() ? "integration" : r.asText()));
            }
        }
        Set<String> headers = new LinkedHashSet<>();
        for (JsonNode p : op.path("parameters")) {
            if ("header".equals(p.path("in").asText())) {
                headers.add(p.path("name").asText());
            }
        }
        String body = null;
        if (op.has("requestBody")) {
            Iterator<String> types = op.path("requestBody").path("content").fieldNames();
            body = types.hasNext() ? types.next() : "application/octet-stream";
        }
        return new ContractOperation(method, path, op.path("operationId").asText(), anonymous, roles, anyRole, headers, body);
    }
}
