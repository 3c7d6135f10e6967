package vn.doithoai.common.http;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * OPTIONS on an API address answers 204 with an Allow header naming exactly the methods that address has (from
 * {@link AllowedMethods}, the same list a 405 gives), so a partner's tooling can discover what it may call. Quarkus
 * REST's own answer lists methods of the whole resource class. CORS preflights never reach here: Quarkus answers
 * them first.
 */
public class HonestOptions {

    @Inject
    AllowedMethods allowedMethods;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> options(ContainerRequestContext request) {
        if (!HttpMethod.OPTIONS.equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        Set<String> methods = new TreeSet<>(allowedMethods.of(path));
        if (methods.isEmpty()) {
            return Optional.empty();
        }
        methods.add(HttpMethod.OPTIONS);
        return Optional.of(Response.noContent().allow(methods).build());
    }
}
