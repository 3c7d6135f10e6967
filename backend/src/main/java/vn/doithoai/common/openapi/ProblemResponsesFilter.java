package vn.doithoai.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.doithoai.common.error.Problem;

/**
 * Documents, on every API operation, the problem+json answers it can give, so that clients generated from
 * the contract know the error shape. Which statuses apply follows from the operation's method and security. It runs
 * before the other contract filters (higher priority), which then document these answers' headers.
 */
@OpenApiFilter(value = OpenApiFilter.RunStage.BUILD, priority = 100)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach(this::document);
        }
    }

    private void document(String path, PathItem pathItem) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                continue;
            }
            PathItem.HttpMethod method = entry.getKey();
            boolean write = method != PathItem.HttpMethod.GET;
            boolean withBody = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                    || method == PathItem.HttpMethod.PATCH;
            // The scanner gives every @RolesAllowed or @Authenticated operation a security requirement; public ones have none.
            boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
            add(responses, "400", "Invalid input; every invalid field is named");
            // Also where a token is optional: one that is sent must be valid.
            add(responses, "401", "No valid access token");
            if (secured) {
                add(responses, "403", "The caller's role may not do this");
            }
            boolean anonymous = operation.getSecurity() == null || operation.getSecurity().isEmpty()
                    || operation.getSecurity().stream().anyMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
            if (anonymous) {
                // What citizens may do without signing in is limited per client (submissions, tracking-code look-ups).
                add(responses, "429", "Too many requests from this client; send again after Retry-After seconds");
            }
            boolean filtered = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> p.getIn() == Parameter.In.QUERY);
            if (path.contains("{") || filtered) {
                // A list's filters name records too (?plan=, ?unit=): one that does not exist, or is out of scope, is a 404.
                add(responses, "404", "Not found, or outside the caller's scope");
            }
            add(responses, "406", "The Accept header asks for a format the API does not give");
            // Also on reads: a document or a follow-up that the record's state does not have yet.
            add(responses, "409", "Conflicts with existing data, or the record's state does not allow it");
            if (write) {
                add(responses, "422", "Well-formed, but a rule of the domain forbids it now (e.g. the plan's state)");
            }
            if (withBody) {
                add(responses, "413", "The body is larger than the server takes");
                add(responses, "415", "The body is not application/json");
            }
            boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                    .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
            if (conditional) {
                add(responses, "412", "Changed by someone else since it was read (stale If-Match)");
                add(responses, "428", "If-Match is missing");
            }
            add(responses, "414", "The address (with its query) is longer than the server reads");
            add(responses, "431", "The headers are larger in all than the server reads");
            add(responses, "500", "Unexpected failure; the detail gives an incident id");
            add(responses, "503", "The database did not answer in time; send again after Retry-After seconds");
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            // The scanner's own 400 for validated bodies names no content; give it ours.
            if (responses.getAPIResponse(status).getContent() == null) {
                responses.getAPIResponse(status).content(problemContent());
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(problemContent()));
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
