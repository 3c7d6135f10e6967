package vn.doithoai.privacy.readlog;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import vn.doithoai.common.security.CurrentUser;

/**
 * Writes a request's reads of personal data as one read-log entry, once the answer is known to be a success: a refused
 * or failed request showed nothing. Its own transaction, so the entry stays whatever the request's own did.
 */
public class ReadLogWriter {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    CurrentVertxRequest vertx;

    @Inject
    Clock clock;

    @ServerResponseFilter
    public void write(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (response.getStatus() >= 300 || !Arc.container().requestContext().isActive()) {
            return;
        }
        ReadsOfRequest reads = Arc.container().instance(ReadsOfRequest.class).get();
        if (!reads.any()) {
            return;
        }
        String operation = request.getMethod() + " " + template(resource);
        String agent = request.getHeaderString(HttpHeaders.USER_AGENT);
        String address = clientAddress();
        String actor = user.username();
        Instant now = Instant.now(clock);
        QuarkusTransaction.requiringNew().run(() -> insert(reads, now, actor, operation, address, agent));
    }

    private void insert(ReadsOfRequest reads, Instant now, String actor, String operation, String address, String agent) {
        em.createNativeQuery("INSERT INTO read_log (occurred_at, actor, what, operation, client_address, user_agent, records)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, ReadLogSearch.column(now)).setParameter(2, cut(actor, 100)).setParameter(3, reads.what().name())
                .setParameter(4, cut(operation, 300)).setParameter(5, cut(address, 64)).setParameter(6, cut(agent, 300))
                .setParameter(7, reads.records()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        for (ReadsOfRequest.Scope scope : resolved(reads.scopes())) {
            em.createNativeQuery("INSERT INTO read_log_scope (read_id, body_id, plan_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, id).setParameter(2, scope.bodyId()).setParameter(3, scope.planId()).executeUpdate();
        }
    }

    /** Each plan with its body; a record of no body (the installation's shared register) is the administrator's to see. */
    private Set<ReadsOfRequest.Scope> resolved(Set<ReadsOfRequest.Scope> scopes) {
        List<Long> planIds = scopes.stream().map(ReadsOfRequest.Scope::planId).filter(p -> p != null).distinct().toList();
        Map<Long, Long> bodyOfPlan = new HashMap<>();
        if (!planIds.isEmpty()) {
            for (Object row : em.createNativeQuery("SELECT id, body_id FROM plan WHERE id IN (?1)").setParameter(1, planIds).getResultList()) {
                Object[] cells = (Object[]) row;
                bodyOfPlan.put(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue());
            }
        }
        Set<ReadsOfRequest.Scope> out = new LinkedHashSet<>();
        for (ReadsOfRequest.Scope s : scopes) {
            Long body = s.planId() != null ? bodyOfPlan.get(s.planId()) : s.bodyId();
            if (body != null) {
                out.add(new ReadsOfRequest.Scope(body, s.planId()));
            }
        }
        return out;
    }

    /** The operation as the contract names it (no ids, tokens or tracking codes from the address). */
    private static String template(ResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return "?";
        }
        Path type = resource.getResourceClass().getAnnotation(Path.class);
        Method method = resource.getResourceMethod();
        Path path = method == null ? null : method.getAnnotation(Path.class);
        String joined = (type == null ? "" : type.value()) + (path == null ? "" : "/" + path.value());
        return joined.replaceAll("/+", "/");
    }

    private String clientAddress() {
        var ctx = vertx.getCurrent();
        SocketAddress peer = ctx == null ? null : ctx.request().remoteAddress();
        if (peer == null) {
            return "unknown";
        }
        return peer.hostAddress() != null ? peer.hostAddress() : peer.host();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
