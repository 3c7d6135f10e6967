package vn.doithoai.orgunit;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;

/**
 * The bodies the caller's staff roles reach, from the {@code body} claim of their token: their own body (and the
 * bodies it succeeded), whose records they act on, and the bodies it oversees, which they only read. Staff without a
 * known body reach nothing. The administrator of the whole installation (role admin, no body) reads every body; a
 * body's administrator is an admin with a body. Citizens and anonymous callers reach records by other rights (their
 * own items, published plans), never through a body.
 *
 * <p>This is the one place a feature's Access class asks "whose records may this caller see, and change?".
 */
@RequestScoped
public class BodyScope {

    @Inject
    CurrentUser user;

    @Inject
    Bodies bodies;

    private Optional<Long> body;
    private Bodies.Reach reach;

    /** The body the caller acts within, when their token names a known one. */
    public Optional<Long> body() {
        if (body == null) {
            body = user.isAnonymous() ? Optional.empty() : user.bodyCode().flatMap(bodies::idOf);
        }
        return body;
    }

    /** The installation's administrator: reads every body's records and acts on what belongs to no body. */
    public boolean isInstallationAdmin() {
        return user.hasRole(Role.ADMIN) && user.bodyCode().isEmpty();
    }

    /** A body's administrator: role admin, acting within their body. */
    public boolean isBodyAdmin() {
        return user.hasRole(Role.ADMIN) && user.bodyCode().isPresent();
    }

    /**
     * What the installation keeps for everyone (org units, plan templates, days of the calendar), shared
     * ({@code ownerBodyId} null) or a body's own, may be changed by the caller as an administrator: the installation's
     * administrator changes any; a body's administrator only their body's. Another body's does not exist for them
     * ({@code notFound}); a shared one, or one of a body they oversee, is theirs to read only (403, {@code sharedKey}
     * for a shared one).
     */
    public void requireAdministrable(Long ownerBodyId, DomainException notFound, String sharedKey) {
        if (isInstallationAdmin()) {
            return;
        }
        if (ownerBodyId == null) {
            throw new DomainException(ProblemKind.FORBIDDEN, sharedKey);
        }
        if (!isBodyAdmin()) {
            throw notFound;
        }
        requireWritable(ownerBodyId, notFound);
    }

    /** Body ids whose records the caller reads; null when every body (the installation's administrator). */
    public Set<Long> readable() {
        return isInstallationAdmin() ? null : reach().readable();
    }

    /** Body ids whose records the caller changes. */
    public Set<Long> writable() {
        return reach().writable();
    }

    public boolean mayRead(Long bodyId) {
        Set<Long> readable = readable();
        return readable == null || bodyId != null && readable.contains(bodyId);
    }

    public boolean mayWrite(Long bodyId) {
        return bodyId != null && writable().contains(bodyId);
    }

    /**
     * The record of {@code bodyId} may be changed by the caller: another body's record they cannot read does not exist
     * for them ({@code notFound}); one they only oversee is refused (403), since oversight reads and never changes.
     */
    public void requireWritable(Long bodyId, DomainException notFound) {
        if (!mayRead(bodyId)) {
            throw notFound;
        }
        if (!mayWrite(bodyId)) {
            throw new DomainException(ProblemKind.FORBIDDEN, "body.oversight-read-only");
        }
    }

    /** The caller's own body, for a record they create; staff without one cannot create records of a body. */
    public long requireOwn() {
        return body().orElseThrow(() -> new DomainException(ProblemKind.FORBIDDEN, "body.none"));
    }

    /** The body that now carries a record of {@code bodyId}: itself, or its successor. */
    public long carrierOf(long bodyId) {
        return bodies.carrierOf(bodyId);
    }

    private Bodies.Reach reach() {
        if (reach == null) {
            reach = body().map(bodies::reachOf).orElse(Bodies.Reach.NOTHING);
        }
        return reach;
    }
}
