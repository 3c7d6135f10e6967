package vn.doithoai.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import vn.doithoai.plan.FocusArea;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanDemoData;
import vn.doithoai.plan.PlanStatus;

/**
 * The demo feedback: what citizens of Ba Đồn raised before the 2022 dialogue, over the plan's five focus areas,
 * from every channel and several wards — most classified and assigned, two rejected — and a few items just
 * received for the current ward plan; then (feedback-v2) one matter reported four times and merged, and current items
 * raised before at the 2022 dialogue; then (feedback-v3) the 2021 dialogue's items, answered at its session, and plan
 * 61's items raised before there. Names and phones are made up.
 */
@ApplicationScoped
public class FeedbackDemoData {

    @Inject
    PlanDemoData demoPlans;

    @Inject
    DemoSteps demoSteps;

    @Inject
    EntityManager em;

    @Inject
    OrgUnitService orgUnits;

    @Inject
    FeedbackService feedback;

    @Inject
    FeedbackLinks links;

    @Inject
    Clock clock;

    /** area: index of the seed plan's focus area (0–4); unit null with a reason: rejected; unit null otherwise: only classified. */
    private record Item(int area, FeedbackKind kind, FeedbackChannel channel, String ward, String village, String name, String title,
            String content, String unit, FeedbackPriority priority, String rejectReason) {
    }

    private static final List<Item> SEED = List.of(
            new Item(0, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "phuong-ba-don", "phuong-ba-don-tdp-3", "Võ Văn Đông",
                    "Công bố quy hoạch chỉnh trang khu dân cư tổ dân phố 3",
                    "Khu dân cư tổ dân phố 3 đã có quy hoạch chỉnh trang từ năm 2019 nhưng chưa công bố rõ ranh giới, người dân không biết nhà mình có nằm trong diện giải tỏa hay không để sửa chữa, xây dựng.",
                    "phong-qldt", FeedbackPriority.HIGH, null),
            new Item(0, FeedbackKind.OPINION, FeedbackChannel.ORGANISATION_REPORT, "xa-quang-hoa", "xa-quang-hoa-thon-1", null,
                    "Quy hoạch nông thôn mới chưa sát thực tế",
                    "Hội Nông dân xã Quảng Hòa phản ánh quy hoạch xây dựng nông thôn mới bố trí khu chăn nuôi tập trung quá gần khu dân cư thôn 1, đề nghị điều chỉnh.",
                    "phong-kinh-te", FeedbackPriority.NORMAL, null),
            new Item(0, FeedbackKind.PETITION, FeedbackChannel.CITIZEN_ONLINE, "phuong-quang-tho", "phuong-quang-tho-tdp-2", null,
                    "Quy hoạch treo khu đất phía sau chợ Quảng Thọ",
                    "Khu đất phía sau chợ Quảng Thọ quy hoạch làm bãi đỗ xe đã hơn 5 năm nhưng chưa triển khai, người dân không được chuyển mục đích, đề nghị thị xã xem xét.",
                    "phong-qldt", FeedbackPriority.NORMAL, null),
            new Item(0, FeedbackKind.OPINION, FeedbackChannel.AT_SESSION, "phuong-quang-phong", null, "Cao Văn Nam",
                    "Cây xanh đô thị trên các tuyến phố mới",
                    "Các tuyến phố mới mở chưa được trồng cây xanh, mùa hè rất nắng nóng, đề nghị đưa vào quy hoạch chỉnh trang đô thị.",
                    "phong-qldt", FeedbackPriority.LOW, null),
            new Item(1, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "phuong-ba-don", "phuong-ba-don-tdp-3", "Lê Văn Sáu",
                    "Bê tông hóa đường kiệt tổ dân phố 3",
                    "Đường kiệt tổ dân phố 3 xuống cấp nghiêm trọng, mùa mưa ngập sâu, trẻ em đi học khó khăn. Nhân dân sẵn sàng đóng góp ngày công, đề nghị hỗ trợ xi măng để bê tông hóa.",
                    "phong-qldt", FeedbackPriority.HIGH, null),
            new Item(1, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-quang-long", null, null,
                    "Hệ thống thoát nước đường Lý Thường Kiệt bị tắc",
                    "Mương thoát nước dọc đường Lý Thường Kiệt bị bùn đất lấp đầy, mỗi trận mưa lớn nước tràn vào nhà dân. Đề nghị nạo vét và xây nắp đậy.",
                    "phong-qldt", FeedbackPriority.URGENT, null),
            new Item(1, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "xa-quang-minh", "xa-quang-minh-thon-2", null,
                    "Kênh mương nội đồng thôn 2 chưa được kiên cố",
                    "Kênh mương nội đồng thôn 2 là kênh đất, sạt lở hằng năm, nước không về kịp ruộng vụ Đông Xuân. Đề nghị đầu tư kiên cố hóa kênh mương.",
                    "phong-kinh-te", FeedbackPriority.NORMAL, null),
            new Item(1, FeedbackKind.PETITION, FeedbackChannel.ORGANISATION_REPORT, "xa-quang-hoa", "xa-quang-hoa-thon-2", null,
                    "Đường giao thông nông thôn liên thôn 1 – thôn 2 xuống cấp",
                    "Mặt trận xã Quảng Hòa tổng hợp: tuyến đường liên thôn 1 – thôn 2 dài 1,2 km đã hư hỏng nặng, xe chở lúa không đi được, đề nghị đưa vào kế hoạch đầu tư công.",
                    "phong-qldt", FeedbackPriority.HIGH, null),
            new Item(1, FeedbackKind.OPINION, FeedbackChannel.AT_SESSION, "phuong-quang-tho", null, "Đinh Văn Phúc",
                    "Đèn chiếu sáng công cộng khu phố chợ",
                    "Khu vực chợ Quảng Thọ buổi tối không có đèn chiếu sáng, tiềm ẩn nguy cơ mất an toàn, đề nghị lắp đặt đèn đường.",
                    "phong-qldt", FeedbackPriority.NORMAL, null),
            new Item(2, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "phuong-ba-don", "phuong-ba-don-tdp-1", "Hoàng Thị Mỹ",
                    "Cấp giấy chứng nhận quyền sử dụng đất quá hạn",
                    "Gia đình nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ tháng 3/2022 đến nay vẫn chưa nhận được, không được thông báo lý do chậm.",
                    "phong-tnmt", FeedbackPriority.HIGH, null),
            new Item(2, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-quang-tho", null, null,
                    "Rác thải ở chợ Quảng Thọ không được thu gom thường xuyên",
                    "Rác thải sinh hoạt ở khu vực chợ Quảng Thọ 2–3 ngày mới thu gom một lần, bốc mùi hôi thối, ảnh hưởng vệ sinh môi trường và sức khỏe người dân.",
                    "phong-tnmt", FeedbackPriority.HIGH, null),
            new Item(2, FeedbackKind.REPORT, FeedbackChannel.ORGANISATION_REPORT, "phuong-ba-don", "phuong-ba-don-tdp-2", null,
                    "Lấn chiếm vỉa hè tuyến đường Hùng Vương",
                    "Hội Cựu chiến binh phường Ba Đồn phản ánh nhiều hộ kinh doanh lấn chiếm vỉa hè đường Hùng Vương làm nơi bày hàng, để xe, người đi bộ phải đi xuống lòng đường.",
                    "phong-qldt", FeedbackPriority.NORMAL, null),
            new Item(2, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "xa-quang-minh", "xa-quang-minh-thon-1", "Lê Thị Hằng",
                    "Bồi thường giải phóng mặt bằng tuyến đường ven sông Gianh",
                    "Đơn giá bồi thường đất nông nghiệp khi làm tuyến đường ven sông Gianh thấp hơn các dự án lân cận, đề nghị xem xét lại phương án bồi thường.",
                    "phong-tnmt", FeedbackPriority.HIGH, null),
            new Item(2, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "xa-quang-hoa", null, null,
                    "Khai thác cát trái phép trên sông Gianh",
                    "Ban đêm có thuyền hút cát trái phép đoạn qua xã Quảng Hòa, gây sạt lở bờ sông, đất sản xuất của người dân bị mất dần.",
                    "phong-tnmt", FeedbackPriority.URGENT, null),
            new Item(2, FeedbackKind.OPINION, FeedbackChannel.AT_SESSION, "phuong-quang-phong", null, null,
                    "Xây dựng nhà trái phép trên đất nông nghiệp",
                    "Một số hộ xây dựng nhà ở trên đất nông nghiệp nhưng chính quyền chậm xử lý, gây bức xúc trong Nhân dân.",
                    "phong-qldt", FeedbackPriority.NORMAL, null),
            new Item(2, FeedbackKind.PETITION, FeedbackChannel.CITIZEN_ONLINE, "phuong-quang-long", null, null,
                    "Tranh chấp đất đai giữa hai hộ gia đình",
                    "Đề nghị thị xã giải quyết tranh chấp ranh giới đất giữa gia đình tôi và hộ liền kề, đã hòa giải ở phường nhưng không thành.",
                    null, null, "Tranh chấp đất đai giữa các hộ gia đình được giải quyết theo thủ tục tại Tòa án hoặc UBND theo Luật Đất đai, không thuộc nội dung đối thoại; đề nghị công dân nộp đơn tại UBND phường."),
            new Item(3, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-ba-don", "phuong-ba-don-tdp-2", null,
                    "Thanh thiếu niên tụ tập đua xe ban đêm",
                    "Thường xuyên có nhóm thanh thiếu niên tụ tập đua xe trên tuyến đường Quang Trung sau 23 giờ, gây mất an ninh trật tự, đề nghị tăng cường tuần tra.",
                    "cong-an", FeedbackPriority.HIGH, null),
            new Item(3, FeedbackKind.REPORT, FeedbackChannel.WARD_COLLECTED, "phuong-quang-tho", "phuong-quang-tho-tdp-1", "Nguyễn Hữu Tài",
                    "Điểm đen tai nạn giao thông ngã ba Quảng Thọ",
                    "Ngã ba giao giữa Quốc lộ 12A và đường vào chợ Quảng Thọ không có đèn tín hiệu, đã xảy ra nhiều vụ tai nạn, đề nghị lắp đèn và biển cảnh báo.",
                    "cong-an", FeedbackPriority.URGENT, null),
            new Item(3, FeedbackKind.OPINION, FeedbackChannel.ORGANISATION_REPORT, "xa-quang-minh", null, null,
                    "Tệ nạn cờ bạc tại một số thôn",
                    "Đoàn Thanh niên xã Quảng Minh phản ánh tình trạng tụ tập cờ bạc dịp cuối năm tại một số thôn, đề nghị công an vào cuộc.",
                    "cong-an", FeedbackPriority.NORMAL, null),
            new Item(3, FeedbackKind.PETITION, FeedbackChannel.AT_SESSION, "phuong-quang-long", null, "Đoàn Thị Yến",
                    "Lắp camera an ninh tại các tuyến đường chính",
                    "Đề nghị thị xã hỗ trợ lắp camera an ninh tại các tuyến đường chính của phường để phòng chống trộm cắp.",
                    "cong-an", FeedbackPriority.LOW, null),
            new Item(4, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-ba-don", null, null,
                    "Thủ tục hành chính tại bộ phận một cửa còn chậm",
                    "Bộ phận tiếp nhận và trả kết quả thị xã thường hẹn lại nhiều lần, không ghi phiếu hẹn, hồ sơ đăng ký biến động đất đai mất hơn 30 ngày.",
                    "vp-hdnd-ubnd", FeedbackPriority.HIGH, null),
            new Item(4, FeedbackKind.OPINION, FeedbackChannel.WARD_COLLECTED, "xa-quang-hoa", "xa-quang-hoa-thon-1", "Phạm Thị Hoa",
                    "Hướng dẫn người cao tuổi nộp hồ sơ trực tuyến",
                    "Người cao tuổi không biết nộp hồ sơ trên Cổng dịch vụ công, đề nghị bố trí cán bộ hướng dẫn tại xã.",
                    "phong-noi-vu", FeedbackPriority.NORMAL, null),
            new Item(4, FeedbackKind.PETITION, FeedbackChannel.ORGANISATION_REPORT, "phuong-quang-phong", null, null,
                    "Chậm chi trả chế độ chính sách cho người có công",
                    "Hội Cựu chiến binh phản ánh một số hồ sơ hưởng chế độ người có công nộp từ đầu năm vẫn chưa được giải quyết.",
                    "phong-ldtbxh", FeedbackPriority.HIGH, null),
            new Item(4, FeedbackKind.OPINION, FeedbackChannel.AT_SESSION, "xa-quang-minh", null, null,
                    "Niêm yết công khai thủ tục hành chính tại xã",
                    "Bảng niêm yết thủ tục hành chính tại UBND xã đã cũ, nhiều thủ tục hết hiệu lực vẫn còn niêm yết.",
                    null, FeedbackPriority.LOW, null),
            new Item(4, FeedbackKind.PETITION, FeedbackChannel.CITIZEN_ONLINE, "phuong-quang-tho", null, null,
                    "Đề nghị tăng lương cho giáo viên mầm non",
                    "Đề nghị Trung ương điều chỉnh tăng lương cho giáo viên mầm non vì thu nhập quá thấp.",
                    null, null, "Chế độ tiền lương do Trung ương quy định, vượt thẩm quyền của thị xã; ý kiến được tổng hợp gửi Hội đồng nhân dân tỉnh."));

    /** Just received for the current ward plan: the office's work still to do. */
    private static final List<Item> CURRENT = List.of(
            new Item(0, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-ba-don", "phuong-ba-don-tdp-1", "Nguyễn Thị Thu Trang",
                    "Điểm tập kết rác tạm trước chợ Ba Đồn",
                    "Điểm tập kết rác tạm trước cổng chợ Ba Đồn để qua đêm, nước rỉ rác chảy ra đường gây ô nhiễm môi trường.",
                    null, null, null),
            new Item(0, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "phuong-ba-don", "phuong-ba-don-tdp-3", null,
                    "Nước thải sinh hoạt chảy tràn ra đường kiệt",
                    "Khu dân cư tổ dân phố 3 chưa có cống thu gom nước thải, nước thải sinh hoạt chảy tràn ra đường kiệt.",
                    null, null, null),
            new Item(1, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-ba-don", "phuong-ba-don-tdp-2", null,
                    "Xây dựng lấn chiếm hành lang đường Hùng Vương",
                    "Một số hộ xây dựng mái che lấn chiếm hành lang an toàn đường bộ trên đường Hùng Vương.",
                    null, null, null));

    /**
     * One matter reported four times before the 2022 session, from three communes and wards: the office merged them
     * into the first (the group the UI shows as "4 công dân ở 3 phường").
     */
    private static final List<Item> FLOODED_ROAD = List.of(
            new Item(1, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "xa-quang-hoa", "xa-quang-hoa-thon-1", "Trần Văn Lợi",
                    "Đường liên xã Quảng Hòa – Quảng Minh bị ngập khi mưa lớn",
                    "Tuyến đường liên xã từ Quảng Hòa đi Quảng Minh thấp hơn ruộng hai bên, mỗi khi mưa lớn nước ngập sâu nửa mét, học sinh phải nghỉ học, xe không qua được. Đề nghị tôn cao nền đường và làm cống thoát nước.",
                    "phong-qldt", FeedbackPriority.HIGH, null),
            new Item(1, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "xa-quang-minh", null, null,
                    "Duong lien xa ngap nuoc moi khi mua to",
                    "Doan duong lien xa qua thon 2 Quang Minh ngap nuoc moi khi mua to, nguoi dan di lai rat nguy hiem, de nghi nang cap.",
                    "phong-qldt", FeedbackPriority.NORMAL, null),
            new Item(1, FeedbackKind.PETITION, FeedbackChannel.ORGANISATION_REPORT, "xa-quang-minh", "xa-quang-minh-thon-2", null,
                    "Nâng cấp đường liên xã bị ngập khi mưa",
                    "Hội Phụ nữ xã Quảng Minh tổng hợp: đường liên xã Quảng Minh – Quảng Hòa ngập khi mưa, phụ nữ đưa con đi học phải lội nước; đề nghị nâng cấp tuyến đường.",
                    "phong-qldt", FeedbackPriority.NORMAL, null),
            new Item(1, FeedbackKind.OPINION, FeedbackChannel.AT_SESSION, "phuong-quang-long", null, "Phan Thị Lan",
                    "Đường liên xã ngập nước mỗi khi mưa lớn",
                    "Người dân phường Quảng Long đi làm đồng qua đường liên xã Quảng Hòa – Quảng Minh, mỗi khi mưa lớn đường ngập nước không đi được.",
                    "phong-qldt", FeedbackPriority.NORMAL, null));

    /** The current plan's items that citizens already raised before the 2022 dialogue: (its title, plan 61's title, note). */
    private static final List<List<String>> RAISED_BEFORE = List.of(
            List.of("Nước thải sinh hoạt chảy tràn ra đường kiệt", "Bê tông hóa đường kiệt tổ dân phố 3",
                    "Năm 2022 đã kiến nghị bê tông hóa và làm rãnh thoát nước đường kiệt tổ dân phố 3; chưa thực hiện."),
            List.of("Xây dựng lấn chiếm hành lang đường Hùng Vương", "Lấn chiếm vỉa hè tuyến đường Hùng Vương",
                    "Đã phản ánh tại hội nghị đối thoại năm 2022; tình trạng lấn chiếm vẫn tiếp diễn."));

    /** An item of the 2021 dialogue with the answer the chair approved and gave at its session. */
    private record Answered(Item item, String answer) {
    }

    /** What citizens raised at the 2021 dialogue (45-KH/ThU), each answered at its session; areas are that plan's three. */
    private static final List<Answered> EARLIER = List.of(
            new Answered(new Item(0, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "xa-quang-hoa", "xa-quang-hoa-thon-1", "Trần Văn Lợi",
                    "Đường liên xã Quảng Hòa – Quảng Minh ngập sâu mùa mưa lũ",
                    "Đoạn đường liên xã qua thôn 1 Quảng Hòa thấp trũng, mùa mưa lũ ngập sâu nhiều ngày, Nhân dân đi lại, vận chuyển nông sản rất khó khăn. Đề nghị thị xã đầu tư tôn cao nền đường.",
                    "phong-qldt", FeedbackPriority.HIGH, null),
                    "Phòng Quản lý đô thị đã khảo sát, tuyến đường được đưa vào danh mục đề xuất đầu tư công trung hạn 2021–2025; trước mắt cắm cọc tiêu, biển cảnh báo tại đoạn ngập sâu."),
            new Answered(new Item(1, FeedbackKind.PETITION, FeedbackChannel.WARD_COLLECTED, "phuong-ba-don", "phuong-ba-don-tdp-1", "Hoàng Văn Tư",
                    "Chậm cấp giấy chứng nhận quyền sử dụng đất cho các hộ tổ dân phố 1",
                    "Nhiều hộ ở tổ dân phố 1 nộp hồ sơ cấp giấy chứng nhận quyền sử dụng đất từ năm 2020 nhưng đến nay chưa được cấp, không rõ vướng mắc ở khâu nào.",
                    "phong-tnmt", FeedbackPriority.HIGH, null),
                    "Chi nhánh Văn phòng Đăng ký đất đai thị xã rà soát toàn bộ hồ sơ tồn đọng, hoàn thành cấp giấy chứng nhận cho các hộ đủ điều kiện trong quý I/2022 và thông báo bằng văn bản cho các hộ chưa đủ điều kiện."),
            new Answered(new Item(2, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-quang-tho", null, null,
                    "Bãi rác tạm gần chợ Quảng Thọ bốc mùi hôi",
                    "Bãi rác tạm phía sau chợ Quảng Thọ để rác nhiều ngày, bốc mùi hôi thối, ruồi nhặng nhiều, ảnh hưởng đến các hộ dân xung quanh và người đi chợ.",
                    "phong-tnmt", FeedbackPriority.HIGH, null),
                    "Giao Ban Quản lý các công trình công cộng thu gom rác tại chợ Quảng Thọ hằng ngày, phun chế phẩm khử mùi và di dời điểm tập kết ra xa khu dân cư."),
            new Answered(new Item(0, FeedbackKind.REPORT, FeedbackChannel.ORGANISATION_REPORT, "phuong-quang-long", null, null,
                    "Ngập úng khu vực đường Lý Thường Kiệt khi mưa lớn",
                    "Mặt trận phường Quảng Long tổng hợp: mương thoát nước dọc đường Lý Thường Kiệt nhỏ và bị bồi lấp, mưa lớn là nước tràn vào nhà dân.",
                    "phong-qldt", FeedbackPriority.NORMAL, null),
                    "Thị xã sẽ nạo vét toàn tuyến mương thoát nước đường Lý Thường Kiệt trước mùa mưa năm 2022 và nghiên cứu mở rộng khẩu độ cống."),
            new Answered(new Item(2, FeedbackKind.OPINION, FeedbackChannel.AT_SESSION, "phuong-ba-don", null, "Nguyễn Văn Hùng",
                    "Bảo đảm phòng cháy chữa cháy tại chợ Ba Đồn",
                    "Chợ Ba Đồn nhiều ki-ốt câu mắc điện tùy tiện, lối đi bị hàng hóa lấn chiếm, nếu xảy ra cháy xe chữa cháy khó tiếp cận. Đề nghị kiểm tra, chấn chỉnh.",
                    "cong-an", FeedbackPriority.NORMAL, null),
                    "Công an thị xã đã kiểm tra, yêu cầu Ban quản lý chợ bổ sung phương tiện chữa cháy, thông thoáng lối thoát nạn; tổ chức diễn tập phòng cháy chữa cháy tại chợ trong năm 2022."));

    /** Plan 61's items raised before, at the 2021 dialogue: (plan 61's title, the 2021 title, note). */
    private static final List<List<String>> RAISED_IN_2021 = List.of(
            List.of("Đường liên xã Quảng Hòa – Quảng Minh bị ngập khi mưa lớn", "Đường liên xã Quảng Hòa – Quảng Minh ngập sâu mùa mưa lũ",
                    "Đã kiến nghị tại hội nghị đối thoại năm 2021; tuyến đường chưa được đầu tư, vẫn ngập khi mưa lớn."),
            List.of("Cấp giấy chứng nhận quyền sử dụng đất quá hạn", "Chậm cấp giấy chứng nhận quyền sử dụng đất cho các hộ tổ dân phố 1",
                    "Năm 2021 đã kiến nghị việc chậm cấp giấy chứng nhận ở phường Ba Đồn; nay vẫn còn hồ sơ quá hạn."),
            List.of("Rác thải ở chợ Quảng Thọ không được thu gom thường xuyên", "Bãi rác tạm gần chợ Quảng Thọ bốc mùi hôi",
                    "Đã phản ánh tại hội nghị đối thoại năm 2021; việc thu gom hằng ngày chưa được duy trì."),
            List.of("Hệ thống thoát nước đường Lý Thường Kiệt bị tắc", "Ngập úng khu vực đường Lý Thường Kiệt khi mưa lớn",
                    "Năm 2021 đã hứa nạo vét trước mùa mưa 2022; mương vẫn bị tắc."));

    /**
     * feedback-v3: the 2021 dialogue's items, taken through the answer workflow to the session, and plan 61's items
     * raised before there (still open, so flagged and first in plan 61's lists).
     */
    /** Sent to Phường Bắc Gianh's held dialogue: the second body's items, one left with a phone to be called back on. */
    private static final List<Item> BAC_GIANH = List.of(
            new Item(0, FeedbackKind.PETITION, FeedbackChannel.CITIZEN_ONLINE, "phuong-bac-gianh", "phuong-bac-gianh-tdp-1", "Phan Thị Mỹ Lệ",
                    "Cống thoát nước ven sông Gianh bị bồi lấp",
                    "Cống thoát nước của tổ dân phố 1 ra sông Gianh bị bồi lấp, mỗi khi mưa lớn nước tràn vào nhà dân.",
                    "phong-kinh-te-phuong-bac-gianh", FeedbackPriority.URGENT, null),
            new Item(1, FeedbackKind.OPINION, FeedbackChannel.WARD_COLLECTED, "phuong-bac-gianh", "phuong-bac-gianh-tdp-2", null,
                    "Tăng tần suất thu gom rác ở tổ dân phố 2",
                    "Xe thu gom rác chỉ đến hai lần một tuần, rác tồn đọng ở đầu ngõ.",
                    "phong-kinh-te-phuong-bac-gianh", FeedbackPriority.NORMAL, null),
            new Item(1, FeedbackKind.REPORT, FeedbackChannel.CITIZEN_ONLINE, "phuong-bac-gianh", null, null,
                    "Đốt rác ngoài bờ sông vào buổi tối",
                    "Một số hộ đốt rác ngoài bờ sông vào buổi tối, khói bay vào khu dân cư.",
                    null, null, null));

    /** bodies-v1: the items of Phường Bắc Gianh's held dialogue, sorted by its office after the session. */
    @Transactional
    public void loadBodiesOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        demoPlans.bacGianhPlans().stream().filter(p -> p.status() == PlanStatus.HELD).findFirst().ifPresent(plan -> {
            List<FocusArea> areas = focusAreas(plan);
            LocalDate session = plan.sessionDate();
            for (int i = 0; i < BAC_GIANH.size(); i++) {
                Instant at = session.minusDays(12 - i).atTime(9 + i, 15).atZone(Clocks.VIETNAM).toInstant();
                add(plan, areas, BAC_GIANH.get(i), at, true);
            }
        });
    }

    @Transactional
    public void loadRaisedIn2021Once(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        Optional<Plan> earlierPlan = demoPlans.townPlan("45");
        earlierPlan.ifPresent(plan -> {
            LocalDate session = plan.sessionDate();
            List<FocusArea> areas = focusAreas(plan);
            for (int i = 0; i < EARLIER.size(); i++) {
                Instant at = session.minusDays(30 - 3L * i).atTime(8 + i, 20).atZone(Clocks.VIETNAM).toInstant();
                FeedbackItem item = add(plan, areas, EARLIER.get(i).item(), at, true);
                // Drafted by the unit, submitted by the office and approved by the chair before the session; answered at it.
                item.draftAnswer(EARLIER.get(i).answer(), "demo", session.minusDays(5).atTime(10, 0).atZone(Clocks.VIETNAM).toInstant());
                item.submitAnswer("demo", session.minusDays(4).atTime(10, 0).atZone(Clocks.VIETNAM).toInstant());
                item.approveAnswer("demo", session.minusDays(3).atTime(10, 0).atZone(Clocks.VIETNAM).toInstant());
                item.answeredAtSession(null, "demo", plan.sessionAt().plusSeconds(3600L * (1 + i % 3)));
            }
        });
        demoPlans.townPlan("61").ifPresent(plan -> earlierPlan.ifPresent(earlier -> {
            if (!FeedbackLinks.before(earlier, plan)) {
                return;
            }
            Instant linked = plan.sessionDate().minusDays(7).atTime(16, 0).atZone(Clocks.VIETNAM).toInstant();
            for (List<String> link : RAISED_IN_2021) {
                Optional<FeedbackItem> item = byTitle(plan, link.get(0));
                Optional<FeedbackItem> earlierItem = byTitle(earlier, link.get(1));
                if (item.isPresent() && earlierItem.isPresent()) {
                    links.add(item.get(), earlierItem.get(), link.get(2), "demo", linked);
                }
            }
        }));
    }

    /** feedback-v2: a group of duplicates in the 2022 plan and items of the current plan raised before (in 2022). */
    @Transactional
    public void loadMergesOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        Optional<Plan> seed = demoPlans.townPlan("61");
        seed.ifPresent(plan -> {
            LocalDate session = plan.sessionDate();
            List<FocusArea> areas = focusAreas(plan);
            List<FeedbackItem> group = new java.util.ArrayList<>();
            for (int i = 0; i < FLOODED_ROAD.size(); i++) {
                Instant at = session.minusDays(20 - 2L * i).atTime(9 + i, 10).atZone(Clocks.VIETNAM).toInstant();
                group.add(add(plan, areas, FLOODED_ROAD.get(i), at, true));
            }
            Instant sorted = session.minusDays(7).atTime(15, 0).atZone(Clocks.VIETNAM).toInstant();
            FeedbackItem primary = group.get(0);
            List<FeedbackItem> members = group.subList(1, group.size());
            members.forEach(m -> m.mergeInto(primary, sorted));
            // The demo's senders confirmed no phone: they are told apart by name.
            FeedbackMerges.regroup(primary, members, sorted, item -> false);
        });
        demoPlans.communePlan().ifPresent(plan -> seed.ifPresent(earlierPlan -> {
            if (!FeedbackLinks.before(earlierPlan, plan)) {
                return;
            }
            for (List<String> link : RAISED_BEFORE) {
                Optional<FeedbackItem> item = byTitle(plan, link.get(0));
                Optional<FeedbackItem> earlier = byTitle(earlierPlan, link.get(1));
                if (item.isPresent() && earlier.isPresent()) {
                    links.add(item.get(), earlier.get(), link.get(2), "demo", Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
                }
            }
        }));
    }

    private Optional<FeedbackItem> byTitle(Plan plan, String title) {
        return em.createQuery("select f from FeedbackItem f where f.plan = :plan and f.title = :title order by f.id", FeedbackItem.class)
                .setParameter("plan", plan).setParameter("title", title).setMaxResults(1).getResultStream().findFirst();
    }

    @Transactional
    public void loadOnce(String step) {
        if (!demoSteps.claim(step)) {
            return;
        }
        demoPlans.townPlan("61").ifPresent(plan -> {
            // Sent in the weeks before the session (25/11/2022), one a day; the office sorted them 7 days before.
            LocalDate session = plan.sessionDate();
            List<FocusArea> areas = focusAreas(plan);
            for (int i = 0; i < SEED.size(); i++) {
                Instant at = session.minusDays(40 - i).atTime(8 + i % 9, 5 * i % 60).atZone(Clocks.VIETNAM).toInstant();
                add(plan, areas, SEED.get(i), at, true);
            }
        });
        demoPlans.communePlan().ifPresent(plan -> {
            Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            List<FocusArea> areas = focusAreas(plan);
            for (int i = 0; i < CURRENT.size(); i++) {
                add(plan, areas, CURRENT.get(i), now.minusSeconds(3600L * (CURRENT.size() - i)), false);
            }
        });
    }

    private List<FocusArea> focusAreas(Plan plan) {
        return em.createQuery("select a from FocusArea a where a.plan = :plan order by a.position", FocusArea.class)
                .setParameter("plan", plan).getResultList();
    }

    private FeedbackItem add(Plan plan, List<FocusArea> areas, Item i, Instant at, boolean processed) {
        String code = TrackingCodes.unused(at.atZone(Clocks.VIETNAM).getYear(), feedback::taken);
        var item = new FeedbackItem(plan, code, i.kind(), i.channel(), i.channel() == FeedbackChannel.WARD_COLLECTED ? "demo-phuong" : "demo", at);
        item.title = i.title();
        item.content = i.content();
        item.ward = unit(i.ward());
        item.village = unit(i.village());
        item.submitterName = i.name();
        item.submitterPhone = i.name() == null ? null : String.format("0900%06d", Math.floorMod(i.name().hashCode(), 1_000_000));
        if (processed) {
            Instant sorted = plan.sessionDate().minusDays(7).atTime(14, 0).atZone(Clocks.VIETNAM).toInstant();
            if (i.rejectReason() != null) {
                item.reject(i.rejectReason(), sorted);
            } else {
                item.classify(areas.isEmpty() ? null : areas.get(Math.min(i.area(), areas.size() - 1)), i.priority(), sorted);
                if (i.unit() != null) {
                    item.assign(unit(i.unit()), sorted);
                }
            }
        } else if (!areas.isEmpty()) {
            // What the sender picked on the form; the office has not classified it yet.
            item.focusArea = areas.get(Math.min(i.area(), areas.size() - 1));
        }
        em.persist(item);
        return item;
    }

    private OrgUnit unit(String code) {
        return code == null ? null : orgUnits.find(code).orElse(null);
    }
}
