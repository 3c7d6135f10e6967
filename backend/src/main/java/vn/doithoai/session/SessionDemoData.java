package vn.doithoai.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
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
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.participant.Participation;
import vn.doithoai.plan.AgendaItem;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanDemoData;

/**
 * session-v1: the session of plan 61-KH/ThU on 25/11/2022 as the office recorded it — every agenda item done, six
 * speakers (four who registered a matter, two from the floor), what each raised (registered matters and items raised
 * at the session) and the answers of the town's leaders. Skips, with a log line, when plan 61 or its session is
 * missing or already recorded.
 */
@ApplicationScoped
public class SessionDemoData {

    private static final Logger LOG = Logger.getLogger(SessionDemoData.class);

    /** participant: a name on plan 61's list (null: not on it); items: titles of plan 61's items. */
    private record Speaker(String name, String affiliation, boolean registered, boolean onList, List<String> items, String summary,
            List<Answer> answers) {
    }

    private record Answer(String by, String unit, String content) {
    }

    /** Minutes each agenda item of the seed took. */
    private static final long[] MINUTES = { 10, 10, 20, 75, 30, 25, 15, 10 };
    private static final int SPEAKING_ITEM = 3;

    private static final Answer CHU_TICH = new Answer("Đồng chí Đỗ Minh Tuấn, Chủ tịch UBND thị xã", "ubnd", null);

    private static final List<Speaker> SPEAKERS = List.of(
            new Speaker("Hoàng Thị Mỹ", "Tổ dân phố 1, phường Ba Đồn", true, true,
                    List.of("Cấp giấy chứng nhận quyền sử dụng đất quá hạn"),
                    "Hồ sơ cấp giấy chứng nhận nộp từ tháng 3/2022 đến nay chưa có kết quả, đề nghị thị xã chỉ đạo giải quyết dứt điểm.",
                    List.of(new Answer("Đồng chí Đặng Văn Lực, Trưởng phòng Tài nguyên và Môi trường", "phong-tnmt",
                            "Hồ sơ của bà đang chờ bổ sung trích đo địa chính; Phòng sẽ phối hợp Văn phòng đăng ký đất đai hoàn thành và trả "
                                    + "kết quả trước ngày 15/12/2022. Phòng xin tiếp thu, chấn chỉnh việc trả hồ sơ quá hạn."))),
            new Speaker("Võ Văn Đông", "Tổ dân phố 3, phường Ba Đồn", true, true,
                    List.of("Công bố quy hoạch chỉnh trang khu dân cư tổ dân phố 3"),
                    "Đề nghị công bố rõ ranh giới quy hoạch chỉnh trang để người dân yên tâm sửa chữa nhà ở.",
                    List.of(new Answer("Đồng chí Ngô Quốc Bảo, Trưởng phòng Quản lý đô thị", "phong-qldt",
                            "Phòng sẽ cắm mốc giới và niêm yết bản đồ quy hoạch tại nhà văn hóa tổ dân phố 3 trong tháng 12/2022; các hộ ngoài "
                                    + "ranh giới được sửa chữa, xây dựng theo quy định."))),
            new Speaker("Đinh Văn Phúc", "Tổ dân phố 2, phường Quảng Thọ", true, true,
                    List.of("Đèn chiếu sáng công cộng khu phố chợ", "Rác thải ở chợ Quảng Thọ không được thu gom thường xuyên"),
                    "Khu phố chợ Quảng Thọ thiếu đèn chiếu sáng, rác thải tồn đọng sau các phiên chợ.",
                    List.of(new Answer(CHU_TICH.by(), CHU_TICH.unit(),
                            "UBND thị xã giao UBND phường Quảng Thọ phối hợp Ban quản lý chợ tăng tần suất thu gom rác lên hai lần mỗi ngày; "
                                    + "bố trí kinh phí lắp đặt hệ thống đèn chiếu sáng khu phố chợ trong quý I/2023."))),
            new Speaker("Cao Văn Nam", "Phường Quảng Phong", true, true,
                    List.of("Cây xanh đô thị trên các tuyến phố mới"),
                    "Đề nghị đưa việc trồng cây xanh vào quy hoạch chỉnh trang các tuyến phố mới.",
                    List.of(new Answer("Đồng chí Ngô Quốc Bảo, Trưởng phòng Quản lý đô thị", "phong-qldt",
                            "Phòng tiếp thu, tham mưu UBND thị xã kế hoạch trồng cây xanh trên các tuyến phố mới trong năm 2023, "
                                    + "vận động Nhân dân cùng tham gia chăm sóc."))),
            new Speaker("Đoàn Thị Yến", "Phường Quảng Long", false, true,
                    List.of("Lắp camera an ninh tại các tuyến đường chính"),
                    "Phát biểu tại hội trường: đề nghị lắp camera an ninh tại các tuyến đường chính.",
                    List.of(new Answer("Đồng chí Trương Công Định, Trưởng Công an thị xã", "cong-an",
                            "Công an thị xã đang triển khai mô hình camera an ninh có sự tham gia của Nhân dân; năm 2023 ưu tiên các tuyến "
                                    + "đường chính của phường Quảng Long."))),
            new Speaker("Trần Quốc Việt", "Thôn 1, xã Quảng Minh", false, false,
                    List.of("Niêm yết công khai thủ tục hành chính tại xã"),
                    "Phát biểu tại hội trường: thủ tục hành chính tại xã chưa được niêm yết đầy đủ.",
                    List.of(new Answer(CHU_TICH.by(), CHU_TICH.unit(),
                            "UBND thị xã chỉ đạo UBND các xã, phường rà soát, niêm yết đầy đủ, công khai thủ tục hành chính tại bộ phận "
                                    + "một cửa và trên trang thông tin điện tử trước ngày 31/12/2022."))));

    @Inject
    PlanDemoData demoPlans;

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService orgUnits;

    @Transactional
    public void loadOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        Optional<Plan> found = demoPlans.townPlan("61");
        if (found.isEmpty() || found.get().sessionDate() == null) {
            LOG.infof("Demo step %s skipped: plan 61-KH/ThU or its session date is missing", step);
            return;
        }
        Plan plan = found.get();
        if (em.find(SessionRecord.class, plan.id()) != null) {
            LOG.infof("Demo step %s skipped: plan 61's session is already recorded", step);
            return;
        }
        record(plan);
    }

    private void record(Plan plan) {
        LocalDate day = plan.sessionDate();
        Instant start = at(day, 8, 0);
        var record = new SessionRecord(plan, start);
        em.persist(record);

        // The agenda of the seed, one item after another from 8:00; the citizens speak in the fourth (index 3).
        List<AgendaItem> agenda = em.createQuery("select a from AgendaItem a where a.plan = :plan order by a.position", AgendaItem.class)
                .setParameter("plan", plan).getResultList();
        Instant cursor = start;
        Instant discussion = null;
        for (int i = 0; i < agenda.size(); i++) {
            long minutes = i < MINUTES.length ? MINUTES[i] : 10;
            var progress = new AgendaProgress(plan.id(), agenda.get(i).id());
            progress.start(cursor);
            if (i == SPEAKING_ITEM) {
                discussion = cursor;
            }
            cursor = cursor.plusSeconds(60 * minutes);
            progress.finish(cursor);
            em.persist(progress);
        }
        Instant speaking = discussion == null ? start.plusSeconds(3600) : discussion.plusSeconds(300);
        for (int i = 0; i < SPEAKERS.size(); i++) {
            Speaker s = SPEAKERS.get(i);
            var speaker = new SessionSpeaker(plan.id(), i + 1, s.registered() ? SpeakerSource.REGISTERED : SpeakerSource.FLOOR, s.name(), "demo",
                    start);
            speaker.affiliation = s.affiliation();
            speaker.participation = s.onList() ? participation(plan, s.name()).orElse(null) : null;
            speaker.summary = s.summary();
            speaker.status = SpeakerStatus.DONE;
            speaker.startedAt = speaking;
            speaker.endedAt = speaking.plusSeconds(60 * 6);
            speaker.updatedAt = speaker.endedAt;
            for (String title : s.items()) {
                item(plan, title).ifPresentOrElse(speaker.items::add,
                        () -> LOG.infof("Demo step session-v1: plan 61 has no item \"%s\"; not linked", title));
            }
            em.persist(speaker);
            Instant answered = speaker.endedAt;
            for (Answer a : s.answers()) {
                answered = answered.plusSeconds(60 * 4);
                var answer = new SessionAnswer(plan.id(), a.by(), a.content(), "demo", answered);
                answer.speaker = speaker;
                answer.item = speaker.items.isEmpty() ? null : speaker.items.get(0);
                answer.unit = orgUnits.find(a.unit()).orElse(null);
                em.persist(answer);
            }
            speaking = answered.plusSeconds(60 * 2);
        }
        record.endedAt = cursor;
        record.updatedAt = record.endedAt;
        em.flush();
        LOG.infof("Demo session of plan 61 recorded: %d agenda items, %d speakers", agenda.size(), SPEAKERS.size());
    }

    private Optional<Participation> participation(Plan plan, String name) {
        return em.createQuery("select p from Participation p where p.plan = :plan and p.person.fullName = :name order by p.id",
                Participation.class).setParameter("plan", plan).setParameter("name", name).setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<FeedbackItem> item(Plan plan, String title) {
        return em.createQuery("select f from FeedbackItem f where f.plan = :plan and f.title = :title order by f.id", FeedbackItem.class)
                .setParameter("plan", plan).setParameter("title", title).setMaxResults(1).getResultStream().findFirst();
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(Clocks.VIETNAM).toInstant();
    }
}
