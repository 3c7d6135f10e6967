package vn.doithoai.participant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.persistence.DemoSteps;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.plan.CompositionGroup;
import vn.doithoai.plan.ParticipantLevel;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanDemoData;

/**
 * The demo participants: the seed plan's composition filled as it was on 25/11/2022 (delegates of the town, of
 * six wards and communes, village representatives and citizens, invited on time, most of them present), and a
 * few citizens already registered for the current ward plan, not yet invited. Names and phones are made up.
 */
@ApplicationScoped
public class ParticipantDemoData {

    @Inject
    PlanDemoData demoPlans;

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    Clock clock;

    private record Someone(String name, String title, String organisation, String ward, String village, boolean namePublic,
            String matter) {
    }

    private static final List<Someone> TOWN = List.of(
            new Someone("Nguyễn Văn Hùng", "Phó Bí thư Thường trực Thị ủy", "thi-uy", null, null, true, null),
            new Someone("Trần Thị Thanh Hương", "Trưởng Ban Tổ chức Thị ủy", "ban-to-chuc", null, null, true, null),
            new Someone("Lê Quang Vinh", "Trưởng Ban Tuyên giáo Thị ủy", "ban-tuyen-giao", null, null, true, null),
            new Someone("Phạm Thị Minh Tâm", "Trưởng Ban Dân vận Thị ủy", "ban-dan-van", null, null, true, null),
            new Someone("Hoàng Đức Thắng", "Chánh Văn phòng Thị ủy", "vp-thi-uy", null, null, true, null),
            new Someone("Đỗ Minh Tuấn", "Chủ tịch UBND thị xã", "ubnd", null, null, true, null),
            new Someone("Võ Thị Lệ Quyên", "Chủ tịch Ủy ban MTTQ Việt Nam thị xã", "mttq", null, null, true, null),
            new Someone("Đặng Văn Lực", "Trưởng phòng Tài nguyên và Môi trường", "phong-tnmt", null, null, true, null),
            new Someone("Ngô Quốc Bảo", "Trưởng phòng Quản lý đô thị", "phong-qldt", null, null, true, null),
            new Someone("Bùi Thị Hồng Nhung", "Trưởng phòng Kinh tế", "phong-kinh-te", null, null, true, null),
            new Someone("Trương Công Định", "Trưởng Công an thị xã", "cong-an", null, null, true, null),
            new Someone("Mai Xuân Trường", "Chủ tịch Hội Nông dân thị xã", "hoi-nong-dan", null, null, true, null));

    private static final List<Someone> WARD = List.of(
            new Someone("Lưu Đức Thọ", "Bí thư Đảng ủy phường Ba Đồn", "dang-uy-phuong-ba-don", "phuong-ba-don", null, true, null),
            new Someone("Hồ Thị Kim Oanh", "Chủ tịch UBND phường Ba Đồn", "ubnd-phuong-ba-don", "phuong-ba-don", null, true, null),
            new Someone("Phan Văn Quý", "Bí thư Đảng ủy phường Quảng Thọ", null, "phuong-quang-tho", null, true, null),
            new Someone("Cao Thị Bích Ngọc", "Chủ tịch UBND phường Quảng Thọ", null, "phuong-quang-tho", null, true, null),
            new Someone("Dương Văn Sơn", "Bí thư Đảng ủy phường Quảng Phong", null, "phuong-quang-phong", null, true, null),
            new Someone("Lại Thị Thu", "Chủ tịch UBND phường Quảng Long", null, "phuong-quang-long", null, true, null),
            new Someone("Tạ Quang Hải", "Bí thư Đảng ủy xã Quảng Hòa", null, "xa-quang-hoa", null, true, null),
            new Someone("Kiều Văn Minh", "Chủ tịch UBND xã Quảng Minh", null, "xa-quang-minh", null, true, null));

    private static final List<Someone> VILLAGE = List.of(
            new Someone("Nguyễn Thị Lài", "Bí thư Chi bộ Tổ dân phố 1", null, "phuong-ba-don", "phuong-ba-don-tdp-1", true, null),
            new Someone("Trần Văn Bình", "Trưởng ban công tác Mặt trận Tổ dân phố 2", null, "phuong-ba-don", "phuong-ba-don-tdp-2", true, null),
            new Someone("Lê Văn Cường", "Tổ trưởng Tổ dân phố 1", null, "phuong-quang-tho", "phuong-quang-tho-tdp-1", true, null),
            new Someone("Phạm Thị Hoa", "Trưởng thôn 1", null, "xa-quang-hoa", "xa-quang-hoa-thon-1", true, null),
            new Someone("Võ Văn Đông", null, null, "phuong-ba-don", "phuong-ba-don-tdp-3", false,
                    "Đường kiệt tổ dân phố 3 xuống cấp, mùa mưa ngập sâu, đề nghị bê tông hóa."),
            new Someone("Hoàng Thị Mỹ", null, null, "phuong-ba-don", "phuong-ba-don-tdp-1", true,
                    "Thủ tục cấp giấy chứng nhận quyền sử dụng đất kéo dài quá hạn."),
            new Someone("Đinh Văn Phúc", null, null, "phuong-quang-tho", "phuong-quang-tho-tdp-2", false,
                    "Rác thải chưa được thu gom thường xuyên ở khu vực chợ."),
            new Someone("Nguyễn Hữu Tài", null, null, "phuong-quang-tho", "phuong-quang-tho-tdp-1", false, null),
            new Someone("Trần Thị Diệu", null, null, "xa-quang-hoa", "xa-quang-hoa-thon-2", true,
                    "Hỗ trợ chuyển đổi cây trồng trên đất lúa kém hiệu quả."),
            new Someone("Lê Thị Hằng", null, null, "xa-quang-minh", "xa-quang-minh-thon-1", false,
                    "Bồi thường giải phóng mặt bằng tuyến đường ven sông Gianh."),
            new Someone("Phan Văn Hòa", null, null, "xa-quang-minh", "xa-quang-minh-thon-2", false, null),
            new Someone("Cao Văn Nam", null, null, "phuong-quang-phong", null, false, "Tiêu chí nông thôn mới nâng cao về môi trường."),
            new Someone("Đoàn Thị Yến", null, null, "phuong-quang-long", null, true, null),
            new Someone("Vũ Đình Khải", null, null, "phuong-ba-don", "phuong-ba-don-tdp-2", false,
                    "Lấn chiếm vỉa hè tuyến đường Hùng Vương."));

    /** Registered for the current ward plan, not invited yet: the office's work still to do. */
    private static final List<Someone> CURRENT = List.of(
            new Someone("Nguyễn Thị Thu Trang", null, null, "phuong-ba-don", "phuong-ba-don-tdp-1", false,
                    "Điểm tập kết rác tạm trước chợ gây ô nhiễm."),
            new Someone("Trần Minh Đức", null, null, "phuong-ba-don", "phuong-ba-don-tdp-2", true,
                    "Thời gian giải quyết hồ sơ chuyển mục đích sử dụng đất."),
            new Someone("Lê Văn Sáu", null, null, "phuong-ba-don", "phuong-ba-don-tdp-3", false, null),
            new Someone("Lưu Đức Thọ", "Bí thư Đảng ủy phường Ba Đồn", "dang-uy-phuong-ba-don", "phuong-ba-don", null, true, null),
            new Someone("Hồ Thị Kim Oanh", "Chủ tịch UBND phường Ba Đồn", "ubnd-phuong-ba-don", "phuong-ba-don", null, true, null));

    @Transactional
    public void loadOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        // The seed document's rules: invitations 3 working days before for delegates, 3 days before for citizens.
        em.createNativeQuery("update plan set invitation_offset = 3, invitation_unit = 'WORKING_DAYS', invitation_direction = 'BEFORE', "
                + "citizen_invitation_offset = 3, citizen_invitation_unit = 'CALENDAR_DAYS', citizen_invitation_direction = 'BEFORE' "
                + "where number = '61' and symbol = 'KH/ThU' and created_by = 'demo'").executeUpdate();
        demoPlans.townPlan("61").ifPresent(this::seedPlan);
        demoPlans.communePlan().ifPresent(this::currentPlan);
    }

    private void seedPlan(Plan plan) {
        LocalDate session = plan.sessionDate();
        Instant invited = session.minusDays(4).atTime(8, 0).atZone(Clocks.VIETNAM).toInstant();
        var delegates = new InvitationBatch(plan, "120-GM/ThU", session.minusDays(4), InvitationChannel.HAND_DELIVERY,
                session.minusDays(3), null, "demo", invited);
        var citizens = new InvitationBatch(plan, "15-GM/ĐU", session.minusDays(4), InvitationChannel.HAND_DELIVERY,
                session.minusDays(3), null, "demo", invited);
        em.persist(delegates);
        em.persist(citizens);
        for (Someone s : TOWN) {
            add(plan, s, ParticipantKind.DELEGATE, ParticipantLevel.TOWN, ParticipantSource.STAFF, delegates);
        }
        for (Someone s : WARD) {
            add(plan, s, ParticipantKind.DELEGATE, ParticipantLevel.WARD, ParticipantSource.STAFF, delegates);
        }
        for (Someone s : VILLAGE) {
            boolean representative = s.title() != null;
            Participation p = add(plan, s, representative ? ParticipantKind.ORGANISATION_REPRESENTATIVE : ParticipantKind.CITIZEN,
                    ParticipantLevel.VILLAGE, representative || s.namePublic() ? ParticipantSource.STAFF : ParticipantSource.REGISTRATION,
                    citizens);
            p.matter = s.matter();
        }
        // On the day: nearly everyone came, between 7:10 and 7:55; two sent word they could not.
        var all = em.createQuery("from Participation where plan = :plan order by id", Participation.class).setParameter("plan", plan)
                .getResultList();
        for (int i = 0; i < all.size(); i++) {
            Participation p = all.get(i);
            Instant answered = invited.plusSeconds(3600L * (2 + i));
            if (i % 13 == 7) {
                p.answer(RsvpStatus.DECLINED, "Bận công tác", "demo", answered);
                continue;
            }
            p.answer(RsvpStatus.ACCEPTED, null, "demo", answered);
            p.checkedInAt = session.atTime(LocalTime.of(7, 10).plusMinutes(i % 45)).atZone(Clocks.VIETNAM).toInstant();
            p.checkedInBy = "vanphong";
        }
    }

    private void currentPlan(Plan plan) {
        for (Someone s : CURRENT) {
            boolean delegate = s.title() != null;
            Participation p = add(plan, s, delegate ? ParticipantKind.DELEGATE : ParticipantKind.CITIZEN,
                    delegate ? ParticipantLevel.WARD : ParticipantLevel.VILLAGE,
                    delegate ? ParticipantSource.STAFF : ParticipantSource.REGISTRATION, null);
            p.matter = s.matter();
        }
        // A daughter registered from her mother's phone: the number is the mother's, so it waits for the ward officer.
        em.createQuery("from Person where phone = :phone", Person.class).setParameter("phone", phoneOf("Hoàng Thị Mỹ")).getResultStream()
                .findFirst().ifPresent(mother -> {
                    var r = new PendingRegistration(plan, mother, ConfirmationTokens.next(), "anonymous", Instant.now(clock));
                    r.fullName = "Hoàng Thị Mai";
                    r.ward = unit("phuong-ba-don");
                    r.village = unit("phuong-ba-don-tdp-1");
                    r.phone = mother.phone;
                    r.matter = "Người cao tuổi chờ lâu ở bộ phận một cửa khi làm thủ tục đất đai.";
                    em.persist(r);
                });
    }

    /** One made-up number per name: the same person in two plans is one person. */
    private static String phoneOf(String name) {
        return String.format("0900%06d", Math.floorMod(name.hashCode(), 1_000_000));
    }

    private Participation add(Plan plan, Someone s, ParticipantKind kind, ParticipantLevel level, ParticipantSource source,
            InvitationBatch invitation) {
        Instant now = Instant.now(clock);
        String phone = phoneOf(s.name());
        Person person = em.createQuery("from Person where phone = :phone and bodyId = :body", Person.class).setParameter("phone", phone)
                .setParameter("body", plan.bodyId()).getResultStream().findFirst().orElseGet(() -> {
                    var created = new Person(plan.bodyId(), s.name(), "demo", now);
                    created.title = s.title();
                    created.organisation = unit(s.organisation());
                    created.ward = unit(s.ward());
                    created.village = unit(s.village());
                    created.phone = phone;
                    created.namePublic = s.namePublic();
                    em.persist(created);
                    return created;
                });
        var p = new Participation(plan, person, source, ConfirmationTokens.next(), "demo", now);
        p.kind = kind;
        p.level = level;
        p.group = plan.composition().stream().filter(g -> g.level() == level).findFirst().orElse((CompositionGroup) null);
        p.invitation = invitation;
        em.persist(p);
        return p;
    }

    private OrgUnit unit(String code) {
        return code == null ? null : orgUnits.find(code).orElse(null);
    }
}
