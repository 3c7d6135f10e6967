package vn.doithoai.plan;

import java.util.EnumSet;
import java.util.Set;

import vn.doithoai.common.security.Role;

/**
 * The status workflow as data: each action, the statuses it starts from, where it leads and who may take it.
 * draft → submitted → approved → published → held → concluded → closed; the chair returns a submitted plan
 * to draft with a reason; cancelled from any open state.
 */
public enum PlanAction {
    SUBMIT(EnumSet.of(PlanStatus.DRAFT), PlanStatus.SUBMITTED, Set.of(Role.SECRETARIAT), false),
    APPROVE(EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.APPROVED, Set.of(Role.CHAIR), false),
    RETURN(EnumSet.of(PlanStatus.SUBMITTED), PlanStatus.DRAFT, Set.of(Role.CHAIR), true),
    PUBLISH(EnumSet.of(PlanStatus.APPROVED), PlanStatus.PUBLISHED, Set.of(Role.SECRETARIAT), false),
    HOLD(EnumSet.of(PlanStatus.PUBLISHED), PlanStatus.HELD, Set.of(Role.SECRETARIAT), false),
    CONCLUDE(EnumSet.of(PlanStatus.HELD), PlanStatus.CONCLUDED, Set.of(Role.SECRETARIAT), false),
    CLOSE(EnumSet.of(PlanStatus.CONCLUDED), PlanStatus.CLOSED, Set.of(Role.SECRETARIAT), false),
    CANCEL(EnumSet.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED),
            PlanStatus.CANCELLED, Set.of(Role.SECRETARIAT, Role.CHAIR), true);

    private final Set<PlanStatus> from;
    private final PlanStatus to;
    private final Set<Role> roles;
    private final boolean needsReason;

    PlanAction(Set<PlanStatus> from, PlanStatus to, Set<Role> roles, boolean needsReason) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.needsReason = needsReason;
    }

    public boolean startsFrom(PlanStatus status) {
        return from.contains(status);
    }

    public PlanStatus leadsTo() {
        return to;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean needsReason() {
        return needsReason;
    }
}
