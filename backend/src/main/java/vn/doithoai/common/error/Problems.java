package vn.doithoai.common.error;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.common.i18n.Messages;

/** Builds problem+json answers in the caller's language; every exception mapper goes through here. */
@ApplicationScoped
public class Problems {

    @Inject
    Messages messages;

    /** How long a client should wait before sending again a request the database could not answer in time. */
    @ConfigProperty(name = "doithoai.database.retry-after", defaultValue = "10S")
    Duration databaseRetryAfter;

    public Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri, String detailKey, Object[] args,
            List<Problem.FieldError> errors) {
        return response(kind, headers, uri, detailKey, args, errors, null);
    }

    public Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri, String detailKey, Object[] args,
            List<Problem.FieldError> errors, List<Problem.Warning> warnings) {
        var locale = messages.localeOf(headers);
        String detail = messages.get(locale, detailKey == null ? kind.titleKey() + ".detail" : detailKey,
                args == null ? new Object[0] : args);
        var problem = new Problem(kind.type(), messages.get(locale, kind.titleKey()), kind.status(), detail,
                uri == null ? null : "/" + uri.getPath().replaceFirst("^/", ""), errors, warnings);
        return Response.status(kind.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problem)
                .build();
    }

    /**
     * The problem itself, for answers written outside JAX-RS (the HTTP edge); {@code path} is the request's path.
     */
    public Problem problem(ProblemKind kind, Locale locale, String path, String detailKey, Object... args) {
        String detail = messages.get(locale, detailKey == null ? kind.titleKey() + ".detail" : detailKey, args);
        return new Problem(kind.type(), messages.get(locale, kind.titleKey()), kind.status(), detail, path, null);
    }

    /** Seconds for Retry-After on a 503 (the database did not answer in time), at least 1. */
    public long databaseRetryAfterSeconds() {
        return Math.max(1, databaseRetryAfter.toSeconds());
    }

    public Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri) {
        return response(kind, headers, uri, null, null, null);
    }

    public String message(HttpHeaders headers, String key, Object... args) {
        return messages.get(messages.localeOf(headers), key, args);
    }
}
