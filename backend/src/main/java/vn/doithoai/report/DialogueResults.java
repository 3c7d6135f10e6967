package vn.doithoai.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.i18n.Messages;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.document.docx.DocxWriter;
import vn.doithoai.document.docx.Layout;
import vn.doithoai.document.docx.LayoutPdf;
import vn.doithoai.document.docx.OfficialPaper;
import vn.doithoai.orgunit.BodyScope;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.plan.Plan;
import vn.doithoai.plan.PlanStatus;
import vn.doithoai.statistics.StatisticsCriteria;
import vn.doithoai.statistics.StatisticsParams;
import vn.doithoai.statistics.StatisticsService;
import vn.doithoai.statistics.dto.Count;
import vn.doithoai.statistics.dto.FeedbackStatistics;
import vn.doithoai.statistics.dto.NextDialogue;
import vn.doithoai.statistics.dto.RulingStatistics;

/**
 * The report of the dialogues' results (báo cáo kết quả đối thoại) for a period and a body, or every body the caller
 * reads: its figures are the statistics service's, for the same criteria, so the report, the dashboard and the
 * statistics API never disagree; only the list of the dialogues held is read here. Issued by the caller's own body
 * (the province's office reports on the wards it oversees).
 */
@ApplicationScoped
public class DialogueResults {

    /** Số, ký hiệu as the office types it ("15-BC/ĐU"); longer is a mistake. */
    static final int MAX_NUMBER = 50;
    private static final Locale VI = Messages.VIETNAMESE;

    @Inject
    StatisticsService statistics;

    @Inject
    EntityManager em;

    @Inject
    BodyScope bodyScope;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** A report asked for, checked: the statistics' criteria (body, period) and the number to print. */
    public record Request(StatisticsCriteria criteria, String number) {
    }

    /** Every bad field named in one 400, as the statistics API names them, plus the number. */
    public Request request(StatisticsParams period, String number) {
        String n = number == null || number.isBlank() ? null : number.strip();
        if (n != null && n.length() > MAX_NUMBER) {
            throw InvalidInputException.of("number", "report.number-too-long", MAX_NUMBER);
        }
        return new Request(statistics.criteria(period.body(), period.from(), period.to(), null), n);
    }

    @Transactional
    public byte[] docx(Request r) {
        Built b = build(r);
        return DocxWriter.write(Layout.Page.DECREE_30, DialogueResultsPaper.blocks(b.context(), b.figures()), title(b.figures()));
    }

    @Transactional
    public byte[] pdf(Request r) {
        Built b = build(r);
        return LayoutPdf.write(Layout.Page.DECREE_30, DialogueResultsPaper.blocks(b.context(), b.figures()), title(b.figures()));
    }

    @Transactional
    public byte[] xlsx(Request r) {
        DialogueResultsFigures f = figures(r.criteria());
        return DialogueResultsWorkbook.write(title(f), f);
    }

    /** "bao-cao-ket-qua-doi-thoai-2026-01-01-2026-06-30.docx". */
    public static String fileName(Request r, String extension) {
        return "bao-cao-ket-qua-doi-thoai-" + r.criteria().from() + "-" + r.criteria().to() + "." + extension;
    }

    private record Built(DialogueResultsPaper.Context context, DialogueResultsFigures figures) {
    }

    private Built build(Request r) {
        DialogueResultsFigures f = figures(r.criteria());
        OrgUnit issuing = bodyScope.body().map(id -> em.find(OrgUnit.class, id)).orElse(null);
        OfficialPaper.Issuer issuer = OfficialPaper.Issuer.of(issuing, "Cơ quan tổ chức đối thoại");
        String reporter = issuing == null ? "Văn phòng" : issuer.party() ? "Ban Thường vụ " + issuing.name() : issuing.name();
        String numberLine = r.number() == null ? OfficialPaper.numberLine(null, null) : "Số " + r.number();
        LocalDate today = LocalDate.now(clock.withZone(Clocks.VIETNAM));
        List<String> recipients = List.of("Cấp ủy, chính quyền cấp trên (b/c);", "Các cơ quan, đơn vị liên quan;", "Lưu Văn phòng.");
        return new Built(new DialogueResultsPaper.Context(issuer, numberLine, OfficialPaper.placeAndDate(issuing, today), reporter,
                recipients), f);
    }

    private static String title(DialogueResultsFigures f) {
        return "Báo cáo — " + DialogueResultsPaper.subject(f);
    }

    /** The figures of the report: the statistics service's for these criteria, labelled, and the dialogues held. */
    DialogueResultsFigures figures(StatisticsCriteria c) {
        FeedbackStatistics fb = statistics.feedback(c);
        RulingStatistics r = statistics.rulings(c);
        List<String> bodies = fb.scope().bodies().stream().map(b -> b.name()).toList();
        var feedback = new DialogueResultsFigures.Feedback(fb.total(), fb.previousYearTotal(),
                lines(fb.byFocusArea(), null, "Chưa phân loại"), lines(fb.byStatus(), "FeedbackStatus", null),
                lines(fb.byKind(), "FeedbackKind", null), lines(fb.byChannel(), "FeedbackChannel", null), fb.answerTime().approved(),
                fb.answerTime().medianDays(), fb.answerTime().p90Days(), fb.raisedBefore(), fb.raisedBeforeOpen());
        var rulings = new DialogueResultsFigures.Rulings(r.total(), lines(r.byType(), "RulingType", null),
                lines(r.byStatus(), "RulingStatus", null), lines(r.byFollowUp(), "FollowUpStatus", null), r.onTime().issued(),
                r.onTime().resolved(), r.onTime().onTime(), r.onTime().late(), r.onTime().percent(), r.overdue().total(),
                r.overdue().byUnit().stream().map(u -> new DialogueResultsFigures.UnitOverdue(
                        u.unitName() != null ? u.unitName() : "Kiến nghị cấp trên", u.count(), u.maxWorkingDaysLate())).toList());
        return new DialogueResultsFigures(bodies, c.from(), c.to(), held(c), feedback, rulings);
    }

    /**
     * The dialogues held in the period: plans of the bodies whose session fell in it and took place (held, concluded or
     * closed), with the participants registered and present as the statistics service counts a plan's.
     */
    private List<DialogueResultsFigures.Dialogue> held(StatisticsCriteria c) {
        if (c.bodies().isEmpty()) {
            return List.of();
        }
        Instant start = c.from().atStartOfDay(Clocks.VIETNAM).toInstant();
        Instant end = c.to().plusDays(1).atStartOfDay(Clocks.VIETNAM).toInstant();
        List<Plan> plans = em.createQuery("select p from Plan p where p.bodyId in :bodies and p.status in :held "
                + "and p.sessionAt >= :start and p.sessionAt < :end order by p.sessionAt, p.id", Plan.class)
                .setParameter("bodies", c.bodies()).setParameter("held", List.of(PlanStatus.HELD, PlanStatus.CONCLUDED, PlanStatus.CLOSED))
                .setParameter("start", start).setParameter("end", end).getResultList();
        List<DialogueResultsFigures.Dialogue> held = new ArrayList<>();
        for (Plan p : plans) {
            NextDialogue.Group total = statistics.nextDialogue(new StatisticsCriteria(List.of(p.bodyId()), c.from(), c.to(), p.id())).total();
            String chair = join(p.chairTitle(), p.chairName());
            held.add(new DialogueResultsFigures.Dialogue(p.sessionDate(), p.title(),
                    p.number() == null ? null : p.number() + (p.symbol() == null ? "" : "-" + p.symbol()), p.venue(), chair,
                    p.body() == null ? null : p.body().name(), total == null ? 0 : total.registered(), total == null ? 0 : total.present()));
        }
        return held;
    }

    /** Counts as lines in words: an enum's Vietnamese label, a unit's or area's name, else the key; none: {@code none}. */
    private List<DialogueResultsFigures.Line> lines(List<Count> counts, String enumName, String none) {
        List<DialogueResultsFigures.Line> lines = new ArrayList<>();
        for (Count c : counts) {
            String label;
            if (c.key() == null) {
                label = none != null ? none : "Chưa xác định";
            } else if (enumName != null) {
                label = sentence(messages.get(VI, "enum." + enumName + "." + c.key()));
            } else {
                label = c.label() != null ? c.label() : c.key();
            }
            lines.add(new DialogueResultsFigures.Line(label, c.count()));
        }
        return lines;
    }

    private static String join(String title, String name) {
        String t = title == null ? "" : title.strip();
        String n = name == null ? "" : name.strip();
        String s = (t + " " + n).strip();
        return s.isEmpty() ? null : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String sentence(String s) {
        return s == null || s.isEmpty() ? "" : s.substring(0, 1).toUpperCase(VI) + s.substring(1);
    }
}
