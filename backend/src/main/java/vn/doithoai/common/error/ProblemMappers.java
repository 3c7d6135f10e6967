package vn.doithoai.common.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import vn.doithoai.common.http.AllowedMethods;

/**
 * Turns every failure into RFC 9457 problem+json in the caller's language: one narrow mapper per kind of
 * failure, never a stack trace or a class name in the answer.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Problems problems;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.Warning> warnings = e.warnings() == null ? null : e.warnings().stream()
                .map(w -> new Problem.Warning(w.field(), problems.message(headers, w.messageKey(), w.args()))).toList();
        List<Problem.FieldError> errors = e.errors() == null ? null : e.errors().stream()
                .map(v -> new Problem.FieldError(v.field(), problems.message(headers, v.messageKey(), v.args()))).toList();
        return problems.response(e.kind(), headers, uri, e.messageKey(), e.args(), errors, warnings);
    }

    /** 429 or 503 with Retry-After, so a phone knows when to send again. */
    @ServerExceptionMapper
    public Response retryLater(RetryLaterException e, HttpHeaders headers, UriInfo uri) {
        return Response.fromResponse(problems.response(e.kind(), headers, uri, e.messageKey(), e.args(), null))
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, HttpHeaders headers, UriInfo uri) {
        var errors = e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), problems.message(headers, v.messageKey(), v.args())))
                .toList();
        return problems.response(e.kind(), headers, uri, e.detailKey(), e.detailArgs(), errors);
    }

    // Quarkus raises its own subclass for resource-method validation; mapping it here keeps its built-in mapper out.
    @ServerExceptionMapper(priority = 1)
    public Response beanValidation(ResteasyReactiveViolationException e, HttpHeaders headers, UriInfo uri) {
        // A resource answering something invalid is our fault, not the client's.
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> StreamSupport
                .stream(v.getPropertyPath().spliterator(), false).anyMatch(n -> n.getKind() == ElementKind.RETURN_VALUE));
        if (returnValue) {
            return internal(e, headers, uri);
        }
        return violations(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return problems.response(ProblemKind.VALIDATION, headers, uri, null, null, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return malformedBody(e, headers, uri);
    }

    // Jackson's own mapper for this subtype answers plain JSON; ours is more specific.
    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return malformedBody(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return challenge(problems.response(ProblemKind.UNAUTHORIZED, headers, uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return challenge(problems.response(ProblemKind.UNAUTHORIZED, headers, uri,
                "problem.unauthorized.invalid-token", null, null));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problems.response(ProblemKind.FORBIDDEN, headers, uri);
    }

    /** Two writers raced past the If-Match check; the loser is told its copy is stale. */
    @ServerExceptionMapper
    public Response staleWrite(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return problems.response(ProblemKind.PRECONDITION_FAILED, headers, uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, HttpHeaders headers, UriInfo uri) {
        return problems.response(ProblemKind.PRECONDITION_FAILED, headers, uri);
    }

    /** JAX-RS's own failures: unknown path, wrong method, unacceptable or unsupported media type. */
    @ServerExceptionMapper
    public Response jaxrs(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedBody(json, headers, uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        String badQueryValue = status == 404 ? badQueryValue(e, uri) : null;
        if (badQueryValue != null) {
            return problems.response(ProblemKind.VALIDATION, headers, uri, null, null,
                    List.of(new Problem.FieldError(badQueryValue, problems.message(headers, "validation.wrong-type"))));
        }
        ProblemKind kind = switch (status) {
            case 400 -> ProblemKind.BAD_REQUEST;
            case 401 -> ProblemKind.UNAUTHORIZED;
            case 403 -> ProblemKind.FORBIDDEN;
            case 404 -> ProblemKind.NOT_FOUND;
            case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
            case 406 -> ProblemKind.NOT_ACCEPTABLE;
            case 409 -> ProblemKind.CONFLICT;
            case 412 -> ProblemKind.PRECONDITION_FAILED;
            case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
            case 428 -> ProblemKind.PRECONDITION_REQUIRED;
            default -> null;
        };
        if (kind == null) {
            return internal(e, headers, uri);
        }
        Response answer = problems.response(kind, headers, uri);
        if (status == 405) {
            // RFC 9110: a 405 says which methods the address does answer to; Quarkus REST leaves it out.
            Set<String> allowed = e.getResponse().getAllowedMethods() == null || e.getResponse().getAllowedMethods().isEmpty()
                    ? allowedMethods.of("/" + uri.getPath().replaceFirst("^/", ""))
                    : e.getResponse().getAllowedMethods();
            return allowed.isEmpty() ? answer : Response.fromResponse(answer).allow(allowed).build();
        }
        return status == 401 ? challenge(answer) : answer;
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseUnavailable.isCause(e)) {
            return unavailable(e, headers, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled failure, incident %s", incident);
        return problems.response(ProblemKind.INTERNAL, headers, uri, "problem.internal.detail", new Object[] { incident },
                null);
    }

    /**
     * 503 with Retry-After: the database could not be reached, or did not answer, in time. The request's transaction
     * was rolled back (the failure left the @Transactional method), so the client sends it again, and an
     * Idempotency-Key makes sure a create sent twice is recorded once. No stack trace: during an outage every request
     * ends here, and one line each says enough.
     */
    private Response unavailable(Throwable e, HttpHeaders headers, UriInfo uri) {
        long retryAfter = problems.databaseRetryAfterSeconds();
        LOG.warnf("Database out of reach, answered 503 to %s: %s", uri == null ? "?" : uri.getPath(),
                DatabaseUnavailable.cause(e).orElse(e));
        return Response.fromResponse(problems.response(ProblemKind.UNAVAILABLE, headers, uri, null,
                new Object[] { Long.toString(retryAfter) }, null)).header("Retry-After", Long.toString(retryAfter)).build();
    }

    private Response malformedBody(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        List<Problem.FieldError> errors = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors = List.of(new Problem.FieldError(field, problems.message(headers, "validation.wrong-type")));
        }
        return problems.response(ProblemKind.MALFORMED_BODY, headers, uri, null, null, errors);
    }

    /**
     * JAX-RS answers 404 when a query value does not convert ({@code ?status=FOO} for an enum, {@code ?plan=abc} for
     * a number): the address exists, the input is wrong, so it is a 400 naming the parameter. The converter's message
     * quotes the value, which tells which parameter it was; a path segment that does not convert stays a 404.
     */
    private static String badQueryValue(WebApplicationException e, UriInfo uri) {
        if (e.getCause() == null || uri == null) {
            return null;
        }
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        String message = messages.toString();
        for (var parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!value.isEmpty() && (message.contains("." + value + "\n") || message.contains("\"" + value + "\""))) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static Response challenge(Response answer) {
        return Response.fromResponse(answer).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** "create.request.code" → "code"; a query or path parameter keeps its own name ("list.size" → "size"). */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int skip = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            skip++;
        }
        // A body parameter's own name ("request") says nothing to a client; drop it when a property follows.
        if (nodes.size() > skip + 1 && nodes.get(skip).getKind() == ElementKind.PARAMETER) {
            skip++;
        }
        String path = violation.getPropertyPath().toString();
        for (int i = 0; i < skip && path.indexOf('.') >= 0; i++) {
            path = path.substring(path.indexOf('.') + 1);
        }
        return path;
    }
}
