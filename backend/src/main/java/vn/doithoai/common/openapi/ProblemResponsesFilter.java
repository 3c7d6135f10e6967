package vn.doithoai.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import vn.doithoai.common.error.Problem;

/**
 * Documents, on every API operation, the problem+json answers it can give, so that clients generated from
 * the contract know the error shape. Which statuses apply follows from the operation's method and security.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public PathItem filterPathItem(PathItem pathItem) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : pathItem.getOperations().entrySet()) {
            Operation operation = entry.getValue();
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                continue;
            }
            boolean write = entry.getKey() != PathItem.HttpMethod.GET;
            boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
            add(responses, "400", "Invalid input; every invalid field is named");
            if (secured) {
                add(responses, "401", "No valid access token");
                add(responses, "403", "The caller's role may not do this");
            }
            if (pathItem.getParameters() != null || operation.getParameters() != null) {
                add(responses, "404", "Not found, or outside the caller's scope");
            }
            add(responses, "406", "The Accept header asks for a format the API does not give");
            if (write) {
                add(responses, "409", "Conflicts with existing data");
                add(responses, "415", "The body is not application/json");
            }
            if (entry.getKey() == PathItem.HttpMethod.PUT || entry.getKey() == PathItem.HttpMethod.DELETE
                    || entry.getKey() == PathItem.HttpMethod.PATCH) {
                add(responses, "412", "Changed by someone else since it was read (stale If-Match)");
                add(responses, "428", "If-Match is missing");
            }
            add(responses, "500", "Unexpected failure; the detail gives an incident id");
        }
        return pathItem;
    }

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
    }
}
