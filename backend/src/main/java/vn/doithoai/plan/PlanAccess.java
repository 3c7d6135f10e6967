package vn.doithoai.plan;

import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.orgunit.BodyScope;

/**
 * Which plans the caller reaches, and so everything that belongs to a plan (its participants, feedback, session,
 * minutes, rulings, notice and follow-up): the staff of the plan's body, and of the body that succeeded it, read and
 * change it; the offices above it (a province's) read it and change nothing; citizens and anonymous callers read it once
 * it is published. For anyone else it does not exist (404), exactly like an object outside one's scope.
 *
 * <p>Every feature loads a plan through here, for its queries and its commands alike.
 */
@RequestScoped
public class PlanAccess {

    @Inject
    EntityManager em;

    @Inject
    BodyScope bodies;

    @Inject
    CurrentUser user;

    /** The plan as the caller may read it, else 404. */
    public Plan readable(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !mayRead(plan)) {
            throw notFound(planId);
        }
        return plan;
    }

    /** The plan, for a change by the caller: 404 when they cannot read it, 403 when they only oversee it. */
    public Plan writable(long planId) {
        return checkedWritable(planId, em.find(Plan.class, planId));
    }

    /** As {@link #writable}, locked until the caller's transaction ends, so two changes to one plan go one after the other. */
    public Plan writableLocked(long planId) {
        return checkedWritable(planId, em.find(Plan.class, planId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The plan when it is published (or held, concluded, closed): what anyone may read and take part in. */
    public Plan published(long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || !plan.status().isPublic()) {
            throw notFound(planId);
        }
        return plan;
    }

    public boolean mayRead(Plan plan) {
        if (isStaff()) {
            return bodies.mayRead(plan.bodyId());
        }
        return plan.status().isPublic();
    }

    public boolean mayWrite(Plan plan) {
        return isStaff() && bodies.mayWrite(plan.bodyId());
    }

    /** Both plans are carried on by the same body today: one's predecessor held the other's earlier dialogue. */
    public boolean sameBody(Plan a, Plan b) {
        return bodies.carrierOf(a.bodyId()) == bodies.carrierOf(b.bodyId());
    }

    /** The bodies whose plans a staff caller's lists show (null: every body), for list queries over many plans. */
    public Set<Long> readableBodies() {
        return bodies.readable();
    }

    /** The body a new plan of the caller's belongs to: their own. */
    long bodyOfNewPlan() {
        return bodies.requireOwn();
    }

    /** The body whose calendar the caller's drafts count on: their own; none for the installation's administrator. */
    java.util.Optional<Long> callersBody() {
        return bodies.body();
    }

    /** Staff act on plans within their body; citizens and anonymous callers only through published plans. */
    private boolean isStaff() {
        return !user.isAnonymous() && !user.hasRole(Role.CITIZEN) || user.hasRole(Role.ADMIN);
    }

    private Plan checkedWritable(long planId, Plan plan) {
        if (plan == null) {
            throw notFound(planId);
        }
        bodies.requireWritable(plan.bodyId(), notFound(planId));
        return plan;
    }

    private static DomainException notFound(long planId) {
        return DomainException.notFound("plan.not-found", planId);
    }
}
