package vn.doithoai.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.calendar.WorkingDayCalendar;
import vn.doithoai.common.persistence.DemoSteps;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.plan.dto.PlanDraft;
import vn.doithoai.plan.dto.PlanDraft.AgendaItemInput;
import vn.doithoai.plan.dto.PlanDraft.CompositionInput;
import vn.doithoai.plan.dto.PlanDraft.FocusAreaInput;
import vn.doithoai.plan.dto.PlanDraft.TaskInput;
import vn.doithoai.plantemplate.PlanTemplateService;

/**
 * The demo plans: Ba Đồn's plan 61-KH/ThU of 20/10/2022 exactly as the seed document has it (held on Friday
 * 25/11/2022, concluded, its tasks done), and a current commune plan a few weeks ahead so live deadlines show;
 * then (plans-v2) the town's 2021 dialogue before it, so plan 61's items can have been raised before.
 */
@ApplicationScoped
public class PlanDemoData {

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    PlanDrafts drafts;

    @Inject
    PlanService planService;

    @Inject
    PlanTemplateService templates;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** Loads the demo plans once: the claim row and the plans commit together. */
    /** The town's dialogues were its Party committee's (now history, carried on by the ward's). */
    private static final String TOWN_BODY = "thi-uy";
    /** The ward's current dialogue is its Party committee's, whose office (vanphong) runs it. */
    private static final String BA_DON_BODY = "dang-uy-phuong-ba-don";
    private static final String BAC_GIANH_BODY = "dang-uy-phuong-bac-gianh";
    private static final String PROVINCE_BODY = "tinh-uy-quang-tri";

    private long bodyId(String code) {
        return em.createQuery("select u.id from OrgUnit u where u.code = :code and u.body = true", Long.class).setParameter("code", code)
                .getSingleResult();
    }

    /** A town plan of the demo by its number: "61" is the seed plan 61-KH/ThU, "45" the 2021 dialogue. */
    public Optional<Plan> townPlan(String number) {
        return em.createQuery("select p from Plan p where p.number = :number and p.symbol = 'KH/ThU' and p.createdBy = 'demo'", Plan.class)
                .setParameter("number", number).setMaxResults(1).getResultStream().findFirst();
    }

    /** The demo's current commune plan (from the commune-2025 template). */
    public Optional<Plan> communePlan() {
        return em.createQuery("select p from Plan p where p.templateCode = 'commune-2025' and p.createdBy = 'demo'", Plan.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public void loadOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        seedPlan61();
        currentCommunePlan();
    }

    /**
     * plans-v2: the town's dialogue of 2021 (45-KH/ThU, held 26/11/2021, concluded), kept to what its feedback needs:
     * title, number, dates, issuing unit, topic and focus areas.
     */
    @Transactional
    public void loadEarlierOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        var draft = new PlanDraft(null, PlanLevel.TOWN,
                "Tổ chức Hội nghị đối thoại giữa Ban Thường vụ Thị ủy với Nhân dân năm 2021",
                "45", "KH/ThU", LocalDate.of(2021, 10, 18), "thi-uy", "Ban Thường vụ Thị ủy", null, "đồng chí Bí thư Thị ủy", null, null,
                "Công tác quản lý đất đai, đầu tư kết cấu hạ tầng và bảo vệ môi trường trên địa bàn thị xã.",
                List.of(new FocusAreaInput(null, "Đầu tư, nâng cấp hạ tầng giao thông, thủy lợi và hệ thống thoát nước"),
                        new FocusAreaInput(null, "Công tác quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất"),
                        new FocusAreaInput(null, "Vệ sinh môi trường, phòng cháy chữa cháy tại các chợ và khu dân cư")),
                YearMonth.of(2021, 11), LocalDateTime.of(2021, 11, 26, 8, 0).atZone(Clocks.VIETNAM).toOffsetDateTime(), null,
                "Trung tâm Văn hóa - Thể thao thị xã", DialogueFormat.IN_PERSON, "Hội nghị đối thoại trực tiếp",
                null, null, null, null, null, null);
        // Written before the 2022 template existed: no template.
        persist(draft, null, PlanStatus.CONCLUDED, TOWN_BODY);
    }

    private static DeadlineRule rule(int offset, DeadlineUnit unit, DeadlineDirection direction) {
        return new DeadlineRule(offset, unit, direction);
    }

    private void seedPlan61() {
        var before10 = rule(10, DeadlineUnit.CALENDAR_DAYS, DeadlineDirection.BEFORE);
        var draft = new PlanDraft(null, PlanLevel.TOWN,
                "Tổ chức đối thoại giữa đồng chí Bí thư Thị ủy với Nhân dân năm 2022",
                "61", "KH/ThU", LocalDate.of(2022, 10, 20), "thi-uy", "Ban Thường vụ Thị ủy",
                List.of("Quyết định 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị (khóa XI)",
                        "Quyết định số 87-QĐ/ThU, ngày 01/02/2016 của Ban Thường vụ Thị ủy về Quy định người đứng đầu cấp ủy, "
                                + "chính quyền, các cơ quan nhà nước đối thoại trực tiếp với Nhân dân"),
                "đồng chí Bí thư Thị ủy", null,
                List.of("Thông qua đối thoại, giúp đồng chí Bí thư Thị ủy nắm bắt kịp thời tâm tư, nguyện vọng của Nhân dân; tuyên truyền, "
                        + "giải thích để Nhân dân hiểu và nhận thức đầy đủ, sâu sắc hơn về các chủ trương, nghị quyết của Đảng và chính sách, "
                        + "pháp luật của Nhà nước; giải quyết kịp thời những băn khoăn, vướng mắc, tạo sự đồng thuận trong Nhân dân trong "
                        + "thực hiện nhiệm vụ chính trị của địa phương.",
                        "Việc tổ chức đối thoại phải tuân thủ pháp luật; bảo đảm các quy định hiện hành của Đảng, Nhà nước và sự lãnh đạo của "
                                + "cấp ủy theo nguyên tắc tập trung dân chủ, phát huy tinh thần tự phê bình và phê bình; đề cao trách nhiệm của "
                                + "người đứng đầu cấp ủy; đảm bảo tính dân chủ, công khai trên tinh thần hợp tác, xây dựng theo quy định của "
                                + "pháp luật về thực hiện Quy chế dân chủ ở cơ sở.",
                        "Không lợi dụng việc đối thoại để làm trái các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước hoặc "
                                + "đưa ra những thông tin không có căn cứ làm ảnh hưởng đến danh dự, uy tín của tổ chức, cá nhân. Các ý kiến "
                                + "trong đối thoại phải được tiếp thu trên tinh thần cầu thị, nghiêm túc, được tập hợp đầy đủ, trung thực và "
                                + "bảo đảm sự phối hợp chặt chẽ trong xử lý."),
                "Thực trạng và giải pháp nâng cao hiệu quả công tác xây dựng nông thôn mới, đô thị văn minh.",
                List.of(new FocusAreaInput(null, "Công tác xây dựng, quản lý quy hoạch, nhất là quy hoạch chỉnh trang đô thị, quy hoạch xây dựng nông thôn mới"),
                        new FocusAreaInput(null, "Vấn đề huy động nguồn lực đầu tư xây dựng các công trình giao thông, thủy lợi, hệ thống thoát nước đô thị"),
                        new FocusAreaInput(null, "Công tác quản lý nhà nước trên các lĩnh vực, nhất là quản lý đất đai, trật tự xây dựng; công tác đảm bảo "
                                + "vệ sinh môi trường, nhất là vấn đề xử lý rác thải, nước thải sinh hoạt"),
                        new FocusAreaInput(null, "Công tác đảm bảo an ninh trật tự, an toàn xã hội và an toàn giao thông"),
                        new FocusAreaInput(null, "Tình hình thực hiện công tác cải cách hành chính, giải quyết thủ tục hành chính")),
                YearMonth.of(2022, 11),
                LocalDateTime.of(2022, 11, 25, 8, 0).atZone(Clocks.VIETNAM).toOffsetDateTime(),
                "Dự kiến tháng 11/2022; thời gian cụ thể Văn phòng Thị ủy có thông báo sau",
                "Trung tâm Văn hóa - Thể thao thị xã", DialogueFormat.IN_PERSON, "Hội nghị đối thoại, tọa đàm trực tiếp",
                List.of(new AgendaItemInput(null, "Tuyên bố lý do, giới thiệu đại biểu; thông qua chương trình, nội quy của buổi đối thoại và cử thư ký "
                                + "ghi biên bản.", "Văn phòng Thị ủy"),
                        new AgendaItemInput(null, "Chủ thể đối thoại nêu rõ mục đích, yêu cầu và nội dung cần tập trung trong buổi đối thoại.",
                                "Đồng chí Bí thư Thị ủy"),
                        new AgendaItemInput(null, "Báo cáo về tình hình, thực trạng công tác xây dựng nông thôn mới, đô thị văn minh và các nội dung "
                                + "trọng tâm của cuộc đối thoại.", "Lãnh đạo UBND thị xã"),
                        new AgendaItemInput(null, "Nhân dân hoặc người đại diện phát biểu ý kiến theo thứ tự nội dung được gợi ý hoặc nội dung đã đăng ký.",
                                "Nhân dân"),
                        new AgendaItemInput(null, "Phát biểu, trả lời những vấn đề Nhân dân nêu lên thuộc thẩm quyền giải quyết của mình (nếu có) khi được "
                                + "đồng chí Bí thư Thị ủy giao.", "Lãnh đạo UBND thị xã, đại diện các cơ quan, ban, ngành liên quan"),
                        new AgendaItemInput(null, "Trả lời, giải thích, trao đổi, tiếp thu ý kiến của Nhân dân đã nêu và kết luận cuộc đối thoại.",
                                "Đồng chí Bí thư Thị ủy"),
                        new AgendaItemInput(null, "Trình bày biên bản cuộc đối thoại, mời công dân, đại diện tổ chức có ý kiến đối thoại ký biên bản và "
                                + "kết thúc buổi đối thoại.", "Thư ký buổi đối thoại")),
                "Căn cứ vào đặc điểm, tình hình cụ thể, chủ trì cuộc đối thoại quyết định việc thay đổi, điều chỉnh trình tự cho phù hợp, "
                        + "đảm bảo cuộc đối thoại đạt hiệu quả.",
                List.of(new CompositionInput(null, ParticipantLevel.TOWN, "Đồng chí Bí thư Thị ủy; trưởng các ban xây dựng Đảng, Văn phòng Thị ủy; "
                                + "lãnh đạo Ủy ban nhân dân, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội thị xã; trưởng các phòng, ban, đơn vị "
                                + "liên quan trực thuộc UBND thị xã (thành phần mời có giấy mời cụ thể sau).", null),
                        new CompositionInput(null, ParticipantLevel.WARD, "Đồng chí Bí thư Đảng ủy, Chủ tịch UBND các xã, phường.", 32),
                        new CompositionInput(null, ParticipantLevel.VILLAGE, "Đại diện chi ủy chi bộ, ban công tác Mặt trận khu dân cư và Nhân dân.", null)),
                List.of(new TaskInput(null, "ubnd", null, "Chuẩn bị báo cáo về tình hình, thực trạng công tác xây dựng nông thôn mới, đô thị văn minh "
                                + "trong thời gian qua, đề xuất giải pháp chấn chỉnh và tăng cường thực hiện; gửi Thường trực Thị ủy.", before10),
                        new TaskInput(null, "mttq", null, "Mặt trận và các đoàn thể chính trị - xã hội thị xã báo cáo tổng hợp các ý kiến, kiến nghị, "
                                + "phản ánh của đoàn viên, hội viên liên quan đến nội dung đối thoại, gửi Thường trực Thị ủy (qua Văn phòng Thị ủy).", before10),
                        new TaskInput(null, null, OrgUnitKind.PARTY_COMMITTEE, "Các đảng ủy xã, phường tổng hợp ý kiến, kiến nghị của Nhân dân, nhất là "
                                + "những vấn đề đã kiến nghị nhiều lần nhưng chưa giải quyết dứt điểm, báo cáo Thường trực Thị ủy (qua Văn phòng Thị ủy).", before10),
                        new TaskInput(null, "vp-thi-uy", null, "Tổng hợp, phân loại nội dung các ý kiến, kiến nghị, phản ánh; đề xuất Thường trực Thị ủy giao "
                                + "các cơ quan, đơn vị chuẩn bị nội dung trả lời tại buổi đối thoại.", rule(7, DeadlineUnit.CALENDAR_DAYS, DeadlineDirection.BEFORE)),
                        new TaskInput(null, "vp-thi-uy", null, "Phối hợp với Trung tâm VHTT&TT thị xã phổ biến nội dung kế hoạch trên hệ thống truyền thanh, "
                                + "truyền hình thị xã.", null),
                        new TaskInput(null, "vp-thi-uy", null, "Phối hợp với Đảng ủy các xã, phường mời đại biểu đại diện Nhân dân; xây dựng nội quy, cử cán bộ "
                                + "làm thư ký; chuẩn bị hội trường và các điều kiện phục vụ buổi đối thoại.", null),
                        new TaskInput(null, "vp-thi-uy", null, "Phát hành giấy mời các đại biểu tham dự (ít nhất 03 ngày làm việc trước khi đối thoại).",
                                rule(3, DeadlineUnit.WORKING_DAYS, DeadlineDirection.BEFORE)),
                        new TaskInput(null, "vp-thi-uy", null, "Ban hành văn bản thông báo ý kiến kết luận của Thường trực Thị ủy (chậm nhất 10 ngày làm việc "
                                + "sau buổi đối thoại).", rule(10, DeadlineUnit.WORKING_DAYS, DeadlineDirection.AFTER)),
                        new TaskInput(null, null, OrgUnitKind.DEPARTMENT, "Trưởng các phòng, ban, đơn vị liên quan tham mưu chuẩn bị nội dung đối thoại "
                                + "khi được phân công; dự buổi đối thoại và tham mưu trả lời kiến nghị thuộc thẩm quyền.", null),
                        new TaskInput(null, "cong-an", null, "Xây dựng kế hoạch, bố trí lực lượng, phương tiện bảo đảm an ninh trật tự cho hội nghị và an toàn "
                                + "cho các đại biểu.", null),
                        new TaskInput(null, null, OrgUnitKind.PARTY_COMMITTEE, "Các đảng ủy xã, phường chỉ đạo thông báo chủ đề, nội dung, thành phần đối "
                                + "thoại trên hệ thống truyền thanh để Nhân dân biết, chủ động đăng ký tham gia.", null),
                        new TaskInput(null, null, OrgUnitKind.PARTY_COMMITTEE, "Các đảng ủy xã, phường phối hợp Văn phòng Thị ủy mời đại biểu của xã, "
                                + "phường và đại diện Nhân dân (gửi giấy mời cho Nhân dân ít nhất 03 ngày trước khi đối thoại).",
                                rule(3, DeadlineUnit.CALENDAR_DAYS, DeadlineDirection.BEFORE))),
                null, null);
        Plan plan = persist(draft, "town-2022", PlanStatus.CONCLUDED, TOWN_BODY);
        LocalDate session = plan.sessionDate();
        for (PreparationTask task : plan.tasks) {
            task.doneOn = task.dueDate != null ? task.dueDate : session;
        }
    }

    private void currentCommunePlan() {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime session = today.plusDays(16).atTime(8, 0).atZone(Clocks.VIETNAM).toOffsetDateTime();
        var draft = new PlanDraft("commune-2025", PlanLevel.COMMUNE,
                "Đối thoại giữa Chủ tịch UBND phường Ba Đồn với Nhân dân năm " + today.getYear(),
                "12", "KH-UBND", today.minusDays(10), "phuong-ba-don", "Ủy ban nhân dân phường Ba Đồn",
                null, "đồng chí Chủ tịch UBND phường", null, null,
                "Chỉnh trang đô thị, vệ sinh môi trường và trật tự xây dựng trên địa bàn phường.",
                List.of(new FocusAreaInput(null, "Thu gom, xử lý rác thải và nước thải sinh hoạt"),
                        new FocusAreaInput(null, "Trật tự xây dựng, lấn chiếm vỉa hè"),
                        new FocusAreaInput(null, "Giải quyết thủ tục hành chính về đất đai")),
                YearMonth.from(session), session, null, "Hội trường UBND phường Ba Đồn", DialogueFormat.IN_PERSON, null,
                null, null, null, null, null, null);
        var template = templates.find("commune-2025").orElseThrow();
        persist(planService.fromTemplate(draft, template.content()), "commune-2025", PlanStatus.PUBLISHED, BA_DON_BODY);
    }

    /**
     * bodies-v1: the other bodies of the province on the same installation. Phường Bắc Gianh's Party committee held its
     * dialogue six weeks ago (its items and a ruling follow in the feedback and ruling steps) and has the next one
     * published; the province's Party committee has its own dialogue approved, not yet published.
     */
    @Transactional
    public void loadBodiesOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var template = templates.find("commune-2025").orElseThrow();
        OffsetDateTime held = today.minusDays(42).atTime(8, 0).atZone(Clocks.VIETNAM).toOffsetDateTime();
        var heldDraft = new PlanDraft("commune-2025", PlanLevel.COMMUNE,
                "Đối thoại giữa Bí thư Đảng ủy phường Bắc Gianh với Nhân dân về chỉnh trang đô thị", "08", "KH/ĐU",
                today.minusDays(70), "dang-uy-phuong-bac-gianh", "Ban Thường vụ Đảng ủy phường Bắc Gianh", null,
                "đồng chí Bí thư Đảng ủy phường", null, null,
                "Chỉnh trang đô thị và giữ gìn vệ sinh môi trường ven sông Gianh.",
                List.of(new FocusAreaInput(null, "Thoát nước và chống ngập các tổ dân phố ven sông"),
                        new FocusAreaInput(null, "Thu gom rác thải sinh hoạt")),
                YearMonth.from(held), held, null, "Hội trường Đảng ủy phường Bắc Gianh", DialogueFormat.IN_PERSON, null,
                null, null, null, null, null, null);
        persist(planService.fromTemplate(heldDraft, template.content()), "commune-2025", PlanStatus.HELD, BAC_GIANH_BODY);
        OffsetDateTime next = today.plusDays(30).atTime(8, 0).atZone(Clocks.VIETNAM).toOffsetDateTime();
        var nextDraft = new PlanDraft("commune-2025", PlanLevel.COMMUNE,
                "Đối thoại giữa Chủ tịch UBND phường Bắc Gianh với Nhân dân năm " + next.getYear(), "15", "KH/ĐU",
                today.minusDays(5), "dang-uy-phuong-bac-gianh", "Ban Thường vụ Đảng ủy phường Bắc Gianh", null,
                "đồng chí Chủ tịch UBND phường", null, null,
                "Giải quyết thủ tục hành chính sau khi sắp xếp đơn vị hành chính.",
                List.of(new FocusAreaInput(null, "Thủ tục hành chính tại bộ phận một cửa phường")),
                YearMonth.from(next), next, null, "Hội trường UBND phường Bắc Gianh", DialogueFormat.IN_PERSON, null,
                null, null, null, null, null, null);
        persist(planService.fromTemplate(nextDraft, template.content()), "commune-2025", PlanStatus.PUBLISHED, BAC_GIANH_BODY);
        OffsetDateTime provincial = today.plusDays(45).atTime(8, 0).atZone(Clocks.VIETNAM).toOffsetDateTime();
        var province = new PlanDraft(null, PlanLevel.PROVINCE,
                "Đối thoại giữa đồng chí Bí thư Tỉnh ủy với Nhân dân năm " + provincial.getYear(), "25", "KH/TU",
                today.minusDays(3), "tinh-uy-quang-tri", "Ban Thường vụ Tỉnh ủy", null, "đồng chí Bí thư Tỉnh ủy", null, null,
                "Ổn định tổ chức bộ máy và phục vụ Nhân dân sau khi hợp nhất tỉnh.",
                List.of(new FocusAreaInput(null, "Hoạt động của chính quyền địa phương hai cấp"),
                        new FocusAreaInput(null, "Giải quyết thủ tục hành chính sau sắp xếp")),
                YearMonth.from(provincial), provincial, null, "Hội trường Tỉnh ủy Quảng Trị", DialogueFormat.IN_PERSON, null,
                null, null, null, null, null, null);
        persist(province, null, PlanStatus.APPROVED, PROVINCE_BODY);
    }

    /** The demo plans of Phường Bắc Gianh: the one held (with items and a ruling) and the next one. */
    public List<Plan> bacGianhPlans() {
        return em.createQuery("select p from Plan p where p.createdBy = 'demo' and p.bodyId = :body order by p.issueDate", Plan.class)
                .setParameter("body", bodyId(BAC_GIANH_BODY)).getResultList();
    }

    private Plan persist(PlanDraft draft, String templateCode, PlanStatus status, String bodyCode) {
        Instant now = Instant.now(clock);
        var plan = new Plan(bodyId(bodyCode), draft.level(), draft.title(), "demo", now);
        drafts.write(plan, draft);
        plan.templateCode = templateCode;
        plan.status = status;
        plan.recomputeDueDates(calendar);
        em.persist(plan);
        return plan;
    }
}
