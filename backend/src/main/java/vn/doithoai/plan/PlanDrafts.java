package vn.doithoai.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import vn.doithoai.common.error.InvalidInputException;
import vn.doithoai.common.error.InvalidInputException.Violation;
import vn.doithoai.orgunit.OrgUnit;
import vn.doithoai.orgunit.OrgUnitService;
import vn.doithoai.plan.dto.PlanDraft;
import vn.doithoai.plan.dto.PlanDraft.AgendaItemInput;
import vn.doithoai.plan.dto.PlanDraft.CompositionInput;
import vn.doithoai.plan.dto.PlanDraft.FocusAreaInput;
import vn.doithoai.plan.dto.PlanDraft.TaskInput;
import vn.doithoai.plan.dto.PlanCommands;

/**
 * Writes what the office entered into a plan: every field, the ordered lists with their items' identities
 * kept, and the checks that need the database or several fields at once. All bad fields are reported
 * together, and nothing is changed when any is bad.
 */
@ApplicationScoped
class PlanDrafts {

    @Inject
    OrgUnitService orgUnits;

    void write(Plan plan, PlanDraft draft) {
        List<Violation> violations = new ArrayList<>();
        OrgUnit issuingUnit = unit(draft.issuingUnitCode(), "issuingUnitCode", violations);
        checkDates(draft.issueDate(), draft.plannedMonth(), draft.sessionAt() == null ? null
                : draft.sessionAt().atZoneSameInstant(vn.doithoai.common.time.Clocks.VIETNAM).toLocalDate(), violations);
        List<TaskInput> taskInputs = orEmpty(draft.tasks());
        List<OrgUnit> owners = new ArrayList<>();
        for (int i = 0; i < taskInputs.size(); i++) {
            owners.add(unit(taskInputs.get(i).ownerUnitCode(), "tasks[" + i + "].ownerUnitCode", violations));
        }
        checkIds("focusAreas", orEmpty(draft.focusAreas()), FocusAreaInput::id, plan.focusAreas, f -> f.id, violations);
        checkIds("agenda", orEmpty(draft.agenda()), AgendaItemInput::id, plan.agenda, a -> a.id, violations);
        checkIds("composition", orEmpty(draft.composition()), CompositionInput::id, plan.composition, c -> c.id, violations);
        checkIds("tasks", taskInputs, TaskInput::id, plan.tasks, t -> t.id, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        plan.level = draft.level();
        plan.title = draft.title().strip();
        plan.number = trim(draft.number());
        plan.symbol = trim(draft.symbol());
        plan.issueDate = draft.issueDate();
        plan.issuingUnit = issuingUnit;
        plan.issuingBodyName = trim(draft.issuingBodyName());
        plan.legalBases = new ArrayList<>(orEmpty(draft.legalBases()).stream().map(String::strip).toList());
        plan.chairTitle = trim(draft.chairTitle());
        plan.chairName = trim(draft.chairName());
        plan.purposes = new ArrayList<>(orEmpty(draft.purposes()).stream().map(String::strip).toList());
        plan.topic = trim(draft.topic());
        plan.plannedMonth = draft.plannedMonth() == null ? null : draft.plannedMonth().toString();
        plan.sessionAt = draft.sessionAt() == null ? null : draft.sessionAt().toInstant();
        plan.scheduleNote = trim(draft.scheduleNote());
        plan.venue = trim(draft.venue());
        plan.format = draft.format();
        plan.formatNote = trim(draft.formatNote());
        plan.agendaNote = trim(draft.agendaNote());
        plan.invitationRule = draft.invitationRule();
        plan.citizenInvitationRule = draft.citizenInvitationRule();

        sync(plan.focusAreas, orEmpty(draft.focusAreas()), FocusAreaInput::id, f -> f.id, () -> new FocusArea(plan),
                (f, in, i) -> {
                    f.position = i;
                    f.title = in.title().strip();
                });
        sync(plan.agenda, orEmpty(draft.agenda()), AgendaItemInput::id, a -> a.id, () -> new AgendaItem(plan),
                (a, in, i) -> {
                    a.position = i;
                    a.title = in.title().strip();
                    a.responsible = trim(in.responsible());
                });
        sync(plan.composition, orEmpty(draft.composition()), CompositionInput::id, c -> c.id, () -> new CompositionGroup(plan),
                (c, in, i) -> {
                    c.position = i;
                    c.level = in.level();
                    c.description = in.description().strip();
                    c.targetCount = in.targetCount();
                });
        sync(plan.tasks, taskInputs, TaskInput::id, t -> t.id, () -> new PreparationTask(plan),
                (t, in, i) -> {
                    t.position = i;
                    t.owner = owners.get(i);
                    t.ownerKind = in.ownerKind() != null ? in.ownerKind() : owners.get(i) == null ? null : owners.get(i).kind();
                    t.description = in.description().strip();
                    t.rule = in.rule();
                });
    }

    /** The session's time and place, which the office may still set after the plan is approved. */
    void schedule(Plan plan, PlanCommands.Schedule schedule) {
        List<Violation> violations = new ArrayList<>();
        checkDates(plan.issueDate, schedule.plannedMonth(), schedule.sessionAt() == null ? null
                : schedule.sessionAt().atZoneSameInstant(vn.doithoai.common.time.Clocks.VIETNAM).toLocalDate(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        plan.plannedMonth = schedule.plannedMonth() == null ? null : schedule.plannedMonth().toString();
        plan.sessionAt = schedule.sessionAt() == null ? null : schedule.sessionAt().toInstant();
        plan.scheduleNote = trim(schedule.scheduleNote());
        plan.venue = trim(schedule.venue());
    }

    /** What a plan must have before it goes to the chair: each missing field named. */
    void checkComplete(Plan plan) {
        List<Violation> missing = new ArrayList<>();
        require(plan.number, "number", missing);
        require(plan.symbol, "symbol", missing);
        require(plan.issueDate, "issueDate", missing);
        require(plan.issuingUnit, "issuingUnitCode", missing);
        require(plan.topic, "topic", missing);
        require(plan.venue, "venue", missing);
        require(plan.format, "format", missing);
        if (plan.focusAreas.isEmpty()) {
            missing.add(new Violation("focusAreas", "plan.focus-area-required"));
        }
        if (plan.plannedMonth == null && plan.sessionAt == null) {
            missing.add(new Violation("plannedMonth", "plan.time-required"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }

    private static void checkDates(LocalDate issueDate, YearMonth plannedMonth, LocalDate sessionDate, List<Violation> violations) {
        if (issueDate != null && sessionDate != null && sessionDate.isBefore(issueDate)) {
            violations.add(new Violation("sessionAt", "plan.session-before-issue", issueDate));
        }
        if (issueDate != null && plannedMonth != null && plannedMonth.isBefore(YearMonth.from(issueDate))) {
            violations.add(new Violation("plannedMonth", "plan.month-before-issue", issueDate));
        }
    }

    private OrgUnit unit(String code, String field, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var unit = orgUnits.find(code.strip());
        if (unit.isEmpty()) {
            violations.add(new Violation(field, "validation.unknown-org-unit", code));
            return null;
        }
        return unit.get();
    }

    /** An item's id must be one of this plan's items of that list: ids are never taken from elsewhere. */
    private static <I, E> void checkIds(String list, List<I> inputs, Function<I, Long> inputId, List<E> existing,
            Function<E, Long> id, List<Violation> violations) {
        var known = existing.stream().map(id).collect(Collectors.toSet());
        var seen = new java.util.HashSet<Long>();
        for (int i = 0; i < inputs.size(); i++) {
            Long wanted = inputId.apply(inputs.get(i));
            if (wanted != null && (!known.contains(wanted) || !seen.add(wanted))) {
                violations.add(new Violation(list + "[" + i + "].id", "plan.unknown-item", wanted));
            }
        }
    }

    @FunctionalInterface
    private interface Writer<E, I> {
        void write(E entity, I input, int position);
    }

    /** Rebuilds an ordered child list: known ids are updated in place, new items created, the rest removed. */
    private static <E, I> void sync(List<E> current, List<I> inputs, Function<I, Long> inputId, Function<E, Long> id,
            Supplier<E> create, Writer<E, I> writer) {
        Map<Long, E> byId = current.stream().collect(Collectors.toMap(id, e -> e));
        List<E> next = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            I input = inputs.get(i);
            E entity = inputId.apply(input) == null ? create.get() : byId.get(inputId.apply(input));
            writer.write(entity, input, i);
            next.add(entity);
        }
        current.clear();
        current.addAll(next);
    }

    private static void require(Object value, String field, List<Violation> missing) {
        if (value == null || value instanceof String s && s.isBlank()) {
            missing.add(new Violation(field, "plan.required-to-submit"));
        }
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
