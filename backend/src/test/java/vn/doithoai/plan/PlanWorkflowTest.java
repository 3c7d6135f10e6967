package vn.doithoai.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.doithoai.common.error.DomainException;
import vn.doithoai.common.error.ProblemKind;
import vn.doithoai.testsupport.TestClock;

/** Every action from every status, without a server: the workflow as the domain enforces it. */
class PlanWorkflowTest {

    private static final Map<PlanAction, PlanStatus> FROM = Map.of(
            PlanAction.SUBMIT, PlanStatus.DRAFT,
            PlanAction.APPROVE, PlanStatus.SUBMITTED,
            PlanAction.RETURN, PlanStatus.SUBMITTED,
            PlanAction.PUBLISH, PlanStatus.APPROVED,
            PlanAction.HOLD, PlanStatus.PUBLISHED,
            PlanAction.CONCLUDE, PlanStatus.HELD,
            PlanAction.CLOSE, PlanStatus.CONCLUDED);

    @Test
    void eachActionMovesOnlyFromItsStatus() {
        for (PlanAction action : PlanAction.values()) {
            for (PlanStatus status : PlanStatus.values()) {
                Plan plan = plan(status);
                boolean allowed = action == PlanAction.CANCEL
                        ? EnumSet.of(PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED).contains(status)
                        : FROM.get(action) == status;
                if (allowed) {
                    plan.apply(action, "lý do", TestClock.now());
                    assertEquals(action.leadsTo(), plan.status(), action + " from " + status);
                } else {
                    var e = assertThrows(DomainException.class, () -> plan.apply(action, "lý do", TestClock.now()), action + " from " + status);
                    assertEquals(ProblemKind.CONFLICT, e.kind());
                    assertEquals(status, plan.status(), "a refused action changes nothing");
                }
            }
        }
    }

    @Test
    void theWholeWayFromDraftToClosed() {
        Plan plan = plan(PlanStatus.DRAFT);
        for (PlanAction action : new PlanAction[] { PlanAction.SUBMIT, PlanAction.RETURN, PlanAction.SUBMIT, PlanAction.APPROVE,
                PlanAction.PUBLISH, PlanAction.HOLD, PlanAction.CONCLUDE, PlanAction.CLOSE }) {
            plan.apply(action, action == PlanAction.RETURN ? "Bổ sung căn cứ" : null, TestClock.now());
            if (action == PlanAction.RETURN) {
                assertEquals("Bổ sung căn cứ", plan.returnReason);
            }
        }
        assertEquals(PlanStatus.CLOSED, plan.status());
        assertEquals(null, plan.returnReason, "a new submission clears the old return reason");
    }

    @Test
    void rolesOfEachAction() {
        for (PlanAction action : PlanAction.values()) {
            var expected = switch (action) {
                case APPROVE, RETURN -> EnumSet.of(vn.doithoai.common.security.Role.CHAIR);
                case CANCEL -> EnumSet.of(vn.doithoai.common.security.Role.CHAIR, vn.doithoai.common.security.Role.SECRETARIAT);
                default -> EnumSet.of(vn.doithoai.common.security.Role.SECRETARIAT);
            };
            assertEquals(expected, EnumSet.copyOf(action.roles()), action.name());
        }
    }

    private static Plan plan(PlanStatus status) {
        Plan plan = new Plan(1L, PlanLevel.TOWN, "Kế hoạch thử", "test", TestClock.now());
        plan.status = status;
        return plan;
    }
}
