package vn.doithoai.ruling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanAccess;

/**
 * Who may see and change which rulings (kết luận), per object: within the plans the caller reaches (their body's, and
 * those it oversees, read only), the office and the chair every ruling; a unit those it leads or coordinates; a ward
 * officer those on items of their ward. Any other ruling does not exist for them (404); an overseeing office reads and
 * never changes (403). Citizens read rulings on the public page.
 */
@RequestScoped
public class RulingAccess {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    PlanAccess plans;

    /** The plan, for reading its rulings. */
    Plan plan(long planId) {
        return plans.readable(planId);
    }

    /** The plan, for a change to its rulings, locked so two rulings made at once do not take the same number. */
    Plan planForChange(long planId) {
        return plans.writableLocked(planId);
    }

    boolean canSee(Ruling ruling) {
        if (!plans.mayRead(ruling.plan)) {
            return false;
        }
        // A partner system with rulings:read reads its body's rulings as the office does.
        if (user.hasRole(Role.SECRETARIAT) || user.hasRole(Role.CHAIR) || user.hasScope(PartnerScope.RULINGS_READ)) {
            return true;
        }
        if (user.hasRole(Role.UNIT)) {
            String unit = user.orgUnitCode().orElse(null);
            return unit != null && (ruling.leadUnit != null && unit.equals(ruling.leadUnit.code())
                    || ruling.coordinatingUnits.stream().anyMatch(u -> unit.equals(u.code())));
        }
        if (user.hasRole(Role.WARD)) {
            String ward = user.wardCode().orElse(null);
            return ward != null && ruling.items.stream().anyMatch(f -> f.ward() != null && ward.equals(f.ward().code()));
        }
        return false;
    }

    /** A ruling of this plan the caller may see; any other does not exist for them (404). */
    Ruling require(long planId, long rulingId) {
        Ruling ruling = em.find(Ruling.class, rulingId);
        if (ruling == null || !ruling.plan.id().equals(planId) || !canSee(ruling)) {
            throw DomainException.notFound("ruling.not-found", rulingId);
        }
        return ruling;
    }

    /** The same, for a change: the ruling's plan is of the caller's own body. */
    Ruling requireChangeable(long planId, long rulingId) {
        Ruling ruling = require(planId, rulingId);
        plans.writable(planId);
        return ruling;
    }
}
