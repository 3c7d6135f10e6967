package vn.doithoai.common.http;

import io.vertx.core.http.HttpServerRequest;

/** Who is calling, for per-client limits on public endpoints. */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The peer address; Quarkus puts the client's from X-Forwarded-For there only when proxy forwarding is on. */
    public static String of(HttpServerRequest http) {
        return http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
    }
}
