package vn.doithoai.common.error;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import vn.doithoai.common.i18n.Messages;

/** Builds problem+json answers in the caller's language; every exception mapper goes through here. */
@ApplicationScoped
public class Problems {

    @Inject
    Messages messages;

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

    public Response response(ProblemKind kind, HttpHeaders headers, UriInfo uri) {
        return response(kind, headers, uri, null, null, null);
    }

    public String message(HttpHeaders headers, String key, Object... args) {
        return messages.get(messages.localeOf(headers), key, args);
    }
}
