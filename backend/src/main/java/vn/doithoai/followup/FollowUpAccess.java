package vn.doithoai.followup;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.PartnerScope;
import vn.doithoai.common.security.Role;
import vn.doithoai.plan.PlanAccess;
import vn.doithoai.ruling.RulingFollowUps;
import vn.doithoai.ruling.dto.RulingView;

/**
 * Which rulings' follow-up the caller reaches: within the plans of their body (and those it oversees, read only), the
 * office and the chair every ruling; a unit those it leads or coordinates. One ruling is reached as the rulings decide
 * ({@link RulingFollowUps}: another's does not exist, 404; an overseeing office changes nothing, 403); the list over
 * every plan is limited here.
 */
@RequestScoped
public class FollowUpAccess {

    /** A JPQL condition on {@code r} (Ruling), {@code p} (its Plan) and {@code l} (its lead unit), with its parameters. */
    record Condition(String jpql, Map<String, Object> params) {
    }

    @Inject
    CurrentUser user;

    @Inject
    PlanAccess plans;

    @Inject
    RulingFollowUps rulings;

    Condition listScope() {
        StringBuilder jpql = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        Set<Long> bodies = plans.readableBodies();
        if (bodies != null) {
            jpql.append(bodies.isEmpty() ? " and 1 = 0" : " and p.bodyId in :bodies");
            if (!bodies.isEmpty()) {
                params.put("bodies", bodies);
            }
        }
        // The office, the chair and a partner system with rulings:read follow every ruling of their bodies.
        if (!user.hasRole(Role.SECRETARIAT) && !user.hasRole(Role.CHAIR) && !user.hasScope(PartnerScope.RULINGS_READ)) {
            // A unit: its own rulings, led or coordinated; a unit account without a unit sees none.
            jpql.append(" and (l.code = :me or exists (select 1 from Ruling r2 join r2.coordinatingUnits c where r2 = r and c.code = :me))");
            params.put("me", user.orgUnitCode().orElse("\u0000"));
        }
        return new Condition(jpql.toString(), params);
    }

    RulingView visible(long planId, long rulingId) {
        return rulings.visible(planId, rulingId);
    }

    RulingView changeable(long planId, long rulingId) {
        return rulings.changeable(planId, rulingId);
    }

    RulingView locked(long planId, long rulingId) {
        return rulings.lock(planId, rulingId);
    }
}
