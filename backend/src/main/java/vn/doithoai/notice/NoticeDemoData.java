package vn.doithoai.notice;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.persistence.DemoSteps;
import vn.doithoai.common.security.CurrentUser;
import vn.doithoai.common.security.Role;
import vn.doithoai.notice.dto.NoticeDraftRequest;
import vn.doithoai.notice.dto.NoticeGenerateRequest;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanDemoData;
import vn.doithoai.plan.PlanStatus;

/**
 * notice-v1: plan 61's conclusion notice, "Số 112-TB/ThU", issued eight working days after the session of 25/11/2022
 * and signed by the Bí thư Thị ủy, generated from the rulings the earlier demo step issued. Without plan 61 or its
 * issued rulings it does nothing and says so.
 */
@ApplicationScoped
public class NoticeDemoData {

    private static final Logger LOG = Logger.getLogger(NoticeDemoData.class);
    /** The office's demo user (keycloak/realm-doithoai.json). */
    static final String OFFICE_USER = "vanphong";
    /** The body of the office's user: the ward Party committee that carries on the town's dialogues. */
    static final String OFFICE_BODY = "dang-uy-phuong-ba-don";

    @Inject
    CurrentIdentityAssociation identity;

    @Inject
    PlanDemoData demoPlans;

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    ConclusionNotices notices;

    @Inject
    WorkingDayCalendar calendar;

    /** The services record who acted: a request context of its own, acting as the office (see {@link #load}). */
    @Transactional
    @ActivateRequestContext
    public void loadOnce(String step) {
        Plan plan = demoPlans.townPlan("61").orElse(null);
        if (plan == null || plan.status() != PlanStatus.HELD && plan.status() != PlanStatus.CONCLUDED) {
            LOG.infof("Demo step %s skipped: no held or concluded plan 61-KH/ThU", step);
            return;
        }
        load(plan.id(), step);
    }

    /** The notice of a held plan with issued rulings, once per step; package-private for the test. */
    @Transactional
    @ActivateRequestContext
    boolean load(long planId, String step) {
        Plan plan = em.find(Plan.class, planId);
        if (notices.issuedRulings(plan).isEmpty()) {
            LOG.infof("Demo step %s skipped: plan %s-%s has no issued rulings", step, plan.number(), plan.symbol());
            return false;
        }
        if (!demoSteps.claim(step)) {
            return false;
        }
        // The office drafts and generates the notice: the demo acts as its user, so the revision and the audit trail
        // name a person, not "anonymous".
        identity.setIdentity(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(OFFICE_USER))
                .addRole(Role.SECRETARIAT_ID).addAttribute(CurrentUser.BODY_CLAIM, OFFICE_BODY).build());
        var draft = new NoticeDraftRequest("112", "TB/ThU", calendar.forBody(plan.bodyId()).addWorkingDays(plan.sessionDate(), 8),
                "Đảng bộ tỉnh Quảng Bình", "Trần Văn Bình", "T/M BAN THƯỜNG VỤ\nBÍ THƯ",
                List.of("Thường trực Tỉnh ủy (b/c);", "Các đồng chí Ủy viên Ban Thường vụ Thị ủy;", "UBND thị xã;",
                        "Các phòng, ban, đơn vị được giao;", "Đảng ủy các xã, phường;", "Lưu Văn phòng Thị ủy."),
                null);
        long version = notices.update(plan.id(), 0, draft).version();
        notices.generate(plan.id(), version, new NoticeGenerateRequest(false, null));
        LOG.infof("Demo data loaded: %s (the conclusion notice 112-TB/ThU of plan %s-%s)", step, plan.number(), plan.symbol());
        return true;
    }

}
