package vn.doithoai.participant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.participant.export.AttendanceSheet;
import vn.doithoai.participant.export.AttendanceSheets;
import vn.doithoai.participant.export.Csv;
import vn.doithoai.participant.export.InvitationLetter;
import vn.doithoai.participant.export.InvitationLetters;
import vn.doithoai.participant.export.QrCodes;
import vn.doithoai.participant.export.Table;
import vn.doithoai.participant.export.Xlsx;
import vn.doithoai.plan.CompositionGroup;
import vn.doithoai.plan.Plan;

/**
 * The participant list as files: CSV and XLSX in the caller's language, and the printed documents (invitation
 * letters, the attendance sheet for signatures) in Vietnamese, as official papers are. Each holds only the
 * people the caller may see, and names and contact data only where the caller may see them.
 */
@ApplicationScoped
public class ParticipantExports {

    private static final Set<OrgUnitKind> PARTY = EnumSet.of(OrgUnitKind.PARTY_COMMITTEE, OrgUnitKind.PARTY_BOARD, OrgUnitKind.PARTY_OFFICE);
    private static final Set<OrgUnitKind> LOCALITIES = EnumSet.of(OrgUnitKind.TOWN, OrgUnitKind.WARD, OrgUnitKind.COMMUNE);
    private static final Locale VI = Messages.VIETNAMESE;

    @Inject
    EntityManager em;

    @Inject
    ParticipantService participants;

    @Inject
    InvitationService invitations;

    @Inject
    ParticipantAccess access;

    @Inject
    Messages messages;

    @ConfigProperty(name = "doithoai.public-url", defaultValue = "http://localhost:5173")
    String publicUrl;

    /** The address a participant's QR code and link open: their confirmation page in the app. */
    public String confirmationUrl(String token) {
        return publicUrl.replaceFirst("/+$", "") + "/xac-nhan/" + token;
    }

    public String qrSvg(String token) {
        return QrCodes.svg(confirmationUrl(token));
    }

    public byte[] csv(long planId) {
        return Csv.render(table(planId));
    }

    public byte[] xlsx(long planId) {
        return Xlsx.render(table(planId));
    }

    private Table table(long planId) {
        Plan plan = participants.requirePlan(planId);
        Locale locale = access.locale();
        Map<Long, Integer> groupNumbers = groupNumbers(plan);
        List<String> headers = Stream.of("no", "full-name", "job-title", "organisation", "ward", "village", "phone", "email", "kind", "level",
                "group", "invitation", "rsvp", "checked-in", "matter").map(h -> messages.get(locale, "export." + h)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Participation p : all(planId)) {
            var v = ParticipantViews.of(p, access);
            var row = new ArrayList<String>();
            row.add(Integer.toString(rows.size() + 1));
            row.add(v.displayName());
            row.add(v.title());
            row.add(v.organisation() == null ? null : v.organisation().name());
            row.add(v.ward() == null ? null : v.ward().name());
            row.add(v.village() == null ? null : v.village().name());
            row.add(v.phone());
            row.add(v.email());
            row.add(messages.get(locale, "enum.ParticipantKind." + v.kind()));
            row.add(messages.get(locale, "enum.ParticipantLevel." + v.level()));
            row.add(v.groupId() == null ? null : String.valueOf(groupNumbers.get(v.groupId())));
            row.add(v.invitation() == null ? null : messages.get(locale, "export.invitation-ref", v.invitation().number(), v.invitation().issuedOn()));
            row.add(messages.get(locale, "enum.RsvpStatus." + v.rsvp()));
            row.add(v.checkedInAt() == null ? null : v.checkedInAt().toLocalDateTime().toString().replace('T', ' ').substring(0, 16));
            row.add(v.matter());
            rows.add(row);
        }
        return new Table(messages.get(locale, "export.sheet-title", plan.title()), headers, rows);
    }

    /** The sheet the participants sign at the door, one section per group of the composition. */
    public byte[] attendanceSheet(long planId) {
        Plan plan = participants.requirePlan(planId);
        Map<Long, List<AttendanceSheet.Row>> byGroup = new LinkedHashMap<>();
        for (Participation p : all(planId)) {
            byGroup.computeIfAbsent(p.group == null ? null : p.group.id(), g -> new ArrayList<>()).add(row(p));
        }
        List<AttendanceSheet.Section> sections = new ArrayList<>();
        int n = 0;
        for (CompositionGroup g : plan.composition()) {
            sections.add(new AttendanceSheet.Section(roman(++n) + ". " + heading(g.description()), byGroup.getOrDefault(g.id(), List.of())));
        }
        if (byGroup.containsKey(null)) {
            sections.add(new AttendanceSheet.Section(roman(++n) + ". " + messages.get(VI, "export.no-group"), byGroup.get(null)));
        }
        return AttendanceSheets.render(new AttendanceSheet(issuingBody(plan), messages.get(VI, "export.attendance-title"),
                plan.title() + (plan.sessionAt() == null ? "" : " — " + when(plan)), sections));
    }

    private AttendanceSheet.Row row(Participation p) {
        Person person = p.person;
        String position = Stream.of(access.canSeeName(p) ? person.title : null, person.organisation == null ? null : person.organisation.name())
                .filter(Objects::nonNull).reduce((a, b) -> a + ", " + b)
                .orElse(messages.get(VI, "enum.ParticipantKind." + p.kind));
        String place = Stream.of(access.canSeeName(p) && person.village != null ? person.village.name() : null,
                person.ward == null ? null : person.ward.name()).filter(Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
        return new AttendanceSheet.Row(access.displayName(p), position, place);
    }

    /** One letter per invitee of the batch the caller may see, each with its own QR code. */
    public byte[] letters(long planId, long batchId) {
        Plan plan = participants.requirePlan(planId);
        InvitationBatch batch = invitations.requireBatch(planId, batchId);
        OrgUnit issuing = plan.issuingUnit();
        boolean state = issuing == null || !PARTY.contains(issuing.kind());
        String issuingBody = issuingBody(plan);
        List<InvitationLetter> letters = invitations.invitees(batch).stream().map(p -> {
            Person person = p.person;
            boolean comrade = !p.isCitizen();
            String detail = comrade
                    ? Stream.of(person.title, person.organisation == null ? null : person.organisation.name()).filter(Objects::nonNull)
                            .reduce((a, b) -> a + ", " + b).orElse(null)
                    : Stream.of(person.village == null ? null : person.village.name(), person.ward == null ? null : person.ward.name())
                            .filter(Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
            return new InvitationLetter(state, null, issuingBody, "Số " + batch.number, placeAndDate(issuing, batch.issuedOn),
                    "Kính gửi: " + (comrade ? "Đồng chí " : "Ông/Bà ") + person.fullName, detail, paragraphs(plan, comrade),
                    state ? "TM. " + issuingBody + "\nCHỦ TỊCH" : "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG", null,
                    confirmationUrl(p.token), "Quét mã để xác nhận tham dự; xuất trình mã khi đến hội nghị để điểm danh.");
        }).toList();
        return InvitationLetters.render(letters);
    }

    private List<String> paragraphs(Plan plan, boolean comrade) {
        List<String> paragraphs = new ArrayList<>();
        String basis = plan.number() == null ? "Thực hiện kế hoạch" : "Thực hiện Kế hoạch số " + plan.number()
                + (plan.symbol() == null ? "" : "-" + plan.symbol());
        String body = plan.issuingBodyName() != null ? plan.issuingBodyName() : plan.issuingUnit() == null ? null : plan.issuingUnit().name();
        paragraphs.add(basis + (body == null ? "" : " của " + body) + " về việc " + lowerFirst(plan.title()) + ".");
        if (plan.topic() != null) {
            paragraphs.add("Chủ đề: " + plan.topic());
        }
        if (plan.sessionAt() != null) {
            paragraphs.add("Thời gian: " + when(plan) + ".");
        }
        if (plan.venue() != null) {
            paragraphs.add("Địa điểm: " + plan.venue() + ".");
        }
        String you = comrade ? "đồng chí" : "Ông/Bà";
        paragraphs.add("Kính mời " + you + " đến dự đúng thời gian và địa điểm nêu trên. " + upperFirst(you)
                + " vui lòng xác nhận tham dự bằng cách quét mã QR dưới đây hoặc báo cho cơ quan phát hành giấy mời.");
        return paragraphs;
    }

    /** "7 giờ 30 phút, thứ Sáu, ngày 25/11/2022". */
    private static String when(Plan plan) {
        LocalDateTime at = plan.sessionAt().atZone(Clocks.VIETNAM).toLocalDateTime();
        String time = at.getHour() + " giờ" + (at.getMinute() == 0 ? "" : " " + at.getMinute() + " phút");
        return time + ", " + weekday(at.getDayOfWeek()) + ", ngày " + String.format("%02d/%02d/%d", at.getDayOfMonth(),
                at.getMonthValue(), at.getYear());
    }

    private static String weekday(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    /** "Ba Đồn, ngày 18 tháng 11 năm 2022": the locality without its kind; day and month under 10 written 0x (Nghị định 30/2020). */
    private static String placeAndDate(OrgUnit issuing, LocalDate date) {
        String place = null;
        for (OrgUnit unit = issuing; unit != null; unit = unit.parent()) {
            if (LOCALITIES.contains(unit.kind())) {
                place = unit.name().replaceFirst("^(Thị xã|Thành phố|Huyện|Phường|Xã|Thị trấn)\\s+", "");
                break;
            }
        }
        String day = String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(),
                date.getMonthValue() < 3 ? String.format("%02d", date.getMonthValue()) : String.valueOf(date.getMonthValue()), date.getYear());
        return place == null ? upperFirst(day) : place + ", " + day;
    }

    private static String issuingBody(Plan plan) {
        OrgUnit unit = plan.issuingUnit();
        String name = unit != null ? unit.name() : plan.issuingBodyName() != null ? plan.issuingBodyName() : "";
        return name.toUpperCase(VI);
    }

    private List<Participation> all(long planId) {
        String ward = access.wardScope();
        var query = em.createQuery("select p from Participation p join fetch p.person pe left join fetch pe.ward w "
                + "left join fetch pe.village left join fetch pe.organisation left join fetch p.invitation left join fetch p.group "
                + "where p.plan.id = :plan" + (ward == null ? "" : " and w.code = :ward")
                + " order by case p.level when 'TOWN' then 0 when 'WARD' then 1 else 2 end, pe.fullName, p.id", Participation.class)
                .setParameter("plan", planId);
        if (ward != null) {
            query.setParameter("ward", ward);
        }
        return query.getResultList();
    }

    private static Map<Long, Integer> groupNumbers(Plan plan) {
        Map<Long, Integer> numbers = new LinkedHashMap<>();
        plan.composition().forEach(g -> numbers.put(g.id(), numbers.size() + 1));
        return numbers;
    }

    /** "Đại biểu ở thị xã: người đứng đầu…" → "Đại biểu ở thị xã". */
    private static String heading(String description) {
        int colon = description.indexOf(':');
        String head = colon > 0 ? description.substring(0, colon) : description;
        return head.length() > 120 ? head.substring(0, 117) + "…" : head;
    }

    private static String roman(int n) {
        String[] numerals = { "", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X" };
        return n < numerals.length ? numerals[n] : Integer.toString(n);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
