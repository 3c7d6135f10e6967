package vn.doithoai.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** Test-only Vert.x route that fails before any resource runs, to see what a failure inside Vert.x looks like from outside. */
@ApplicationScoped
public class VertxBoomTestRoute {

    void install(@Observes Router router) {
        router.route("/test-only/vertx-boom").handler(ctx -> {
            throw new IllegalStateException("kaboom in a Vert.x handler: internal detail that must not leak");
        });
    }
}
