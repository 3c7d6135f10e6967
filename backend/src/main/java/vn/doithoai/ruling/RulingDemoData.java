package vn.doithoai.ruling;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import vn.doithoai.common.persistence.DemoSteps;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.feedback.FeedbackItem;
import vn.doithoai.feedback.FeedbackRulings;
import vn.doithoai.feedback.FeedbackStatus;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanDemoData;
import vn.doithoai.plan.PlanStatus;

/**
 * rulings-v1: the chair's rulings on the seed plan 61 (session 25/11/2022), one or more of every type, all issued by
 * the chair the week after the session. Resolve rulings go to the departments with due dates in 2023 (past, so the
 * follow-up step can make some overdue) and one in 2027; one escalation to the province has its reply. Items the
 * feedback demo and its tests rely on (raised in 2021, still assigned) are left alone.
 */
@ApplicationScoped
public class RulingDemoData {

    private static final Logger LOG = Logger.getLogger(RulingDemoData.class);

    /** type; item titles; content; lead unit, coordinating units, due date (RESOLVE); body, recommendation, reply (ESCALATE); reason (DECLINED). */
    private record Demo(RulingType type, List<String> items, String content, String unit, List<String> coordinating, LocalDate due,
            String escalatedTo, String recommendation, String reply, String reason) {

        static Demo resolve(List<String> items, String content, String unit, List<String> coordinating, LocalDate due) {
            return new Demo(RulingType.RESOLVE, items, content, unit, coordinating, due, null, null, null, null);
        }

        static Demo escalate(List<String> items, String content, String recommendation, String reply) {
            return new Demo(RulingType.ESCALATE, items, content, null, List.of(), null, "UBND tỉnh Quảng Bình", recommendation, reply, null);
        }

        static Demo of(RulingType type, List<String> items, String content, String reason) {
            return new Demo(type, items, content, null, List.of(), null, null, null, null, reason);
        }
    }

    private static final List<Demo> RULINGS = List.of(
            Demo.resolve(List.of("Khai thác cát trái phép trên sông Gianh"),
                    "Giao Phòng Tài nguyên và Môi trường chủ trì, phối hợp với Công an thị xã kiểm tra, xử lý dứt điểm tình trạng khai thác "
                            + "cát trái phép trên sông Gianh đoạn qua xã Quảng Hòa; báo cáo kết quả về Thường trực Thị ủy.",
                    "phong-tnmt", List.of("cong-an"), LocalDate.of(2023, 3, 31)),
            Demo.resolve(List.of("Bồi thường giải phóng mặt bằng tuyến đường ven sông Gianh"),
                    "Giao Phòng Tài nguyên và Môi trường rà soát phương án bồi thường, hỗ trợ giải phóng mặt bằng tuyến đường ven sông Gianh, "
                            + "trả lời bằng văn bản cho các hộ dân xã Quảng Minh.",
                    "phong-tnmt", List.of("phong-tckh"), LocalDate.of(2023, 6, 30)),
            Demo.resolve(List.of("Công bố quy hoạch chỉnh trang khu dân cư tổ dân phố 3", "Quy hoạch treo khu đất phía sau chợ Quảng Thọ"),
                    "Giao Phòng Quản lý đô thị công bố công khai quy hoạch chỉnh trang khu dân cư tổ dân phố 3 phường Ba Đồn và rà soát, đề "
                            + "xuất điều chỉnh hoặc hủy bỏ quy hoạch khu đất phía sau chợ Quảng Thọ.",
                    "phong-qldt", List.of("phong-tnmt"), LocalDate.of(2023, 2, 28)),
            Demo.resolve(List.of("Điểm đen tai nạn giao thông ngã ba Quảng Thọ"),
                    "Giao Công an thị xã phối hợp Phòng Quản lý đô thị lắp đặt biển báo, gờ giảm tốc tại ngã ba Quảng Thọ.",
                    "cong-an", List.of("phong-qldt"), LocalDate.of(2023, 1, 31)),
            Demo.resolve(List.of("Kênh mương nội đồng thôn 2 chưa được kiên cố"),
                    "Giao Phòng Kinh tế đưa tuyến kênh mương nội đồng thôn 2 xã Quảng Minh vào kế hoạch kiên cố hóa giai đoạn 2026 – 2027.",
                    "phong-kinh-te", List.of(), LocalDate.of(2027, 6, 30)),
            Demo.escalate(List.of("Đường giao thông nông thôn liên thôn 1 – thôn 2 xuống cấp"),
                    "Tuyến đường vượt khả năng cân đối ngân sách thị xã; Thường trực Thị ủy kiến nghị UBND tỉnh hỗ trợ vốn nâng cấp.",
                    "Đề nghị UBND tỉnh Quảng Bình bố trí vốn chương trình mục tiêu quốc gia xây dựng nông thôn mới để nâng cấp tuyến đường "
                            + "liên thôn 1 – thôn 2 xã Quảng Hòa.",
                    "UBND tỉnh đã đưa tuyến đường vào danh mục hỗ trợ vốn năm 2024 (Công văn số 1250/UBND-KT)."),
            Demo.escalate(List.of("Chậm chi trả chế độ chính sách cho người có công"),
                    "Kiến nghị UBND tỉnh sớm phân bổ kinh phí chi trả chế độ cho người có công còn tồn đọng.",
                    "Đề nghị Sở Lao động – Thương binh và Xã hội tham mưu UBND tỉnh phân bổ bổ sung kinh phí chi trả chế độ người có công.",
                    null),
            Demo.of(RulingType.EXPLAINED, List.of("Thủ tục hành chính tại bộ phận một cửa còn chậm"),
                    "Đồng chí Chủ tịch UBND thị xã đã giải thích tại hội nghị: từ tháng 10/2022 bộ phận một cửa đã bổ sung 02 công chức và "
                            + "áp dụng tiếp nhận hồ sơ trực tuyến; thời gian giải quyết trung bình đã giảm còn 5 ngày làm việc.",
                    null),
            Demo.of(RulingType.EXPLAINED, List.of("Cây xanh đô thị trên các tuyến phố mới"),
                    "Đã giải thích tại hội nghị: cây xanh các tuyến phố mới được trồng theo đề án cây xanh đô thị được phê duyệt năm 2021.",
                    null),
            Demo.of(RulingType.DECLINED, List.of("Lắp camera an ninh tại các tuyến đường chính"),
                    "Chưa xem xét lắp camera an ninh trên các tuyến đường chính trong năm 2023.",
                    "Ngân sách thị xã năm 2023 không bố trí được kinh phí; sẽ xem xét khi có nguồn xã hội hóa theo Đề án camera an ninh của tỉnh."));

    @Inject
    PlanDemoData demoPlans;

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    FeedbackRulings feedback;

    @Inject
    OrgUnitService orgUnits;

    /** bodies-v1: the chair of Phường Bắc Gianh rules on the drainage item of its held dialogue; the ward's unit follows it up. */
    @Transactional
    public void loadBodiesOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        Plan plan = demoPlans.bacGianhPlans().stream().filter(p -> p.status() == PlanStatus.HELD).findFirst().orElse(null);
        if (plan == null) {
            LOG.infof("Demo step %s skipped: no held plan of Phường Bắc Gianh", step);
            return;
        }
        FeedbackItem item = em.createQuery("select f from FeedbackItem f where f.plan = :plan and f.title = :title", FeedbackItem.class)
                .setParameter("plan", plan).setParameter("title", "Cống thoát nước ven sông Gianh bị bồi lấp").getResultStream().findFirst()
                .orElse(null);
        if (item == null) {
            LOG.infof("Demo step %s skipped: no drainage item in Phường Bắc Gianh's dialogue", step);
            return;
        }
        LocalDate session = plan.sessionDate();
        Instant issued = session.plusDays(5).atTime(15, 0).atZone(Clocks.VIETNAM).toInstant();
        var ruling = new Ruling(plan, 1, "demo", session.plusDays(3).atTime(9, 0).atZone(Clocks.VIETNAM).toInstant());
        ruling.type = RulingType.RESOLVE;
        ruling.content = "Giao Phòng Kinh tế, Hạ tầng và Đô thị phường nạo vét cống thoát nước tổ dân phố 1 trước mùa mưa bão.";
        ruling.items.add(item);
        ruling.leadUnit = orgUnits.find("phong-kinh-te-phuong-bac-gianh").orElseThrow();
        ruling.dueDate = session.plusDays(90);
        ruling.followUp = FollowUpStatus.OPEN;
        em.persist(ruling);
        em.flush();
        ruling.issue("bithu2", issued);
        feedback.rule(ruling.items, ruling.id, issued);
        LOG.infof("Demo data loaded: %s (a ruling of Phường Bắc Gianh)", step);
    }

    @Transactional
    public void loadOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        Optional<Plan> seed = demoPlans.townPlan("61");
        if (seed.isEmpty() || seed.get().sessionDate() == null) {
            LOG.infof("Demo step %s skipped: no seed plan 61 with a session", step);
            return;
        }
        Plan plan = seed.get();
        if (plan.status() != PlanStatus.HELD && plan.status() != PlanStatus.CONCLUDED) {
            // The plan service concludes a held plan as a signed-in office user; at start there is none, and the seed
            // plan is loaded already concluded (plans-v1).
            LOG.infof("Demo step %s skipped: plan 61 is %s, not held or concluded", step, plan.status());
            return;
        }
        Long existing = em.createQuery("select count(r) from Ruling r where r.plan = :plan", Long.class).setParameter("plan", plan)
                .getSingleResult();
        if (existing > 0) {
            LOG.infof("Demo step %s skipped: plan 61 has rulings already", step);
            return;
        }
        LocalDate session = plan.sessionDate();
        Instant drafted = session.plusDays(3).atTime(9, 0).atZone(Clocks.VIETNAM).toInstant();
        Instant issued = session.plusDays(6).atTime(15, 0).atZone(Clocks.VIETNAM).toInstant();
        int number = 0;
        for (Demo d : RULINGS) {
            List<FeedbackItem> items = new ArrayList<>();
            for (String title : d.items()) {
                em.createQuery("select f from FeedbackItem f where f.plan = :plan and f.title = :title and f.mergedInto is null order by f.id",
                        FeedbackItem.class).setParameter("plan", plan).setParameter("title", title).setMaxResults(1).getResultStream()
                        .filter(f -> f.status() != FeedbackStatus.REJECTED).findFirst().ifPresent(items::add);
            }
            if (items.isEmpty()) {
                LOG.infof("Demo step %s: no item for ruling on %s", step, d.items());
                continue;
            }
            var ruling = new Ruling(plan, ++number, "demo", drafted);
            ruling.type = d.type();
            ruling.content = d.content();
            ruling.items.addAll(items);
            if (d.unit() != null) {
                ruling.leadUnit = orgUnits.find(d.unit()).orElse(null);
                d.coordinating().forEach(c -> orgUnits.find(c).ifPresent(ruling.coordinatingUnits::add));
                ruling.dueDate = d.due();
            }
            ruling.escalatedTo = d.escalatedTo();
            ruling.recommendation = d.recommendation();
            ruling.reason = d.reason();
            ruling.followUp = d.type().isFollowedUp() ? FollowUpStatus.OPEN : null;
            if (d.type() == RulingType.RESOLVE && ruling.leadUnit == null) {
                LOG.infof("Demo step %s: no unit %s", step, d.unit());
                number--;
                continue;
            }
            em.persist(ruling);
            em.flush();
            ruling.issue("bithu", issued);
            feedback.rule(ruling.items, ruling.id, issued);
            if (d.reply() != null) {
                ruling.recordReply(d.reply(), LocalDate.of(2023, 4, 12), LocalDate.of(2023, 4, 12).atTime(10, 0).atZone(Clocks.VIETNAM).toInstant());
            }
        }
        em.flush();
        LOG.infof("Demo data loaded: %s (%d rulings on plan 61)", step, number);
    }
}
