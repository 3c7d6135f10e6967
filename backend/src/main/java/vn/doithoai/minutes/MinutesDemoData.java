package vn.doithoai.minutes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.doithoai.common.persistence.DemoSteps;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanDemoData;

/**
 * minutes-v1: the seed plan's (61-KH/ThU) minutes, version 1, assembled from whatever the session step left (no
 * speakers without it), the chair's concluding remarks written in, read out and signed by citizens and an
 * organisation's representative (one declined, with the reason), and finalised at the end of the session.
 */
@ApplicationScoped
public class MinutesDemoData {

    private static final Logger LOG = Logger.getLogger(MinutesDemoData.class);
    private static final String CONCLUSION = """
            Đồng chí Bí thư Thị ủy ghi nhận các ý kiến phát biểu thẳng thắn, trách nhiệm của Nhân dân và các đơn vị.
            Giao UBND thị xã chỉ đạo Phòng Tài nguyên và Môi trường, Phòng Quản lý đô thị khẩn trương xử lý các kiến nghị về \
            vệ sinh môi trường, thoát nước và đất đai; báo cáo kết quả trước ngày 31/12/2022.
            Văn phòng Thị ủy theo dõi, đôn đốc và tham mưu thông báo kết luận hội nghị.""";

    @Inject
    PlanDemoData demoPlans;

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    MinutesAssembly assembly;

    @Transactional
    public void loadOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        Optional<Plan> seed = demoPlans.townPlan("61");
        if (seed.isEmpty() || seed.get().sessionAt() == null) {
            LOG.infof("Demo step %s skipped: no seed plan 61-KH/ThU with a session", step);
            return;
        }
        Plan plan = seed.get();
        if (!em.createQuery("select m.id from Minutes m where m.plan = :plan", Long.class).setParameter("plan", plan).getResultList().isEmpty()) {
            LOG.infof("Demo step %s skipped: plan 61-KH/ThU already has minutes", step);
            return;
        }
        Instant started = assembly.sessionStarted(plan);
        if (started == null) {
            LOG.infof("Demo step %s: no session record on plan 61-KH/ThU (session-v1 not run); minutes without speakers", step);
        }
        Instant at = (started != null ? started : plan.sessionAt()).plusSeconds(4 * 3600);
        String chair = assembly.chairName(plan);
        if (chair.isBlank()) {
            chair = "Bí thư Thị ủy";
        }
        String secretary = "Trần Văn Phòng";
        List<MinutesSection> sections = new ArrayList<>();
        for (MinutesSection s : assembly.sections(plan, chair, secretary)) {
            sections.add(s.kind == SectionKind.CONCLUSION ? new MinutesSection(s.kind, s.heading, CONCLUSION) : s);
        }
        var minutes = new Minutes(plan, 1, chair, secretary, sections, "demo", at);
        em.persist(minutes);

        List<String> speakers = em.createNativeQuery("select name from session_speaker where plan_id = ?1 and status <> 'SKIPPED' "
                + "order by seq, id").setParameter(1, plan.id()).setMaxResults(2).getResultList().stream().map(Object::toString).toList();
        String first = speakers.size() > 0 ? speakers.get(0) : "Nguyễn Văn Hùng";
        String second = speakers.size() > 1 ? speakers.get(1) : "Lê Thị Mai";
        minutes.sign(first, "Công dân", "Tổ dân phố 2, phường Ba Đồn", Representing.CITIZEN, SignatureOutcome.SIGNED, null, "demo", at);
        minutes.sign(second, "Công dân", "Phường Quảng Thọ", Representing.CITIZEN, SignatureOutcome.DECLINED,
                "Chưa đồng ý với nội dung trả lời về bồi thường đất; đề nghị ghi rõ thời hạn giải quyết.", "demo", at.plusSeconds(60));
        minutes.sign("Hoàng Văn Đức", "Chủ tịch", "Hội Cựu chiến binh thị xã Ba Đồn", Representing.ORGANISATION, SignatureOutcome.SIGNED, null,
                "demo", at.plusSeconds(120));
        minutes.sign("Phạm Thị Thu", "Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam thị xã Ba Đồn", Representing.ORGANISATION,
                SignatureOutcome.SIGNED, null, "demo", at.plusSeconds(180));
        minutes.finalise("demo", at.plusSeconds(300));
        LOG.infof("Demo data loaded: %s", step);
    }
}
