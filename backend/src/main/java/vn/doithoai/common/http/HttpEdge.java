package vn.doithoai.common.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import vn.doithoai.common.error.DatabaseUnavailable;
import vn.doithoai.common.error.Problem;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.error.Problems;
import vn.doithoai.common.i18n.Messages;

/**
 * The answers the server gives before a request reaches a resource, as problem+json in the caller's language like
 * every other answer: an address too long (414), headers too large (431), a body too large (413), and any failure
 * inside Vert.x itself (400, 404, 405, 500, and 503 when the database is out of reach).
 *
 * <p>Vert.x's HTTP codec refuses an over-long request line or header block with a bare status and closes the
 * connection, before anything of the application runs, and Quarkus offers no hook there. So the codec's limits
 * (quarkus.http.limits.max-initial-line-length, max-header-size) are set well above what any client of the API sends,
 * and the limits that count are checked here, first thing on the router: {@code doithoai.http.max-uri-length} and
 * {@code doithoai.http.max-header-size}. The body limit is Quarkus's own (quarkus.http.limits.max-body-size), checked
 * here before Quarkus's check, which would drop the connection while the client is still sending.
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    /**
     * A refused body declared up to this size is read to its end and thrown away before the answer goes out: a client
     * that writes its whole body before reading (most do) then reads the 413 instead of a reset connection. A larger
     * one, or one announced with "Expect: 100-continue", is answered at once and the connection closed.
     */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    /** The request path shown as the problem's instance, at most this long (a 414's path may be the long part). */
    private static final int INSTANCE_MAX = 256;

    @Inject
    Problems problems;

    @Inject
    Messages messages;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "doithoai.http.max-uri-length", defaultValue = "4096")
    int maxUriLength;

    @ConfigProperty(name = "doithoai.http.max-header-size", defaultValue = "16K")
    MemorySize maxHeaderSize;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    void install(@Observes Router router) {
        // Before Quarkus's own body-size check (ROUTE_ORDER_UPLOAD_LIMIT), after the security headers are set.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::limits);
        // Before Quarkus's last-resort error page (route().last()), which answers HTML or its own JSON.
        router.route().order(RouteConstants.ROUTE_ORDER_AFTER_DEFAULT).failureHandler(this::failure);
        // A request Vert.x Web cannot route at all (an address that is not a valid URI) fails before any route matches.
        for (int status : new int[] { 400, 401, 403, 404, 405, 406, 413, 414, 415, 431, 500, 503 }) {
            router.errorHandler(status, this::failure);
        }
    }

    void limits(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.uri().length() > maxUriLength) {
            refuse(ctx, ProblemKind.URI_TOO_LONG, Integer.toString(maxUriLength));
            return;
        }
        if (headerBytes(request.headers()) > maxHeaderSize.asLongValue()) {
            refuse(ctx, ProblemKind.HEADERS_TOO_LARGE, size(maxHeaderSize.asLongValue()));
            return;
        }
        long maxBody = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        long declared = contentLength(request);
        if (declared > maxBody) {
            refuse(ctx, ProblemKind.PAYLOAD_TOO_LARGE, size(maxBody));
            return;
        }
        if (declared < 0 && isChunked(request) && !request.isEnded()) {
            readChunked(ctx, maxBody);
            return;
        }
        ctx.next();
    }

    void failure(RoutingContext ctx) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            ctx.next();
            return;
        }
        Throwable failure = ctx.failure();
        if (failure != null && DatabaseUnavailable.isCause(failure)) {
            long retryAfter = problems.databaseRetryAfterSeconds();
            LOG.warnf("Database out of reach, answered 503 to %s: %s", pathOf(ctx.request()),
                    DatabaseUnavailable.cause(failure).orElse(failure));
            response.putHeader(HttpHeaderNames.RETRY_AFTER, Long.toString(retryAfter));
            answer(ctx, ProblemKind.UNAVAILABLE, null, Long.toString(retryAfter));
            return;
        }
        ProblemKind kind = kindOf(failure, ctx.statusCode());
        if (kind == ProblemKind.INTERNAL) {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(failure, "Unhandled failure before the API, incident %s", incident);
            answer(ctx, kind, "problem.internal.detail", incident);
            return;
        }
        if (kind == ProblemKind.UNAUTHORIZED) {
            response.putHeader(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer");
        }
        answer(ctx, kind, null);
    }

    private static ProblemKind kindOf(Throwable failure, int status) {
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            return ProblemKind.UNAUTHORIZED;
        }
        if (failure instanceof ForbiddenException) {
            return ProblemKind.FORBIDDEN;
        }
        return switch (status) {
            case 400 -> ProblemKind.BAD_REQUEST;
            case 401 -> ProblemKind.UNAUTHORIZED;
            case 403 -> ProblemKind.FORBIDDEN;
            case 404 -> ProblemKind.NOT_FOUND;
            case 405 -> ProblemKind.METHOD_NOT_ALLOWED;
            case 406 -> ProblemKind.NOT_ACCEPTABLE;
            case 413 -> ProblemKind.PAYLOAD_TOO_LARGE;
            case 414 -> ProblemKind.URI_TOO_LONG;
            case 415 -> ProblemKind.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> ProblemKind.HEADERS_TOO_LARGE;
            case 503 -> ProblemKind.UNAVAILABLE;
            default -> ProblemKind.INTERNAL;
        };
    }

    /**
     * A body sent in chunks announces no length, so Quarkus finds it too large only while a resource reads it, and
     * then answers a bare 413. It is read here instead, up to the limit, and handed on whole (RESTEasy reads a body
     * already on the routing context); beyond the limit the rest is thrown away and the 413 problem answered.
     */
    private void readChunked(RoutingContext ctx, long maxBody) {
        HttpServerRequest request = ctx.request();
        if (waitsForContinue(request)) {
            ctx.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        request.handler(chunk -> {
            if (body.length() + (long) chunk.length() > maxBody) {
                discardThenAnswer(ctx, ProblemKind.PAYLOAD_TOO_LARGE, size(maxBody), body.length() + (long) chunk.length());
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            ctx.setBody(body);
            ctx.next();
        });
        request.exceptionHandler(e -> LOG.debugf("A request broke off while its body was read: %s", e));
        request.resume();
    }

    /** Refuses before reading the body: the answer goes out once the client has finished sending (see DRAIN_LIMIT). */
    private void refuse(RoutingContext ctx, ProblemKind kind, String limit) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || contentLength(request) <= 0 && !isChunked(request)) {
            answer(ctx, kind, null, limit);
            return;
        }
        if (waitsForContinue(request) || contentLength(request) > DRAIN_LIMIT) {
            answerAndClose(ctx, kind, limit);
            return;
        }
        discardThenAnswer(ctx, kind, limit, 0);
    }

    /** Reads the rest of the body into nothing, then answers; the connection stays usable, as the body was read. */
    private void discardThenAnswer(RoutingContext ctx, ProblemKind kind, String limit, long alreadyRead) {
        HttpServerRequest request = ctx.request();
        AtomicLong read = new AtomicLong(alreadyRead);
        request.handler(chunk -> {
            if (read.addAndGet(chunk.length()) > DRAIN_LIMIT && !ctx.response().ended()) {
                answerAndClose(ctx, kind, limit);
            }
        });
        request.endHandler(end -> {
            if (!ctx.response().ended()) {
                answer(ctx, kind, null, limit);
            }
        });
        request.exceptionHandler(e -> LOG.debugf("A refused request broke off while its body was read: %s", e));
        request.resume();
    }

    /** Answers while the client may still be sending: the connection cannot carry another request after this. */
    private void answerAndClose(RoutingContext ctx, ProblemKind kind, String limit) {
        ctx.response().putHeader(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        answer(ctx, kind, null, limit).onComplete(done -> ctx.request().connection().close());
    }

    private Future<Void> answer(RoutingContext ctx, ProblemKind kind, String detailKey, Object... args) {
        HttpServerRequest request = ctx.request();
        Locale locale = messages.localeOf(request.getHeader(HttpHeaderNames.ACCEPT_LANGUAGE));
        String path = pathOf(request);
        Problem problem = problems.problem(kind, locale, path == null || path.length() > INSTANCE_MAX ? null : path, detailKey, args);
        Buffer body;
        try {
            body = Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem is always serialisable", e);
        }
        return ctx.response().setStatusCode(kind.status())
                .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaderNames.CONTENT_LANGUAGE, locale.toLanguageTag())
                .end(body);
    }

    /** The request's path, or null when its address is not even a valid URI. */
    private static String pathOf(HttpServerRequest request) {
        try {
            return request.path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaderNames.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains(HttpHeaderValues.CHUNKED);
    }

    private static boolean waitsForContinue(HttpServerRequest request) {
        return HttpHeaderValues.CONTINUE.contentEqualsIgnoreCase(request.getHeader(HttpHeaderNames.EXPECT));
    }

    /** The header block's size roughly as the codec counts it: each line's name, ": ", value and line end. */
    private static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + 4;
        }
        return total;
    }

    /** The declared Content-Length; -1 when none (or not a number, which the codec has refused already). */
    private static long contentLength(HttpServerRequest request) {
        String value = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 11534336 → "11 MB", 16384 → "16 KB": how the limits are configured, and how people say them. */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
