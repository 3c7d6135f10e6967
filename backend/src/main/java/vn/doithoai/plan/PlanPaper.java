package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.doithoai.common.time.Clocks;
import vn.doithoai.document.docx.Layout.Block;
import vn.doithoai.document.docx.Layout.Run;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;

/**
 * The plan as the paper the office prints and the chair signs, laid out like the seed 61-KH/ThU: the header block
 * (issuer, "Số 61-KH/ThU", the Party's name, place and date), "KẾ HOẠCH" and its subject, the legal bases, then
 * I. purposes and requirements, II. topic, content, time, place and form, III. agenda and composition, IV. who does
 * what (the preparation tasks, grouped by the unit that does them, in the plan's order, with their deadlines), and
 * the signature block with its recipients. It prints what the plan holds, in its order; what the plan does not hold
 * yet (number, date) is left as dots for the office to write in.
 */
final class PlanPaper {

    static final String TITLE = "KẾ HOẠCH";
    static final String PURPOSES = "I. MỤC ĐÍCH, YÊU CẦU";
    static final String CONTENT = "II. CHỦ ĐỀ, NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC ĐỐI THOẠI";
    static final String PROGRAMME = "III. CHƯƠNG TRÌNH, THÀNH PHẦN HỘI NGHỊ";
    static final String IMPLEMENTATION = "IV. TỔ CHỨC THỰC HIỆN";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private PlanPaper() {
    }

    static List<Block> blocks(Plan p) {
        OfficialPaper.Issuer issuer = OfficialPaper.Issuer.of(p.issuingUnit, p.issuingBodyName);
        List<Block> blocks = new ArrayList<>();
        blocks.add(OfficialPaper.header(issuer, OfficialPaper.numberLine(p.number, p.symbol),
                OfficialPaper.placeAndDate(p.issuingUnit, p.issueDate)));
        blocks.addAll(OfficialPaper.title(TITLE, p.title));
        String opening = opening(p);
        if (!opening.isEmpty()) {
            blocks.add(OfficialPaper.body(opening));
        }

        blocks.add(OfficialPaper.section(PURPOSES));
        int n = 0;
        for (String purpose : p.purposes) {
            blocks.add(OfficialPaper.body(++n + ". " + purpose.strip()));
        }
        if (n == 0) {
            blocks.add(OfficialPaper.body(OfficialPaper.BLANK));
        }

        blocks.add(OfficialPaper.section(CONTENT));
        blocks.add(OfficialPaper.body(Run.of("1. Chủ đề đối thoại: ").bold(), Run.of(orBlank(p.topic))));
        if (p.focusAreas.isEmpty()) {
            blocks.add(OfficialPaper.body(Run.of("2. Nội dung đối thoại: ").bold(), Run.of(OfficialPaper.BLANK)));
        } else {
            blocks.add(OfficialPaper.body(Run.of("2. Nội dung đối thoại: ").bold(),
                    Run.of("Tập trung vào " + String.format("%02d", p.focusAreas.size()) + " vấn đề trọng tâm sau đây:")));
            for (int i = 0; i < p.focusAreas.size(); i++) {
                boolean last = i == p.focusAreas.size() - 1;
                blocks.add(OfficialPaper.item(clause(p.focusAreas.get(i).title) + (last ? "." : ";")));
            }
        }
        blocks.add(OfficialPaper.subsection("3. Thời gian, địa điểm tổ chức cuộc đối thoại"));
        blocks.add(OfficialPaper.item("Thời gian tổ chức: " + when(p)));
        blocks.add(OfficialPaper.item("Địa điểm: " + orBlank(p.venue)));
        blocks.add(OfficialPaper.body(Run.of("4. Hình thức: ").bold(), Run.of(form(p))));

        blocks.add(OfficialPaper.section(PROGRAMME));
        blocks.add(OfficialPaper.subsection("1. Chương trình Hội nghị"));
        for (AgendaItem item : p.agenda) {
            String who = item.responsible == null || item.responsible.isBlank() ? "" : " (" + clause(item.responsible) + ")";
            blocks.add(OfficialPaper.item(clause(item.title) + who + "."));
        }
        if (p.agenda.isEmpty()) {
            blocks.add(OfficialPaper.item(OfficialPaper.BLANK));
        }
        if (p.agendaNote != null && !p.agendaNote.isBlank()) {
            blocks.add(OfficialPaper.body(p.agendaNote.strip()));
        }
        blocks.add(OfficialPaper.subsection("2. Thành phần Hội nghị"));
        for (CompositionGroup group : p.composition) {
            String target = group.targetCount == null ? "" : " (dự kiến " + group.targetCount + " người)";
            blocks.add(OfficialPaper.item(level(group.level, p.level) + ": " + clause(group.description) + target + "."));
        }
        if (p.composition.isEmpty()) {
            blocks.add(OfficialPaper.item(OfficialPaper.BLANK));
        }

        blocks.add(OfficialPaper.section(IMPLEMENTATION));
        n = 0;
        for (Map.Entry<String, List<PreparationTask>> owner : byOwner(p.tasks).entrySet()) {
            List<PreparationTask> tasks = owner.getValue();
            if (tasks.size() == 1) {
                blocks.add(OfficialPaper.body(Run.of(++n + ". " + owner.getKey() + ": ").bold(), Run.of(task(tasks.get(0)))));
            } else {
                blocks.add(OfficialPaper.body(Run.of(++n + ". " + owner.getKey() + " có trách nhiệm:").bold()).keepWithNext());
                tasks.forEach(t -> blocks.add(OfficialPaper.item(task(t))));
            }
        }
        blocks.add(OfficialPaper.body(++n + ". Yêu cầu các cơ quan, đơn vị liên quan chủ động triển khai thực hiện tốt những nội dung, "
                + "công việc nêu trên; quá trình thực hiện nếu gặp vướng mắc, báo cáo kịp thời cho " + standing(p)
                + " xem xét, chỉ đạo giải quyết./.").spacing(0, 10));

        blocks.add(OfficialPaper.signature(recipients(p), OfficialPaper.defaultAuthority(issuer.party()), p.chairName));
        return blocks;
    }

    static String title(Plan p) {
        String number = p.number == null ? "" : " " + p.number + (p.symbol == null ? "" : "-" + p.symbol);
        return "Kế hoạch" + number + " — " + p.title;
    }

    /** "Căn cứ A và B, Ban Thường vụ Thị ủy xây dựng kế hoạch tổ chức đối thoại … như sau:". */
    private static String opening(Plan p) {
        List<String> bases = p.legalBases.stream().map(PlanPaper::clause).filter(s -> !s.isEmpty()).toList();
        String who = p.issuingBodyName != null && !p.issuingBodyName.isBlank() ? p.issuingBodyName.strip()
                : p.issuingUnit != null ? p.issuingUnit.name() : null;
        if (bases.isEmpty() && who == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (!bases.isEmpty()) {
            String joined = bases.size() == 1 ? bases.get(0)
                    : String.join("; ", bases.subList(0, bases.size() - 1)) + " và " + bases.get(bases.size() - 1);
            s.append("Căn cứ ").append(joined).append(". ");
        }
        s.append(who != null ? who : "Cấp ủy").append(" xây dựng kế hoạch ").append(lowerFirst(clause(p.title))).append(" như sau:");
        return s.toString();
    }

    /** The exact time once it is set; until then the plan's note on the schedule, or the month it is planned for. */
    private static String when(Plan p) {
        if (p.sessionAt != null) {
            ZonedDateTime at = p.sessionAt.atZone(Clocks.VIETNAM);
            String weekday = at.getDayOfWeek().getValue() == 7 ? "Chủ nhật" : "thứ " + weekdayName(at.getDayOfWeek().getValue());
            return String.format("%02d giờ %02d, %s, ngày %s.", at.getHour(), at.getMinute(), weekday, DAY.format(at.toLocalDate()));
        }
        if (p.scheduleNote != null && !p.scheduleNote.isBlank()) {
            return clause(p.scheduleNote) + ".";
        }
        if (p.plannedMonth != null) {
            var month = p.plannedYearMonth();
            return "Dự kiến tháng " + month.getMonthValue() + "/" + month.getYear() + ".";
        }
        return OfficialPaper.BLANK;
    }

    private static String weekdayName(int isoDay) {
        return switch (isoDay) {
            case 1 -> "Hai";
            case 2 -> "Ba";
            case 3 -> "Tư";
            case 4 -> "Năm";
            case 5 -> "Sáu";
            default -> "Bảy";
        };
    }

    private static String form(Plan p) {
        if (p.formatNote != null && !p.formatNote.isBlank()) {
            return clause(p.formatNote) + ".";
        }
        if (p.format == null) {
            return OfficialPaper.BLANK;
        }
        return switch (p.format) {
            case IN_PERSON -> "Hội nghị đối thoại trực tiếp.";
            case ONLINE -> "Hội nghị đối thoại trực tuyến.";
            case HYBRID -> "Hội nghị đối thoại trực tiếp kết hợp trực tuyến.";
        };
    }

    /** "Đại biểu ở thị xã", "Đại biểu xã, phường", "Đại biểu ở thôn, tổ dân phố": the first level is the plan's own. */
    private static String level(ParticipantLevel level, PlanLevel planLevel) {
        return switch (level) {
            case TOWN -> planLevel == PlanLevel.PROVINCE ? "Đại biểu ở tỉnh" : "Đại biểu ở thị xã";
            case WARD -> "Đại biểu xã, phường";
            case VILLAGE -> "Đại biểu ở thôn, tổ dân phố";
        };
    }

    /** The tasks under the unit that does them, units in the order the plan first names them. */
    private static Map<String, List<PreparationTask>> byOwner(List<PreparationTask> tasks) {
        Map<String, List<PreparationTask>> owners = new LinkedHashMap<>();
        for (PreparationTask t : tasks) {
            owners.computeIfAbsent(owner(t), k -> new ArrayList<>()).add(t);
        }
        return owners;
    }

    private static String owner(PreparationTask t) {
        if (t.owner != null) {
            return t.owner.name();
        }
        if (t.ownerKind == null) {
            return "Các cơ quan, đơn vị liên quan";
        }
        return switch (t.ownerKind) {
            case PARTY_COMMITTEE -> "Các đảng ủy trực thuộc";
            case PARTY_BOARD -> "Các ban xây dựng Đảng";
            case PARTY_OFFICE -> "Văn phòng cấp ủy";
            case PEOPLES_COMMITTEE -> "Ủy ban nhân dân các xã, phường";
            case DEPARTMENT -> "Các phòng, ban, đơn vị liên quan";
            case FATHERLAND_FRONT -> "Mặt trận Tổ quốc";
            case MASS_ORGANISATION -> "Các đoàn thể chính trị - xã hội";
            case POLICE -> "Công an";
            case WARD, COMMUNE -> "Các xã, phường";
            case VILLAGE, RESIDENTIAL_GROUP -> "Các thôn, tổ dân phố";
            case PROVINCE, TOWN -> "Các địa phương";
        };
    }

    /** The task and its deadline as the plan sets it ("chậm nhất 10 ngày trước khi tổ chức đối thoại (ngày 15/11/2022)"). */
    private static String task(PreparationTask t) {
        String text = clause(t.description);
        if (t.rule == null) {
            return text + ".";
        }
        String unit = t.rule.unit() == DeadlineUnit.WORKING_DAYS ? " ngày làm việc" : " ngày";
        String offset = String.format("%02d", t.rule.offset()) + unit;
        String rule = t.rule.direction() == DeadlineDirection.BEFORE ? "chậm nhất " + offset + " trước khi tổ chức đối thoại"
                : "chậm nhất " + offset + " sau buổi đối thoại";
        LocalDate due = t.dueDate;
        return text + ". Thời hạn: " + rule + (due == null ? "" : " (ngày " + DAY.format(due) + ")") + ".";
    }

    /** Who the units report to: the standing committee of the issuing committee ("Thường trực Thị ủy"). */
    private static String standing(Plan p) {
        OrgUnit committee = committee(p.issuingUnit);
        if (committee == null) {
            return "Thường trực cấp ủy";
        }
        // A Party committee reports to its standing members; a People's Committee to its leaders.
        return (OrgUnitKind.PARTY.contains(committee.kind()) ? "Thường trực " : "Lãnh đạo ") + committee.name();
    }

    private static List<String> recipients(Plan p) {
        return List.of(standing(p) + ";", "Các cơ quan, đơn vị tại mục IV;", "Lưu Văn phòng.");
    }

    /** The committee a board or office belongs to; the issuing unit itself otherwise. */
    private static OrgUnit committee(OrgUnit unit) {
        if (unit == null) {
            return null;
        }
        if ((unit.kind() == OrgUnitKind.PARTY_OFFICE || unit.kind() == OrgUnitKind.PARTY_BOARD) && unit.parent() != null) {
            return unit.parent();
        }
        return unit;
    }

    private static String orBlank(String text) {
        return text == null || text.isBlank() ? OfficialPaper.BLANK : text.strip();
    }

    /** Trimmed, without a final full stop or semicolon, so it can be continued. */
    private static String clause(String text) {
        return text == null ? "" : text.strip().replaceAll("[.;,\\s]+$", "");
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(VI) + s.substring(1);
    }
}
