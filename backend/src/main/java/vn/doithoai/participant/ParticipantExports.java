package vn.doithoai.participant;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import vn.doithoai.common.export.Exports;
import vn.doithoai.common.export.Table;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitKind;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.participant.dto.ParticipantView;
import vn.doithoai.participant.export.AttendanceSheet;
import vn.doithoai.participant.export.AttendanceSheets;
import vn.doithoai.participant.export.InvitationLetter;
import vn.doithoai.participant.export.InvitationLetters;
import vn.doithoai.participant.export.QrCodes;
import vn.doithoai.plan.CompositionGroup;
import vn.doithoai.plan.Plan;
import vn.doithoai.privacy.readlog.PersonalDataRead;

/**
 * The participant list as files: CSV and XLSX in the caller's language, and the printed documents (invitation
 * letters, the attendance sheet for signatures) in Vietnamese, as official papers are. Every file is written from
 * the caller's own {@link ParticipantView}s ({@link ParticipantViews#of}), never from the people themselves, so a
 * file shows exactly the people, names, places, contact data and confirmation links the caller's list shows.
 */
@ApplicationScoped
public class ParticipantExports {

    private static final Locale VI = Messages.VIETNAMESE;

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

    /** The plan's participant list as CSV or XLSX, through the one way every list is exported. */
    public Response export(long planId, Exports.Format format) {
        Table table = table(planId);
        access.readLog().readForPlan(PersonalDataRead.EXPORT, planId);
        return Exports.stream(format, "danh-sach-tham-du-" + planId, table.title(), table.headers(), out -> {
            for (List<String> row : table.rows()) {
                out.row(row);
            }
        });
    }

    private Table table(long planId) {
        Plan plan = participants.requirePlan(planId);
        Locale locale = access.locale();
        Map<Long, Integer> groupNumbers = groupNumbers(plan);
        List<String> headers = Stream.of("no", "full-name", "job-title", "organisation", "ward", "village", "phone", "email", "address", "kind", "level",
                "group", "invitation", "rsvp", "checked-in", "matter").map(h -> messages.get(locale, "export." + h)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Participation p : participants.all(planId, ParticipantService.Filter.ALL)) {
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
            row.add(v.address());
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
        access.readLog().readForPlan(PersonalDataRead.EXPORT, planId);
        Map<Long, List<AttendanceSheet.Row>> byGroup = new LinkedHashMap<>();
        for (Participation p : participants.all(planId, ParticipantService.Filter.ALL)) {
            ParticipantView v = ParticipantViews.of(p, access);
            byGroup.computeIfAbsent(v.groupId(), g -> new ArrayList<>()).add(row(v));
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

    /** The name as the caller's list shows it ("Công dân phường X" where hidden), the position and the place likewise. */
    private AttendanceSheet.Row row(ParticipantView v) {
        String position = join(v.title(), name(v.organisation())).orElse(messages.get(VI, "enum.ParticipantKind." + v.kind()));
        return new AttendanceSheet.Row(v.displayName(), position, join(name(v.village()), name(v.ward())).orElse(null));
    }

    /**
     * One letter per invitee of the batch whose confirmation link the caller may hold: the letter carries it as a QR
     * code, and whoever holds the link can answer or check in for the invitee. Those are the people whose contact
     * data the caller's list shows (the office and the chair: everyone; a ward officer: their own ward's people), so
     * a letter never names or places anyone the caller's list does not.
     */
    public byte[] letters(long planId, long batchId) {
        Plan plan = participants.requirePlan(planId);
        InvitationBatch batch = invitations.requireBatch(planId, batchId);
        access.readLog().readForPlan(PersonalDataRead.EXPORT, planId);
        OrgUnit issuing = plan.issuingUnit();
        boolean state = issuing == null || !OrgUnitKind.PARTY.contains(issuing.kind());
        String issuingBody = issuingBody(plan);
        List<InvitationLetter> letters = invitations.invitees(batch).stream().map(p -> ParticipantViews.of(p, access))
                .filter(v -> v.token() != null && v.fullName() != null).map(v -> {
                    boolean comrade = v.kind() != ParticipantKind.CITIZEN;
                    String detail = (comrade ? join(v.title(), name(v.organisation())) : join(name(v.village()), name(v.ward()))).orElse(null);
                    return new InvitationLetter(state, null, issuingBody, "Số " + batch.number, placeAndDate(issuing, batch.issuedOn),
                            "Kính gửi: " + (comrade ? "Đồng chí " : "Ông/Bà ") + v.fullName(), detail, paragraphs(plan, comrade),
                            state ? "TM. " + issuingBody + "\nCHỦ TỊCH" : "T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG", null,
                            confirmationUrl(v.token()), "Quét mã để xác nhận tham dự; xuất trình mã khi đến hội nghị để điểm danh.");
                }).toList();
        return InvitationLetters.render(letters);
    }

    private static String name(OrgUnitRef unit) {
        return unit == null ? null : unit.name();
    }

    /** "Tổ dân phố 3, Phường Ba Đồn": the parts present, comma-separated. */
    private static java.util.Optional<String> join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).reduce((a, b) -> a + ", " + b);
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
            if (OrgUnitKind.LOCALITIES.contains(unit.kind())) {
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
