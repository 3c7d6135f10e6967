package vn.doithoai.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.doithoai.calendar.WorkingDays;
import vn.doithoai.common.time.Clocks;
import vn.doithoai.orgunit.dto.OrgUnitRef;
import vn.doithoai.plan.dto.PlanSummary;
import vn.doithoai.plan.dto.PlanView;
import vn.doithoai.plan.dto.PlanView.AgendaItemView;
import vn.doithoai.plan.dto.PlanView.CompositionGroupView;
import vn.doithoai.plan.dto.PlanView.FileRef;
import vn.doithoai.plan.dto.PlanView.FocusAreaView;
import vn.doithoai.plan.dto.PlanView.TaskView;
import vn.doithoai.plan.dto.PublicPlanView;
import vn.doithoai.plan.dto.PublicPlanView.PublicTaskView;

/** Plans into their DTOs, and into the snapshots the audit trail compares. */
final class PlanViews {

    private PlanViews() {
    }

    static PlanView full(Plan p, LocalDate today, List<String> allowedActions, WorkingDays calendar) {
        return new PlanView(p.id, p.version, p.status, p.level, p.templateCode, p.number, p.symbol, p.issueDate,
                ref(p.body), ref(p.issuingUnit), p.issuingBodyName, p.title, List.copyOf(p.legalBases), p.chairTitle, p.chairName,
                List.copyOf(p.purposes), p.topic, focusAreas(p), p.plannedMonth, local(p.sessionAt), p.scheduleNote,
                p.venue, p.format, p.formatNote, agenda(p), p.agendaNote, composition(p),
                p.tasks.stream().map(t -> new TaskView(t.id, ref(t.owner), t.ownerKind, t.description, t.rule, t.dueDate,
                        t.status(today), t.doneOn,
                        t.report == null ? null : new FileRef(t.report.fileName(), t.report.contentType(), t.report.size())))
                        .toList(),
                p.returnReason, p.cancelReason, p.invitationRule, p.citizenInvitationRule, p.invitationDeadline(false, calendar),
                p.invitationDeadline(true, calendar), allowedActions);
    }

    static PublicPlanView published(Plan p, WorkingDays calendar) {
        return new PublicPlanView(p.id, p.status, p.level, p.number, p.symbol, p.issueDate, ref(p.body), ref(p.issuingUnit),
                p.issuingBodyName, p.title, List.copyOf(p.legalBases), p.chairTitle, p.chairName, List.copyOf(p.purposes),
                p.topic, focusAreas(p), p.plannedMonth, local(p.sessionAt), p.scheduleNote, p.venue, p.format,
                p.formatNote, agenda(p), p.agendaNote, composition(p),
                p.tasks.stream().map(t -> new PublicTaskView(t.id, ref(t.owner), t.ownerKind, t.description, t.rule, t.dueDate))
                        .toList(),
                p.invitationRule, p.citizenInvitationRule, p.invitationDeadline(false, calendar), p.invitationDeadline(true, calendar));
    }

    static PlanSummary summary(PlanRepository.ListRow p) {
        return new PlanSummary(p.id(), p.number(), p.symbol(), p.title(), p.level(), p.status(), p.issueDate(), p.plannedMonth(),
                local(p.sessionAt()), p.venue(), new OrgUnitRef(p.bodyCode(), p.bodyName()),
                p.issuingUnitCode() == null ? null : new OrgUnitRef(p.issuingUnitCode(), p.issuingUnitName()), local(p.updatedAt()));
    }

    /** What the audit trail compares: every field the office writes, lists by their texts. */
    static Map<String, Object> snapshot(Plan p) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("level", p.level);
        s.put("title", p.title);
        s.put("number", p.number);
        s.put("symbol", p.symbol);
        s.put("issueDate", p.issueDate == null ? null : p.issueDate.toString());
        s.put("issuingUnitCode", p.issuingUnit == null ? null : p.issuingUnit.code());
        s.put("issuingBodyName", p.issuingBodyName);
        s.put("legalBases", List.copyOf(p.legalBases));
        s.put("chairTitle", p.chairTitle);
        s.put("chairName", p.chairName);
        s.put("purposes", List.copyOf(p.purposes));
        s.put("topic", p.topic);
        s.put("focusAreas", p.focusAreas.stream().map(f -> f.title).toList());
        s.put("plannedMonth", p.plannedMonth);
        s.put("sessionAt", p.sessionAt == null ? null : local(p.sessionAt).toString());
        s.put("scheduleNote", p.scheduleNote);
        s.put("venue", p.venue);
        s.put("format", p.format);
        s.put("formatNote", p.formatNote);
        s.put("agenda", p.agenda.stream().map(a -> a.title + (a.responsible == null ? "" : " — " + a.responsible)).toList());
        s.put("agendaNote", p.agendaNote);
        s.put("composition", p.composition.stream().map(c -> c.level + ": " + c.description).toList());
        s.put("tasks", p.tasks.stream().map(t -> (t.owner == null ? String.valueOf(t.ownerKind) : t.owner.code()) + ": "
                + t.description + (t.rule == null ? "" : " [" + rule(t.rule) + "]"))
                .toList());
        s.put("invitationRule", rule(p.invitationRule));
        s.put("citizenInvitationRule", rule(p.citizenInvitationRule));
        return s;
    }

    private static String rule(DeadlineRule rule) {
        return rule == null ? null : rule.offset() + " " + rule.unit() + " " + rule.direction();
    }

    static OffsetDateTime local(Instant instant) {
        return instant == null ? null : instant.atZone(Clocks.VIETNAM).toOffsetDateTime();
    }

    private static OrgUnitRef ref(vn.doithoai.orgunit.OrgUnit unit) {
        return unit == null ? null : OrgUnitRef.of(unit);
    }

    private static List<FocusAreaView> focusAreas(Plan p) {
        return p.focusAreas.stream().map(f -> new FocusAreaView(f.id, f.title)).toList();
    }

    private static List<AgendaItemView> agenda(Plan p) {
        return p.agenda.stream().map(a -> new AgendaItemView(a.id, a.title, a.responsible)).toList();
    }

    private static List<CompositionGroupView> composition(Plan p) {
        return p.composition.stream().map(c -> new CompositionGroupView(c.id, c.level, c.description, c.targetCount)).toList();
    }
}
